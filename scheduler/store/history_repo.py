"""Reading the store's history: every version's decision on some requests, the requests that
left the plan (cancelled, or recorded as no-shows), and the promised stays that changed
between published versions. Read only; nothing here writes.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from scheduler.domain.model import Reason, Request, Stay
from scheduler.store import mapping, plan_repo
from scheduler.store.models import (
    AuditRow,
    BookingRow,
    PlanVersionRow,
    RejectionRow,
    RequestRow,
    StayRecordRow,
)
from scheduler.store.plan_repo import VersionStatus


@dataclass(frozen=True)
class VersionDecision:
    """What version ``version`` decided on ``request_id``: a stay or a rejection reason."""

    version: int
    request_id: str
    stay: Stay | None
    reason: Reason | None


def decisions_of(session: Session, request_ids: Collection[str]) -> list[VersionDecision]:
    """Every version's decision on the requests, by version number (a version that did not
    decide a request has no entry for it)."""
    ids = list(request_ids)
    if not ids:
        return []
    found: list[VersionDecision] = []
    stays = select(
        PlanVersionRow.number,
        BookingRow.request_id,
        BookingRow.centre_id,
        BookingRow.bed,
        BookingRow.start,
        BookingRow.end,
    ).join(PlanVersionRow, PlanVersionRow.id == BookingRow.plan_version_id)
    for number, rid, centre, bed, start, end in session.execute(
        stays.where(BookingRow.request_id.in_(ids))
    ):
        found.append(VersionDecision(number, rid, Stay(rid, centre, bed or 0, start, end), None))
    rejections = select(PlanVersionRow.number, RejectionRow.request_id, RejectionRow.reason).join(
        PlanVersionRow, PlanVersionRow.id == RejectionRow.plan_version_id
    )
    for number, rid, reason in session.execute(rejections.where(RejectionRow.request_id.in_(ids))):
        found.append(VersionDecision(number, rid, None, Reason(reason)))
    return sorted(found, key=lambda d: (d.version, d.request_id))


@dataclass(frozen=True)
class LeftRequest:
    """A request no longer planned: cancelled by the family (``cancelled_at``), or a promised
    stay the person never came to (``no_show``)."""

    request: Request
    cancelled_at: datetime | None
    no_show: bool


def left_requests(session: Session, person_id: str | None = None) -> list[LeftRequest]:
    """The cancelled requests and the no-shows, in the order the requests were stored."""
    no_shows = set(
        session.scalars(select(StayRecordRow.request_id).where(StayRecordRow.no_show.is_(True)))
    )
    query = select(RequestRow).order_by(RequestRow.seq)
    if person_id is not None:
        query = query.where(RequestRow.person_id == person_id)
    gone: ColumnElement[bool] = RequestRow.cancelled_at.is_not(None)
    if no_shows:
        gone = gone | RequestRow.request_id.in_(no_shows)
    return [
        LeftRequest(mapping.request_from_row(row), row.cancelled_at, row.request_id in no_shows)
        for row in session.scalars(query.where(gone))
    ]


def promised_stays(session: Session) -> dict[str, list[tuple[int, Stay]]]:
    """Per request, each different stay the published versions promised it, with the first
    version that did, oldest first (a new bed label alone is no different stay)."""
    first = func.min(PlanVersionRow.number)
    query = (
        select(first, BookingRow.request_id, BookingRow.centre_id, BookingRow.start, BookingRow.end)
        .join(PlanVersionRow, PlanVersionRow.id == BookingRow.plan_version_id)
        .where(PlanVersionRow.status == VersionStatus.PUBLISHED)
        .group_by(BookingRow.request_id, BookingRow.centre_id, BookingRow.start, BookingRow.end)
        .order_by(first)
    )
    found: dict[str, list[tuple[int, Stay]]] = {}
    for number, rid, centre, start, end in session.execute(query):
        found.setdefault(rid, []).append((number, Stay(rid, centre, 0, start, end)))
    return found


def version_decisions(
    session: Session, number: int
) -> dict[str, tuple[Stay | None, Reason | None]]:
    """Version ``number``'s decisions by request: its stay, or its rejection reason.

    Raises
    ------
    StoreError
        ``store.unknown_version``.
    """
    row = plan_repo.get_version(session, number)
    found: dict[str, tuple[Stay | None, Reason | None]] = {}
    stays = select(
        BookingRow.request_id,
        BookingRow.centre_id,
        BookingRow.bed,
        BookingRow.start,
        BookingRow.end,
    ).where(BookingRow.plan_version_id == row.id)
    for rid, centre, bed, start, end in session.execute(stays):
        found[rid] = (Stay(rid, centre, bed or 0, start, end), None)
    reasons = select(RejectionRow.request_id, RejectionRow.reason).where(
        RejectionRow.plan_version_id == row.id
    )
    for rid, reason in session.execute(reasons):
        found[rid] = (None, Reason(reason))
    return found


def person_of_requests(session: Session, request_ids: Collection[str]) -> dict[str, str]:
    """The person of each request (cancelled ones too)."""
    ids = list(request_ids)
    if not ids:
        return {}
    query = select(RequestRow.request_id, RequestRow.person_id).where(
        RequestRow.request_id.in_(ids)
    )
    return {rid: pid for rid, pid in session.execute(query)}


def stamp(session: Session) -> tuple[int, int]:
    """What changes with every write to the store: the newest audit entry's id and the newest
    version's number (every change is audited, and every version numbered)."""
    audited = session.scalar(select(func.max(AuditRow.id))) or 0
    numbered = session.scalar(select(func.max(PlanVersionRow.number))) or 0
    return audited, numbered


@dataclass(frozen=True)
class Edit:
    """An audited change of one row (``entity``, ``key``) other than an import: made in the
    app or by a command of the year's case work."""

    entity: str
    key: str
    action: str
    actor: str
    at: datetime


def edits_since_import(session: Session, rows: Collection[tuple[str, str]]) -> list[Edit]:
    """For each of ``rows`` (entity and id), the latest audited change other than an import
    made after the row was last imported (none: no entry)."""
    wanted = set(rows)
    if not wanted:
        return []
    entities = {entity for entity, _ in wanted}
    query = select(AuditRow).where(AuditRow.entity.in_(entities)).order_by(AuditRow.id)
    latest: dict[tuple[str, str], Edit] = {}
    for row in session.scalars(query):
        for key in row.ids:
            name = (row.entity, str(key))
            if name not in wanted:
                continue
            if row.action == "import":
                latest.pop(name, None)
            else:
                latest[name] = Edit(row.entity, str(key), row.action, row.actor, row.at)
    return sorted(latest.values(), key=lambda e: (e.entity, e.key))
