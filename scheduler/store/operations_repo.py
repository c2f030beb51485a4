"""Daily operations on the published plan: reading what an operation needs, fast, and storing
its result as a new version derived from the published one.

A derived version copies the published version's rows in the database (``INSERT … SELECT``)
except those of the requests the operation changes, and adds their new rows; so an operation on
a region-size plan moves no more than a few rows through Python.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date

from sqlalchemy import func, insert, literal, or_, select, update
from sqlalchemy.orm import Session

from scheduler.domain.model import Decision, Plan, Reason, Request, Scenario, Stay
from scheduler.store import mapping, plan_repo, scenario_repo
from scheduler.store.audit import record, utc_now
from scheduler.store.errors import StoreError
from scheduler.store.models import BookingRow, PersonRow, PlanVersionRow, RejectionRow, RequestRow


def published_version(session: Session) -> PlanVersionRow:
    """The version published now.

    Raises
    ------
    StoreError
        ``operations.nothing_published`` when no version has been published yet.
    """
    number = plan_repo.published_number(session)
    if number is None:
        raise StoreError("operations.nothing_published")
    return plan_repo.get_version(session, number)


def load_published(
    session: Session, version: PlanVersionRow, persons: Collection[str] | None = None
) -> tuple[Scenario, Plan]:
    """The stored scenario (without bookings) and the version's decisions.

    With ``persons``, the scenario holds only those persons, the requests the version grants and
    every request of those persons: all an operation on those persons needs. Cancelled
    requests are left out. The plan decides each of the scenario's requests the version decides.
    """
    booked = select(BookingRow.request_id).where(BookingRow.plan_version_id == version.id)
    scenario = (
        scenario_repo.load_scenario(session)
        if persons is None
        else scenario_repo.load_scenario(
            session,
            or_(RequestRow.request_id.in_(booked), RequestRow.person_id.in_(persons)),
            PersonRow.person_id.in_(persons),
        )
    )
    stays = {
        row.request_id: Stay(row.request_id, row.centre_id, row.bed or 0, row.start, row.end)
        for row in session.execute(
            select(
                BookingRow.request_id,
                BookingRow.centre_id,
                BookingRow.bed,
                BookingRow.start,
                BookingRow.end,
            ).where(BookingRow.plan_version_id == version.id)
        )
    }
    query = select(RejectionRow.request_id, RejectionRow.reason).where(
        RejectionRow.plan_version_id == version.id
    )
    reasons = {request_id: reason for request_id, reason in session.execute(query)}
    decisions = []
    for request in scenario.requests:
        rid = request.request_id
        if rid in stays:
            decisions.append(Decision(rid, request.person_id, stay=stays[rid]))
        elif rid in reasons:
            decisions.append(Decision(rid, request.person_id, reason=Reason(reasons[rid])))
    return scenario, Plan(tuple(decisions))


def pinned_requests(session: Session, version: PlanVersionRow) -> set[str]:
    """The requests whose stays the version keeps pinned."""
    query = select(BookingRow.request_id).where(
        BookingRow.plan_version_id == version.id, BookingRow.pinned.is_(True)
    )
    return set(session.scalars(query))


def next_request_id(session: Session, prefix: str) -> str:
    """``<prefix><n>`` with the smallest ``n`` ≥ 1 not taken by any stored request."""
    taken = set(
        session.scalars(
            select(RequestRow.request_id).where(RequestRow.request_id.like(f"{prefix}%"))
        )
    )
    number = 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"


def add_request(session: Session, request: Request, actor: str) -> None:
    """Store a new request after every stored one."""
    last = session.scalar(select(func.max(RequestRow.seq))) or 0
    session.execute(insert(RequestRow), [{**mapping.request_values(request), "seq": last + 1}])
    record(session, actor, "add", "request", [request.request_id])


def cancel_request(session: Session, request_id: str, actor: str) -> None:
    """Mark the request cancelled.

    Raises
    ------
    StoreError
        ``operations.unknown_request`` or ``operations.already_cancelled``.
    """
    row = session.get(RequestRow, request_id)
    if row is None:
        raise StoreError("operations.unknown_request", request=request_id)
    if row.cancelled_at is not None:
        raise StoreError("operations.already_cancelled", request=request_id)
    session.execute(
        update(RequestRow).where(RequestRow.request_id == request_id).values(cancelled_at=utc_now())
    )
    record(session, actor, "cancel", "request", [request_id])


def request_state(session: Session, request_id: str) -> tuple[Request, date | None]:
    """The stored request (cancelled or not) and the day it was cancelled, if it was.

    Raises
    ------
    StoreError
        ``operations.unknown_request``.
    """
    row = session.get(RequestRow, request_id)
    if row is None:
        raise StoreError("operations.unknown_request", request=request_id)
    cancelled = row.cancelled_at.date() if row.cancelled_at is not None else None
    return mapping.request_from_row(row), cancelled


def derive_version(
    session: Session,
    base: PlanVersionRow,
    stays: Iterable[Stay],
    rejections: Iterable[Decision],
    removed: Iterable[str],
    facts: plan_repo.VersionFacts,
    actor: str,
) -> PlanVersionRow:
    """A new draft on ``base``: its rows, with ``stays`` and ``rejections`` replacing those of
    their requests and the requests in ``removed`` left out. Every stay is kept pinned."""
    stays, rejections = list(stays), list(rejections)
    replaced = {s.request_id for s in stays} | {d.request_id for d in rejections} | set(removed)
    row = plan_repo.new_version_row(session, facts, base=base.number, actor=actor)
    for model in (BookingRow, RejectionRow):
        columns = [c for c in model.__table__.columns if c.name not in ("id", "plan_version_id")]
        source = select(literal(row.id), *columns).where(
            model.plan_version_id == base.id, model.request_id.not_in(replaced)
        )
        names = ["plan_version_id", *(c.name for c in columns)]
        session.execute(insert(model).from_select(names, source))
    plan_repo.insert_decisions(session, row.id, stays, rejections, lambda _: True)
    record(session, actor, "create", "plan_version", [str(row.number)])
    return row


def decided_requests(session: Session, version: PlanVersionRow | None) -> set[str]:
    """The requests the version grants or rejects (none without a version)."""
    if version is None:
        return set()
    decided: set[str] = set()
    for model in (BookingRow, RejectionRow):
        query = select(model.request_id).where(model.plan_version_id == version.id)
        decided.update(session.scalars(query))
    return decided
