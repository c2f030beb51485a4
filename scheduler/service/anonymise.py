"""Personal data kept no longer than needed: anonymising a person whose grant has ended.

The person's name, the carer's name, the follow-up note, the handover notes of their requests,
the reasons of their stays' exceptions and the names inside their stored letters are replaced by
a neutral text ("Anonymiseret P0042"); dates, stays, decisions and counts are kept, so the
statistics stay true. Each anonymisation is one transaction, audited as ``anonymise`` with the
person's id only. A person whose grant still runs is refused: their data is needed for the case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.errors import UserError
from scheduler.i18n import t
from scheduler.service.letter_records import anonymise_letters
from scheduler.store import anonymise_repo
from scheduler.store.audit import utc_now
from scheduler.store.models import PersonRow

REPLACEMENT_LANGUAGE = "da"
"""The stored neutral text is the municipality's language, whoever reads it later."""


@dataclass(frozen=True)
class PrivacyState:
    """Where a person stands for anonymisation: the day their grant ended (``None``: it
    runs) and when they were anonymised (``None``: never)."""

    person_id: str
    grant_ended: date | None
    anonymised_at: datetime | None

    def may_anonymise(self, today: date) -> bool:
        """Whether the grant has ended on or before ``today`` and nothing is done yet."""
        return (
            self.anonymised_at is None
            and self.grant_ended is not None
            and self.grant_ended <= today
        )


@dataclass(frozen=True)
class Anonymised:
    """One anonymisation done: the person, the neutral text, and how many requests and
    letters of theirs it went through."""

    person_id: str
    replacement: str
    requests: int
    letters: int


def replacement_text(person_id: str) -> str:
    """The neutral text that replaces the names and free text of ``person_id``."""
    return t("privacy.replacement", REPLACEMENT_LANGUAGE, person=person_id)


def _state(row: PersonRow) -> PrivacyState:
    return PrivacyState(row.person_id, row.grant_ended, row.anonymised_at)


def privacy_state(engine: Engine, person_id: str) -> PrivacyState:
    """Whether ``person_id``'s grant has ended and whether they are anonymised.

    Raises
    ------
    UserError
        ``privacy.unknown_person``.
    """
    with Session(engine) as session:
        row = anonymise_repo.person_row(session, person_id)
        if row is None:
            raise UserError("privacy.unknown_person", person=person_id)
        return _state(row)


def _refusal(state: PrivacyState, today: date) -> UserError | None:
    """Why ``state`` may not be anonymised ``today``, or ``None``."""
    person = state.person_id
    if state.anonymised_at is not None:
        return UserError("privacy.already_anonymised", person=person, at=state.anonymised_at.date())
    if state.grant_ended is None:
        return UserError("privacy.grant_running", person=person)
    if state.grant_ended > today:
        return UserError("privacy.grant_ends_later", person=person, ended=state.grant_ended)
    return None


def _anonymise(session: Session, row: PersonRow, now: datetime, actor: str) -> Anonymised:
    """Anonymise the person of ``row`` in the caller's transaction (letters first: their
    rewrite reads the names from the row)."""
    replacement = replacement_text(row.person_id)
    letters = anonymise_letters(session, row.person_id, replacement)
    requests = anonymise_repo.scrub_person(session, row, replacement, now, actor)
    return Anonymised(row.person_id, replacement, requests, letters)


def anonymise_person(
    engine: Engine, person_id: str, actor: str, today: date | None = None
) -> Anonymised:
    """Anonymise ``person_id``, whose grant ended on or before ``today`` (default: the date
    now), in one transaction.

    Raises
    ------
    UserError
        ``privacy.unknown_person``; ``privacy.grant_running`` (no end of the grant is
        recorded); ``privacy.grant_ends_later``; ``privacy.already_anonymised``. Nothing is
        changed then.
    """
    now = utc_now()
    day = today or now.date()
    with Session(engine) as session, session.begin():
        row = anonymise_repo.person_row(session, person_id, lock=True)
        if row is None:
            raise UserError("privacy.unknown_person", person=person_id)
        refusal = _refusal(_state(row), day)
        if refusal is not None:
            raise refusal
        return _anonymise(session, row, now, actor)


def anonymise_ended_before(
    engine: Engine, day: date, actor: str, today: date | None = None
) -> list[Anonymised]:
    """Anonymise, in one transaction, every person not yet anonymised whose grant ended
    before ``day`` (and on or before ``today``, default the date now); in the stored order."""
    now = utc_now()
    with Session(engine) as session, session.begin():
        ids = anonymise_repo.ended_before(session, day, today or now.date())
        done = []
        for person_id in ids:
            row = anonymise_repo.person_row(session, person_id, lock=True)
            if row is None or row.anonymised_at is not None:
                continue  # removed or anonymised by another user meanwhile
            done.append(_anonymise(session, row, now, actor))
        return done
