"""The letters on day-centre places and relief at home as recorded letters: their facts as the
plain JSON ``content`` a letter is stored with and back, the letter written from that content
(``scheduler.io.letter_services``), and recording them in the decision's own transaction.

A day plan made (``allocate_day_places``, also after a place is ended) records one letter per
wish whose decision is new or changed against the day plan in force before: a place granted
(``day_granted``), the waiting list (``day_waiting``, with the family's number in the queue) or
a refusal (``day_rejection``). What the family is told decides what is a change: the status, the
centre and weekdays of a place, the reason of a refusal. Moving up the waiting list or a new
first day alone (the horizon moved on) is no new decision, so allocating again changes nothing.
Ending a family's place or wish (``scheduler.service.day_place_end``) records, in the ending's
own transaction, the letter to that family (``day_ended``: the place, centre and weekdays, and
its last day, or the wish that ends), before the new day plan records its own letters.
An import that adds a grant of relief at home, or changes its hours or dates, records the grant
letter (``relief_grant``).

As for the stay letters (``scheduler.service.letter_records``), the only names a letter holds are
the person's and the carer's under ``content["person"]``; the centres' names are not personal.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from scheduler.domain.daycare import DayDecision, DayPlace, DayPlan, DayReason, DayStatus, DayWish
from scheduler.domain.model import Rules, Scenario
from scheduler.domain.relief import ReliefGrant
from scheduler.i18n import t
from scheduler.io.letter_services import (
    ServiceLetter,
    day_ended_letter_body,
    day_letter_body,
    relief_letter_body,
    service_letter_html,
)
from scheduler.io.letters_pdf import pdf_page
from scheduler.service.letter_records import (
    DAY_ENDED_KIND,
    DAY_KINDS,
    RELIEF_KIND,
    person_content,
    person_from_content,
    record_letters,
)
from scheduler.store import letters_repo, mapping
from scheduler.store.models import PersonRow


def _days(days: frozenset[int]) -> list[int]:
    return sorted(days)


def _letter_content(letter: ServiceLetter) -> dict[str, Any]:
    """What every service letter keeps: the rules, the person and the day it is written."""
    return {
        "rules": mapping.rules_to_json(letter.rules),
        "person": person_content(letter.person),
        "written": letter.written.isoformat(),
    }


def _letter_from(content: dict[str, Any]) -> ServiceLetter:
    return ServiceLetter(
        mapping.rules_from_json(content["rules"]),
        person_from_content(content["person"]),
        date.fromisoformat(content["written"]),
    )


def day_letter_content(
    letter: ServiceLetter, wish: DayWish, decision: DayDecision, centre_name: str | None
) -> dict[str, Any]:
    """The content the letter on the day-centre ``decision`` of ``wish`` is recorded with;
    ``centre_name`` is the centre of the place (or the one wished), if any."""
    place = decision.place
    return {
        **_letter_content(letter),
        "wish": {
            "wish_id": wish.wish_id,
            "received": wish.received.isoformat(),
            "first_day": wish.first_day.isoformat(),
            "days_per_week": wish.days_per_week,
            "weekdays": _days(wish.weekdays),
        },
        "place": None
        if place is None
        else {
            "centre_id": place.centre_id,
            "weekdays": _days(place.weekdays),
            "start": place.start.isoformat(),
        },
        "reason": None if decision.reason is None else decision.reason.value,
        "queue": decision.queue,
        "centre_name": centre_name,
    }


def _day_facts(content: dict[str, Any]) -> tuple[DayWish, DayDecision]:
    """The wish and decision a day-centre letter was recorded with by ``day_letter_content``."""
    kept, given = content["wish"], content["place"]
    person_id = content["person"]["person_id"]
    wish = DayWish(
        kept["wish_id"],
        person_id,
        date.fromisoformat(kept["received"]),
        date.fromisoformat(kept["first_day"]),
        kept["days_per_week"],
        frozenset(kept["weekdays"]),
    )
    place = (
        None
        if given is None
        else DayPlace(
            wish.wish_id,
            given["centre_id"],
            frozenset(given["weekdays"]),
            date.fromisoformat(given["start"]),
        )
    )
    reason = None if content["reason"] is None else DayReason(content["reason"])
    return wish, DayDecision(wish.wish_id, person_id, place, reason, content["queue"])


def day_ended_content(
    letter: ServiceLetter,
    wish: DayWish,
    decision: DayDecision,
    centre_name: str | None,
    last_day: date,
) -> dict[str, Any]:
    """The content the letter ending ``wish`` on ``last_day`` is recorded with: as
    ``day_letter_content`` (``decision`` is the wish's decision when it ended, with its place
    if it had one) and the last day."""
    return {
        **day_letter_content(letter, wish, decision, centre_name),
        "last_day": last_day.isoformat(),
    }


def relief_letter_content(letter: ServiceLetter, grant: ReliefGrant) -> dict[str, Any]:
    """The content the letter granting relief at home by ``grant`` is recorded with."""
    return {
        **_letter_content(letter),
        "grant": {
            "grant_id": grant.grant_id,
            "minutes": grant.minutes,
            "period_days": grant.period_days,
            "start": grant.start.isoformat(),
            "end": None if grant.end is None else grant.end.isoformat(),
        },
    }


def _grant_from(content: dict[str, Any]) -> ReliefGrant:
    """The grant a relief letter was recorded with by ``relief_letter_content``."""
    kept = content["grant"]
    return ReliefGrant(
        kept["grant_id"],
        content["person"]["person_id"],
        kept["minutes"],
        kept["period_days"],
        date.fromisoformat(kept["start"]),
        None if kept["end"] is None else date.fromisoformat(kept["end"]),
    )


def day_kind(decision: DayDecision) -> str:
    """The kind of the letter on a day-centre decision (``day_granted`` …)."""
    return DAY_KINDS[decision.status]


def _status(kind: str) -> DayStatus:
    return next(status for status, named in DAY_KINDS.items() if named == kind)


def service_letter_title(kind: str, lang: str) -> str:
    """The title of a service letter of ``kind`` (as the letter's heading says it)."""
    if kind == RELIEF_KIND:
        return t("svcletter.relief_title", lang)
    if kind == DAY_ENDED_KIND:
        return t("svcletter.day_title.ended", lang)
    return t(f"svcletter.day_title.{_status(kind).value}", lang)


def service_letter_body(kind: str, content: dict[str, Any], lang: str) -> str:
    """The service letter of ``kind`` written from its ``content`` as an HTML fragment."""
    letter = _letter_from(content)
    if kind == RELIEF_KIND:
        return relief_letter_body(letter, _grant_from(content), lang)
    wish, decision = _day_facts(content)
    if kind == DAY_ENDED_KIND:
        last_day = date.fromisoformat(content["last_day"])
        return day_ended_letter_body(letter, wish, decision, content["centre_name"], last_day, lang)
    return day_letter_body(letter, wish, decision, content["centre_name"], lang)


def service_letter_page(kind: str, content: dict[str, Any], lang: str) -> str:
    """The service letter as a whole HTML page, titled by its kind."""
    body = service_letter_body(kind, content, lang)
    return service_letter_html(body, service_letter_title(kind, lang), lang)


def _subject(kind: str, content: dict[str, Any]) -> str:
    """The wish or grant the letter decides on (what the PDF is titled by)."""
    return str(content["grant"]["grant_id"] if kind == RELIEF_KIND else content["wish"]["wish_id"])


def render_service_letter(kind: str, content: dict[str, Any], suffix: str, lang: str) -> bytes:
    """The recorded service letter as ``.pdf`` or ``.html`` bytes in ``lang``."""
    if suffix == ".pdf":
        return pdf_page(service_letter_body(kind, content, lang), _subject(kind, content), lang)
    return service_letter_page(kind, content, lang).encode("utf-8")


def day_centre_name(scenario: Scenario, wish: DayWish, decision: DayDecision) -> str | None:
    """The name of the centre a day-centre letter names: the place's, else the one wished."""
    centre_id = decision.place.centre_id if decision.place else wish.preferred_centre
    centre = scenario.centre_by_id.get(centre_id or "")
    return None if centre is None else centre.name


def _told(decision: DayDecision) -> tuple[object, ...]:
    """What the family is told of a decision, for telling a changed one (see the module)."""
    place = decision.place
    where = None if place is None else (place.centre_id, place.weekdays)
    return decision.status, where, decision.reason


def lettered_decisions(
    wishes: Mapping[str, DayWish], plans: tuple[DayPlan, DayPlan]
) -> list[DayDecision]:
    """The decisions of the new day plan that get a letter (``record_day_letters``): those of
    a stored wish (``wishes``, by id) that are new or changed against the plan before
    (``plans`` is before and after), in the new plan's order."""
    before, after = plans
    return [
        decision
        for decision in after.decisions
        if decision.wish_id in wishes
        and ((was := before.by_wish.get(decision.wish_id)) is None or _told(was) != _told(decision))
    ]


def record_day_letters(
    session: Session,
    scenario: Scenario,
    wishes: Mapping[str, DayWish],
    plans: tuple[DayPlan, DayPlan],
    actor: str,
) -> int:
    """Record, in the caller's transaction, the letter of every decision of the new day plan
    that is new or changed against the plan before (``plans`` is before and after, see
    ``lettered_decisions``); ``wishes`` are the stored wishes by id. Returns how many letters
    were recorded."""
    written = date.today()
    letters = []
    for decision in lettered_decisions(wishes, plans):
        wish = wishes[decision.wish_id]
        person = scenario.person_by_id[decision.person_id]
        centre = day_centre_name(scenario, wish, decision)
        content = day_letter_content(
            ServiceLetter(scenario.rules, person, written), wish, decision, centre
        )
        letters.append(_new_letter(decision.person_id, day_kind(decision), content))
    return len(record_letters(session, letters, actor))


def record_day_ended_letter(
    session: Session,
    letter: ServiceLetter,
    ended: tuple[DayWish, DayDecision],
    centre_name: str | None,
    last_day: date,
    actor: str,
) -> int:
    """Record, in the caller's (the ending's) transaction, the letter telling the family of
    ``letter.person`` that the wish (and the decision it had, ``ended``) ends on ``last_day``;
    returns the letter's id."""
    wish, decision = ended
    content = day_ended_content(letter, wish, decision, centre_name, last_day)
    new = _new_letter(wish.person_id, DAY_ENDED_KIND, content)
    return record_letters(session, [new], actor)[0]


def _new_letter(person_id: str, kind: str, content: dict[str, Any]) -> letters_repo.NewLetter:
    """A service letter to record: in Danish, on no request and no plan version."""
    return letters_repo.NewLetter(person_id, None, kind, "da", None, content)


def _granted(grant: ReliefGrant) -> tuple[object, ...]:
    """What the grant letter says: the hours, the period and the dates."""
    return grant.minutes, grant.period_days, grant.start, grant.end


def record_relief_letters(
    session: Session,
    rules: Rules,
    before: Mapping[str, ReliefGrant],
    grants: Sequence[ReliefGrant],
    actor: str,
) -> int:
    """Record, in the caller's (import's) transaction, the letter of every grant in ``grants``
    that is new or whose hours or dates differ from the stored grant ``before`` it; the persons
    are read as the import left them. Returns how many letters were recorded."""
    written = date.today()
    letters = []
    for grant in grants:
        was = before.get(grant.grant_id)
        if was is not None and _granted(was) == _granted(grant):
            continue
        row = session.get(PersonRow, grant.person_id)
        assert row is not None, "a grant's person is imported with it or stored"
        letter = ServiceLetter(rules, mapping.person_from_row(row), written)
        letters.append(
            _new_letter(grant.person_id, RELIEF_KIND, relief_letter_content(letter, grant))
        )
    return len(record_letters(session, letters, actor))
