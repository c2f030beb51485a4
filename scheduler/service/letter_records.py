"""The record of every decision letter the app makes: adding one in the decision's own
transaction, and rewriting a person's letters when the person is anonymised.

What ``content`` holds: the facts the letter was written from, as plain JSON values, so the same
letter can be written again later in either language (``letter_content`` and
``facts_from_content`` turn a letter's facts into content and back; the day-centre and relief
letters' content is ``scheduler.service.service_letter_records``'s). The names it holds are
only the person's ``name`` and ``carer_name`` under ``content["person"]``; anonymising a person
(``anonymise_letters``) replaces these and any other string in the content that holds one of the
names, so a letter made by any module (the ending letter included) is cleared the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from scheduler.domain.daycare import DayStatus
from scheduler.domain.model import Decision, Person, Reason, Request, RequestKind, Stay
from scheduler.io.letter_changes import Earlier
from scheduler.io.letters import LetterFacts
from scheduler.store import letters_repo, mapping
from scheduler.store.models import PersonRow

STAY_KINDS = ("grant", "rejection", "change", "cancellation", "offer", "ending")
"""The letters on stays of respite."""
DAY_KINDS = {
    DayStatus.GRANTED: "day_granted",
    DayStatus.WAITING: "day_waiting",
    DayStatus.REFUSED: "day_rejection",
}
"""The letter on each kind of day-centre decision (``scheduler.service.service_letter_records``)."""
DAY_ENDED_KIND = "day_ended"
"""The letter telling a family that its day-centre place (or wish) ends."""
RELIEF_KIND = "relief_grant"
"""The letter granting relief at home."""
SERVICE_KINDS = (*DAY_KINDS.values(), DAY_ENDED_KIND, RELIEF_KIND)
"""The letters on day-centre places and relief at home."""
KINDS = STAY_KINDS + SERVICE_KINDS
"""Every kind of letter the app makes."""


def record_letter(
    session: Session,
    *,
    person_id: str,
    request_id: str | None,
    kind: str,
    version_number: int | None,
    content: dict[str, Any],
    actor: str,
    language: str = "da",
) -> int:
    """Add the letter to the record in the caller's transaction, not yet sent, audited by its
    id only; returns the letter's id. ``content`` is as the module says (``letter_content``)."""
    letter = letters_repo.NewLetter(person_id, request_id, kind, language, version_number, content)
    return record_letters(session, [letter], actor)[0]


def record_letters(
    session: Session, letters: Sequence[letters_repo.NewLetter], actor: str
) -> list[int]:
    """Add many letters as ``record_letter`` does one, with one audit entry; returns their ids."""
    unknown = {letter.kind for letter in letters} - set(KINDS)
    if unknown:
        raise ValueError(f"unknown letter kinds {sorted(unknown)}")
    return letters_repo.add_letters(session, letters, actor)


def person_content(person: Person) -> dict[str, Any]:
    """What a letter keeps of its person: the id, the names it is addressed with and whether
    own payment is waived (the only names a letter's content holds)."""
    return {
        "person_id": person.person_id,
        "name": person.name,
        "carer_name": person.carer_name,
        "payment_exempt": person.payment_exempt,
    }


def person_from_content(kept: dict[str, Any]) -> Person:
    """The person of ``person_content``."""
    return Person(
        person_id=kept["person_id"],
        name=kept["name"],
        carer_name=kept["carer_name"],
        payment_exempt=kept["payment_exempt"],
    )


def letter_content(facts: LetterFacts, earlier: Earlier | None = None) -> dict[str, Any]:
    """The content a letter on ``facts`` is recorded with; ``earlier`` is the stay before a
    change or a cancellation."""
    person, request, decision = facts.person, facts.request, facts.decision
    stay = decision.stay
    return {
        "rules": mapping.rules_to_json(facts.rules),
        "person": person_content(person),
        "request": {
            "request_id": request.request_id,
            "received": request.received.isoformat(),
            "start": request.start.isoformat(),
            "end": request.end.isoformat(),
            "kind": request.kind.value,
        },
        "stay": None
        if stay is None
        else {
            "centre_id": stay.centre_id,
            "bed": stay.bed,
            "start": stay.start.isoformat(),
            "end": stay.end.isoformat(),
        },
        "reason": None if decision.reason is None else decision.reason.value,
        "centre_name": facts.centre_name,
        "late_summer_wish": facts.late_summer_wish,
        "written": facts.written.isoformat(),
        "earlier": None
        if earlier is None
        else {
            "centre_name": earlier.centre_name,
            "start": earlier.start.isoformat(),
            "end": earlier.end.isoformat(),
        },
    }


def facts_from_content(content: dict[str, Any]) -> tuple[LetterFacts, Earlier | None]:
    """The facts (and the earlier stay) a letter was recorded with by ``letter_content``."""
    asked = content["request"]
    person = person_from_content(content["person"])
    request = Request(
        request_id=asked["request_id"],
        person_id=person.person_id,
        received=date.fromisoformat(asked["received"]),
        start=date.fromisoformat(asked["start"]),
        end=date.fromisoformat(asked["end"]),
        kind=RequestKind(asked["kind"]),
    )
    given = content["stay"]
    stay = (
        None
        if given is None
        else Stay(
            request.request_id,
            given["centre_id"],
            given["bed"],
            date.fromisoformat(given["start"]),
            date.fromisoformat(given["end"]),
        )
    )
    reason = None if content["reason"] is None else Reason(content["reason"])
    facts = LetterFacts(
        rules=mapping.rules_from_json(content["rules"]),
        request=request,
        person=person,
        decision=Decision(request.request_id, person.person_id, stay, reason),
        centre_name=content["centre_name"],
        late_summer_wish=content["late_summer_wish"],
        written=date.fromisoformat(content["written"]),
    )
    before = content.get("earlier")
    earlier = (
        None
        if before is None
        else Earlier(
            before["centre_name"],
            date.fromisoformat(before["start"]),
            date.fromisoformat(before["end"]),
        )
    )
    return facts, earlier


def anonymise_letters(
    session: Session, person_id: str, replacement: str, actor: str | None = None
) -> int:
    """Replace the names of ``person_id`` (the person's and the carer's) in every letter on them
    by ``replacement``, in the caller's transaction; returns how many letters there were.

    The names are taken both from the person's row (call this before the row itself is
    anonymised) and from each letter's own ``content["person"]``, so a name changed since the
    letter was made is cleared too. With ``actor`` the rewrite gets its own audit entry (letter
    ids only); without, the caller's anonymisation entry covers it.
    """
    row = session.get(PersonRow, person_id)
    known = {row.name, row.carer_name} if row is not None else set()

    def rewrite(content: dict[str, Any]) -> dict[str, Any]:
        kept = content.get("person") or {}
        names = known | {kept.get("name", ""), kept.get("carer_name", "")}
        cleared: dict[str, Any] = _replace_names(content, _longest_first(names), replacement)
        return cleared

    return letters_repo.rewrite_content(session, person_id, rewrite, actor)


def _longest_first(names: set[str]) -> list[str]:
    """The non-empty names, longest first (so a full name goes before a part of it)."""
    return sorted((name.strip() for name in names if name.strip()), key=len, reverse=True)


def _replace_names(value: Any, names: list[str], replacement: str) -> Any:
    """``value`` (plain JSON) with every string's occurrences of ``names`` replaced."""
    if isinstance(value, str):
        for name in names:
            value = value.replace(name, replacement)
        return value
    if isinstance(value, dict):
        return {key: _replace_names(item, names, replacement) for key, item in value.items()}
    if isinstance(value, list):
        return [_replace_names(item, names, replacement) for item in value]
    return value
