"""Case work all year in the store: entering one person, request or closure, changing a
request's dates, recording what happened to a stay, and keeping a stay as an exception.

Every function works in the caller's session and transaction and writes its audit entry (ids
only) there, so a service operation stays one transaction.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from scheduler.domain.model import Centre, Closure, Person, Scenario, Waiver
from scheduler.store import mapping
from scheduler.store.audit import record, utc_now
from scheduler.store.errors import StoreError
from scheduler.store.models import (
    CentreRow,
    ClosureRow,
    PersonRow,
    RequestRow,
    Settings,
    StayExceptionRow,
    StayRecordRow,
)

SETTINGS_ID = 1
"""The one row of ``settings``."""

RECORD_WAIVED = ("stay_limit", "weekday")
"""The rules a stay whose arrival is recorded no longer answers to: its dates are what
happened (a late arrival or an early departure may make it shorter than the shortest stay, or
end it on a day no stay may end)."""


@dataclass(frozen=True)
class StayRecord:
    """What happened to one promised stay (see ``StayRecordRow``)."""

    request_id: str
    centre_id: str
    planned_start: date
    planned_end: date
    arrived: date | None
    no_show: bool
    departed: date | None
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class StayException:
    """A rule a promised stay is allowed to break, and why (see ``StayExceptionRow``)."""

    request_id: str
    rule: str
    reason: str
    created_by: str
    created_at: datetime


def bare_scenario(session: Session) -> Scenario:
    """The stored rules and horizon as a scenario holding nothing else.

    Raises
    ------
    StoreError
        ``store.empty`` when nothing has been imported yet.
    """
    settings = session.get(Settings, SETTINGS_ID)
    if settings is None:
        raise StoreError("store.empty")
    return Scenario(
        mapping.rules_from_json(settings.rules), settings.horizon_start, settings.horizon_end
    )


def centre(session: Session, centre_id: str) -> Centre | None:
    """The stored centre, if there is one."""
    row = session.get(CentreRow, centre_id)
    return None if row is None else mapping.centre_from_row(row)


def closures_of(session: Session, centre_id: str) -> tuple[Closure, ...]:
    """The stored closures of one centre."""
    query = select(ClosureRow).where(ClosureRow.centre_id == centre_id).order_by(ClosureRow.id)
    return tuple(mapping.closure_from_row(row) for row in session.scalars(query))


def person_exists(session: Session, person_id: str) -> bool:
    return session.get(PersonRow, person_id) is not None


def centre_exists(session: Session, centre_id: str) -> bool:
    return session.get(CentreRow, centre_id) is not None


def request_exists(session: Session, request_id: str) -> bool:
    """Whether the id is taken by any stored request, cancelled ones included."""
    return session.get(RequestRow, request_id) is not None


def person_request_ids(session: Session, person_id: str) -> set[str]:
    """The ids of every stored request of the person, cancelled ones included."""
    query = select(RequestRow.request_id).where(RequestRow.person_id == person_id)
    return set(session.scalars(query))


def insert_person(session: Session, person: Person, actor: str) -> None:
    """Store a new person after every stored one."""
    last = session.scalar(select(func.max(PersonRow.seq))) or 0
    session.execute(insert(PersonRow), [{**mapping.person_values(person), "seq": last + 1}])
    record(session, actor, "add", "person", [person.person_id])


def insert_closure(session: Session, closure: Closure, actor: str) -> None:
    """Store one more closure of a centre (closures of a centre add up)."""
    session.execute(insert(ClosureRow), [mapping.closure_values(closure)])
    record(session, actor, "add", "closure", [closure.centre_id])


def set_request_dates(
    session: Session, request_id: str, start: date, end: date, actor: str
) -> None:
    """Give the stored request new wished dates (they follow a changed or recorded stay)."""
    session.execute(
        update(RequestRow).where(RequestRow.request_id == request_id).values(start=start, end=end)
    )
    record(session, actor, "change", "request", [request_id])


def _record(row: StayRecordRow) -> StayRecord:
    return StayRecord(
        row.request_id,
        row.centre_id,
        row.planned_start,
        row.planned_end,
        row.arrived,
        row.no_show,
        row.departed,
        row.recorded_by,
        row.recorded_at,
    )


def stay_record(session: Session, request_id: str) -> StayRecord | None:
    """The record of the request's stay, locked for the transaction where the engine can."""
    row = session.get(StayRecordRow, request_id, with_for_update=True)
    return None if row is None else _record(row)


def stay_records(session: Session, request_ids: Collection[str] | None = None) -> list[StayRecord]:
    """The records of the given requests (default every one), by request id."""
    query = select(StayRecordRow).order_by(StayRecordRow.request_id)
    if request_ids is not None:
        query = query.where(StayRecordRow.request_id.in_(list(request_ids)))
    return [_record(row) for row in session.scalars(query)]


def save_record(session: Session, stay: StayRecord, action: str, actor: str | None = None) -> None:
    """Insert or replace the record of ``stay.request_id`` and log ``action`` for it, by
    ``actor`` (default the one who recorded it).

    Raises
    ------
    StoreError
        ``casework.already_recorded`` when another transaction recorded the stay first.
    """
    values = {
        "centre_id": stay.centre_id,
        "planned_start": stay.planned_start,
        "planned_end": stay.planned_end,
        "arrived": stay.arrived,
        "no_show": stay.no_show,
        "departed": stay.departed,
        "recorded_by": stay.recorded_by,
        "recorded_at": stay.recorded_at,
    }
    row = session.get(StayRecordRow, stay.request_id)
    if row is None:
        session.add(StayRecordRow(request_id=stay.request_id, **values))
    else:
        for key, value in values.items():
            setattr(row, key, value)
    try:
        session.flush()
    except IntegrityError:  # another worker recorded the same stay at the same moment
        raise StoreError("casework.already_recorded", request=stay.request_id) from None
    record(session, actor or stay.recorded_by, action, "stay", [stay.request_id])


def undo_record(session: Session, request_id: str, kept: StayRecord | None, actor: str) -> None:
    """Replace the record of ``request_id`` by ``kept`` (``None``: delete it); ``actor``'s
    undo is logged."""
    if kept is not None:
        save_record(session, kept, "undo_record", actor)
        return
    row = session.get(StayRecordRow, request_id)
    if row is not None:
        session.delete(row)
        session.flush()
    record(session, actor, "undo_record", "stay", [request_id])


def no_shows() -> Select[str]:
    """A subquery of the requests recorded as no-shows: they leave planning like cancelled
    ones."""
    return select(StayRecordRow.request_id).where(StayRecordRow.no_show.is_(True))


def add_exceptions(
    session: Session, request_id: str, rules: Iterable[str], reason: str, actor: str
) -> None:
    """Keep the request's stay although it breaks ``rules``; a rule already excepted gets the
    new reason."""
    now = utc_now()
    for rule in sorted(set(rules)):
        row = session.scalar(
            select(StayExceptionRow).where(
                StayExceptionRow.request_id == request_id, StayExceptionRow.rule == rule
            )
        )
        if row is None:
            session.add(
                StayExceptionRow(
                    request_id=request_id,
                    rule=rule,
                    reason=reason,
                    created_by=actor,
                    created_at=now,
                )
            )
        else:
            row.reason, row.created_by, row.created_at = reason, actor, now
    session.flush()
    record(session, actor, "keep_exception", "stay", [request_id])


def stay_exceptions(
    session: Session, request_ids: Collection[str] | None = None
) -> list[StayException]:
    """The exceptions of the given requests (default every one), by request and rule."""
    query = select(StayExceptionRow).order_by(StayExceptionRow.request_id, StayExceptionRow.rule)
    if request_ids is not None:
        query = query.where(StayExceptionRow.request_id.in_(list(request_ids)))
    return [
        StayException(row.request_id, row.rule, row.reason, row.created_by, row.created_at)
        for row in session.scalars(query)
    ]


def waivers(session: Session) -> tuple[Waiver, ...]:
    """Every waiver the store holds: each recorded exception's rule, and ``RECORD_WAIVED`` for
    each stay whose arrival is recorded."""
    found = {Waiver(e.request_id, e.rule) for e in stay_exceptions(session)}
    arrived = select(StayRecordRow.request_id).where(StayRecordRow.arrived.is_not(None))
    for request_id in session.scalars(arrived):
        found.update(Waiver(request_id, rule) for rule in RECORD_WAIVED)
    return tuple(sorted(found))
