"""Follow-up of each case (servicelovens § 148, stk. 2): a person's next follow-up date, what
was decided at the last one, the day a handleplan is due, and the day the grant ended.

Every change is audited by the person's id only: the decision text is never logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from scheduler.domain.model import RequestKind
from scheduler.store.audit import record
from scheduler.store.errors import StoreError
from scheduler.store.models import BookingRow, PersonRow, PlanVersionRow, RequestRow


@dataclass(frozen=True)
class CaseState:
    """What the store holds on following up one person's case."""

    person_id: str
    name: str
    follow_up_on: date | None
    follow_up_held: date | None
    follow_up_note: str
    handleplan_due: date | None
    grant_ended: date | None
    anonymised: bool


@dataclass(frozen=True)
class GrantedArrival:
    """The arrival of one granted stay of the published plan, for automatic follow-up dates."""

    person_id: str
    request_id: str
    start: date
    acute: bool


def _state(row: PersonRow) -> CaseState:
    return CaseState(
        row.person_id,
        row.name,
        row.follow_up_on,
        row.follow_up_held,
        row.follow_up_note,
        row.handleplan_due,
        row.grant_ended,
        row.anonymised_at is not None,
    )


def case_state(session: Session, person_id: str, *, lock: bool = False) -> CaseState:
    """The person's follow-up state (``lock``: held for the transaction where the engine can).

    Raises
    ------
    StoreError
        ``followup.unknown_person``.
    """
    row = session.get(PersonRow, person_id, with_for_update=lock)
    if row is None:
        raise StoreError("followup.unknown_person", person=person_id)
    return _state(row)


def open_cases(session: Session) -> list[CaseState]:
    """Every person not anonymised, in import order (the ended grants included: the caller
    judges them against the day it asks for)."""
    query = select(PersonRow).where(PersonRow.anonymised_at.is_(None)).order_by(PersonRow.seq)
    return [_state(row) for row in session.scalars(query)]


def granted_arrivals(session: Session, version: PlanVersionRow) -> list[GrantedArrival]:
    """The arrivals of the version's granted stays of requests not cancelled, earliest first."""
    query = (
        select(RequestRow.person_id, BookingRow.request_id, BookingRow.start, RequestRow.kind)
        .join(RequestRow, RequestRow.request_id == BookingRow.request_id)
        .where(BookingRow.plan_version_id == version.id, RequestRow.cancelled_at.is_(None))
        .order_by(BookingRow.start, BookingRow.request_id)
    )
    return [
        GrantedArrival(person, request, start, kind == RequestKind.ACUTE.value)
        for person, request, start, kind in session.execute(query)
    ]


def set_follow_up_date(session: Session, person_id: str, day: date | None, actor: str) -> None:
    """Set (or clear, with ``None``) the person's next follow-up date."""
    session.execute(
        update(PersonRow).where(PersonRow.person_id == person_id).values(follow_up_on=day)
    )
    record(session, actor, "set_follow_up", "person", [person_id])


def save_follow_up(
    session: Session,
    person_id: str,
    held: date,
    note: str,
    next_on: date | None,
    handleplan_due: date | None,
    actor: str,
) -> None:
    """Store a follow-up held on ``held``: what was decided, the next date and the
    handleplan's due day."""
    values = {
        "follow_up_held": held,
        "follow_up_note": note,
        "follow_up_on": next_on,
        "handleplan_due": handleplan_due,
    }
    session.execute(update(PersonRow).where(PersonRow.person_id == person_id).values(**values))
    record(session, actor, "follow_up", "person", [person_id])


def set_grant_ended(session: Session, person_id: str, day: date, actor: str) -> None:
    """Record the day the person's grant ended; no follow-up is due after it."""
    session.execute(
        update(PersonRow).where(PersonRow.person_id == person_id).values(grant_ended=day)
    )
    record(session, actor, "end_grant", "person", [person_id])
