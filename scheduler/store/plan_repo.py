"""Plan versions: storing a solved plan as a draft, reading versions back, and publishing.

Every writer first updates the single ``head`` row, so concurrent writers are serialised on it:
a new version takes its number from ``head.last_number``, and publishing sets
``head.published`` only if it still holds the draft's base (compare-and-set in one statement),
so two publishers racing from the same base cannot both win. A writer that must see what the
others published before it reads anything (an operation on the published plan, an import
checked against its promises) takes that lock first of all with ``lock_head``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from scheduler.domain.model import Booking, Decision, Plan, Reason, Stay
from scheduler.store.audit import record, utc_now
from scheduler.store.counting import changed_rows
from scheduler.store.errors import StalePlanError, StoreError
from scheduler.store.mapping import booking_from_row
from scheduler.store.models import BookingRow, Head, PlanVersionRow, RejectionRow, RequestRow

HEAD_ID = 1


class VersionStatus(enum.StrEnum):
    """A version is a draft until it is published; the newest published one holds the
    promises."""

    DRAFT = "draft"
    PUBLISHED = "published"


class VersionOrigin(enum.StrEnum):
    """What made a version: a planning run, an import, or an operation on the published plan."""

    PLANNED = "planned"
    IMPORTED = "imported"
    ACUTE = "acute"
    CANCELLED = "cancelled"
    ACCEPTED = "accepted"
    PLACED = "placed"
    """A new wish placed at once when it was entered."""
    CHANGED = "changed"
    """A promised stay moved, shortened, extended or given another centre."""
    RECORDED = "recorded"
    """What happened to a stay (no-show, late arrival, early departure) freed nights."""
    EDITED = "edited"
    """A person's values that decide their grants changed (their promises re-checked)."""
    CLOSURE = "closure"
    """Beds were closed at a centre (every promise still fits)."""


@dataclass(frozen=True)
class VersionFacts:
    """What is known about a version besides its decisions: its origin and, for a planning
    run, the solver's status (``optimal``, ``feasible`` or ``greedy``)."""

    origin: VersionOrigin
    solver_status: str | None
    objective: list[Any]
    bounds: list[Any]
    wall_time: float


def published_number(session: Session) -> int | None:
    """The number of the version published now, if any."""
    return session.scalar(select(Head.published).where(Head.id == HEAD_ID))


def lock_head(session: Session) -> None:
    """Take the writers' lock (the ``head`` row) in the session's transaction, until it ends.

    Every writer that makes or publishes a version takes it, so after this no other version can
    be made or published until the transaction ends: the published plan it reads stays the
    published plan, and a number handed out under the lock (e.g. a new request id) cannot be
    handed out twice. An update rather than ``SELECT … FOR UPDATE``, because SQLite locks only
    on a write.
    """
    session.execute(update(Head).where(Head.id == HEAD_ID).values(last_number=Head.last_number))


def _next_number(session: Session) -> int:
    session.execute(update(Head).where(Head.id == HEAD_ID).values(last_number=Head.last_number + 1))
    number = session.scalar(select(Head.last_number).where(Head.id == HEAD_ID))
    assert number is not None, "the head row is created by the first migration"
    return number


def new_version_row(
    session: Session, facts: VersionFacts, *, base: int | None, actor: str
) -> PlanVersionRow:
    """A new, empty draft version made on ``base``, flushed so that it has its id."""
    row = PlanVersionRow(
        number=_next_number(session),
        status=VersionStatus.DRAFT,
        created_at=utc_now(),
        created_by=actor,
        base=base,
        origin=facts.origin,
        solver_status=facts.solver_status,
        objective=facts.objective,
        bounds=facts.bounds,
        wall_time=facts.wall_time,
    )
    session.add(row)
    session.flush()
    return row


def insert_decisions(
    session: Session,
    version_id: int,
    stays: Iterable[Stay],
    rejections: Iterable[Decision],
    pinned: Callable[[str], bool],
) -> None:
    """Store stays (pinned where ``pinned(request_id)``) and rejections in a version.

    A stay's bed label 0 means "no label yet" and is stored as none.
    """
    rows = [
        {
            "plan_version_id": version_id,
            "request_id": s.request_id,
            "centre_id": s.centre_id,
            "bed": s.bed or None,
            "start": s.start,
            "end": s.end,
            "pinned": pinned(s.request_id),
        }
        for s in stays
    ]
    if rows:
        session.execute(insert(BookingRow), rows)
    reasons = [
        {"plan_version_id": version_id, "request_id": d.request_id, "reason": d.reason.value}
        for d in rejections
        if d.reason is not None
    ]
    if reasons:
        session.execute(insert(RejectionRow), reasons)


def add_version(
    session: Session,
    plan: Plan,
    facts: VersionFacts,
    *,
    base: int | None,
    pinned: set[str],
    actor: str,
) -> PlanVersionRow:
    """Store ``plan`` as a new draft made on ``base``; stays of ``pinned`` requests stay pinned."""
    row = new_version_row(session, facts, base=base, actor=actor)
    insert_decisions(session, row.id, plan.stays, plan.decisions, pinned.__contains__)
    record(session, actor, "create", "plan_version", [str(row.number)])
    return row


def versions(session: Session) -> list[PlanVersionRow]:
    """Every plan version, oldest first."""
    return list(session.scalars(select(PlanVersionRow).order_by(PlanVersionRow.number)))


def get_version(session: Session, number: int | None = None) -> PlanVersionRow:
    """Version ``number``, or the newest one.

    Raises
    ------
    StoreError
        ``store.no_versions`` or ``store.unknown_version``.
    """
    query = select(PlanVersionRow)
    if number is None:
        query = query.order_by(PlanVersionRow.number.desc()).limit(1)
    else:
        query = query.where(PlanVersionRow.number == number)
    row = session.scalar(query)
    if row is None:
        if number is None:
            raise StoreError("store.no_versions")
        raise StoreError("store.unknown_version", version=number)
    return row


def _newest(session: Session, status: str | None = None) -> PlanVersionRow | None:
    query = select(PlanVersionRow).order_by(PlanVersionRow.number.desc()).limit(1)
    if status is not None:
        query = query.where(PlanVersionRow.status == status)
    return session.scalar(query)


def _booking_rows(session: Session, version: PlanVersionRow) -> list[BookingRow]:
    return list(session.scalars(select(BookingRow).where(BookingRow.plan_version_id == version.id)))


def load_plan(session: Session, version: PlanVersionRow) -> Plan:
    """The version's decisions, in the order the requests were imported."""
    stays = {b.request_id: b for b in _booking_rows(session, version)}
    query = select(RejectionRow.request_id, RejectionRow.reason).where(
        RejectionRow.plan_version_id == version.id
    )
    reasons = {request_id: reason for request_id, reason in session.execute(query)}
    decisions = []
    for request_id, person_id in session.execute(
        select(RequestRow.request_id, RequestRow.person_id).order_by(RequestRow.seq)
    ):
        booking = stays.get(request_id)
        if booking is not None:
            stay = Stay(request_id, booking.centre_id, booking.bed or 0, booking.start, booking.end)
            decisions.append(Decision(request_id, person_id, stay=stay))
        elif request_id in reasons:
            decisions.append(Decision(request_id, person_id, reason=Reason(reasons[request_id])))
    return Plan(tuple(decisions))


def current_bookings(session: Session) -> tuple[int | None, tuple[Booking, ...]]:
    """The published version's number and the bookings the next plan starts from.

    Pinned: every stay of the published version, and the stays the newest version keeps pinned.
    Unpinned (the previous plan, for stability): the newest version's other stays.
    """
    published = _newest(session, VersionStatus.PUBLISHED)
    newest = _newest(session)
    base = published.number if published is not None else None
    bookings: dict[str, Booking] = {}
    if newest is not None:
        for row in _booking_rows(session, newest):
            bookings[row.request_id] = booking_from_row(row, row.pinned)
    if published is not None:
        for row in _booking_rows(session, published):
            bookings[row.request_id] = booking_from_row(row, True)
    return base, tuple(bookings.values())


def publish(session: Session, number: int | None, actor: str) -> PlanVersionRow:
    """Publish draft ``number`` (default the newest version) in the session's transaction.

    On a refusal the caller must roll the transaction back (nothing has been changed that
    should stay).

    Raises
    ------
    StoreError
        ``store.not_draft`` when the version is already published.
    StalePlanError
        When another version was published since the draft was made.
    """
    row = get_version(session, number)
    if row.status != VersionStatus.DRAFT:
        raise StoreError("store.not_draft", version=row.number)
    claimed = changed_rows(
        session,
        update(Head)
        .where(Head.id == HEAD_ID, Head.published.is_not_distinct_from(row.base))
        .values(published=row.number),
    )
    if claimed != 1:
        raise StalePlanError("store.stale", version=row.number, published=published_number(session))
    moved = changed_rows(
        session,
        update(PlanVersionRow)
        .where(PlanVersionRow.id == row.id, PlanVersionRow.status == VersionStatus.DRAFT)
        .values(status=VersionStatus.PUBLISHED, published_at=utc_now(), published_by=actor),
    )
    if moved != 1:
        raise StoreError("store.not_draft", version=row.number)
    session.execute(
        update(BookingRow).where(BookingRow.plan_version_id == row.id).values(pinned=True)
    )
    record(session, actor, "publish", "plan_version", [str(row.number)])
    return row


def version_counts(session: Session, version: PlanVersionRow) -> tuple[int, int]:
    """How many requests the version grants and rejects."""
    counts = []
    for model in (BookingRow, RejectionRow):
        query = select(func.count()).where(model.plan_version_id == version.id)
        counts.append(session.scalar(query) or 0)
    return counts[0], counts[1]
