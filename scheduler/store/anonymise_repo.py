"""Replacing a person's names and free text in the store by a neutral text, keeping their
dates and counts; and finding the persons whose grant has ended.

Every function works in the caller's session and transaction. The letters' contents are
rewritten by the service (``scheduler.service.letter_records``) before the person's row is,
because that rewrite reads the names to replace from the row.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from scheduler.store.audit import record
from scheduler.store.models import PersonRow, RequestRow, StayExceptionRow


def _neutral(text: str, replacement: str) -> str:
    """Free text replaced: empty stays empty (no note was written), else the neutral text."""
    return replacement if text else ""


def person_row(session: Session, person_id: str, *, lock: bool = False) -> PersonRow | None:
    """The stored person, or ``None``; with ``lock``, the row is held until the transaction
    ends (on PostgreSQL), so two anonymisations of one person cannot both proceed."""
    return session.get(PersonRow, person_id, with_for_update=lock)


def scrub_person(
    session: Session, person: PersonRow, replacement: str, now: datetime, actor: str
) -> int:
    """Replace the person's name, carer's name and follow-up note, their requests' handover
    notes and the reasons of their stays' exceptions by ``replacement``, set
    ``anonymised_at``, and audit ``anonymise`` with the person's id only. Returns how many
    requests the person has."""
    person.name = replacement
    person.carer_name = _neutral(person.carer_name, replacement)
    person.follow_up_note = _neutral(person.follow_up_note, replacement)
    person.anonymised_at = now
    request_ids = list(
        session.scalars(
            select(RequestRow.request_id).where(RequestRow.person_id == person.person_id)
        )
    )
    session.execute(
        update(RequestRow)
        .where(RequestRow.person_id == person.person_id, RequestRow.handover_note != "")
        .values(handover_note=replacement)
    )
    session.execute(
        update(StayExceptionRow)
        .where(StayExceptionRow.request_id.in_(request_ids))
        .values(reason=replacement)
    )
    record(session, actor, "anonymise", "person", [person.person_id])
    return len(request_ids)


def ended_before(session: Session, day: date, today: date) -> list[str]:
    """The ids of the persons not yet anonymised whose grant ended before ``day`` (and not
    after ``today``), in the stored order."""
    query = (
        select(PersonRow.person_id)
        .where(
            PersonRow.anonymised_at.is_(None),
            PersonRow.grant_ended < day,
            PersonRow.grant_ended <= today,
        )
        .order_by(PersonRow.seq)
    )
    return list(session.scalars(query))
