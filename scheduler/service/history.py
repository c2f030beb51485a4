"""What happened over time, so that nothing is lost silently: each request's decisions across
the plan versions, the requests that left the plan (cancelled, no-shows), the promised stays
that changed, what each version changed against the version it was made from, and a draft that
a newer publication has superseded.

Read only: every function opens its own session and writes nothing.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.model import Reason, Request, Stay
from scheduler.service.versions import PlanVersionInfo, VersionStatus, list_versions
from scheduler.store import history_repo, operations_repo

__all__ = [
    "Gone",
    "PromiseChange",
    "RequestHistory",
    "Shift",
    "Step",
    "Superseded",
    "VersionChange",
    "changed_promises",
    "gone_requests",
    "request_history",
    "store_stamp",
    "superseded_draft",
    "version_changes",
]


class Shift(enum.StrEnum):
    """What a version did to a request's decision against the version it was made from."""

    GAINS = "gains"
    """Granted now, not before (rejected or not decided)."""
    LOSES = "loses"
    """Granted before, rejected now."""
    MOVES = "moves"
    """Granted before and now, at another centre or on other dates (a new bed alone is none)."""
    REJECTED = "rejected"
    """Rejected now, not decided before."""
    REASON = "reason"
    """Rejected before and now, for another reason now."""
    REMOVED = "removed"
    """Decided before, left out now: cancelled, or recorded as a no-show."""


def _same_stay(one: Stay | None, other: Stay | None) -> bool:
    if one is None or other is None:
        return one is other
    return (one.centre_id, one.start, one.end) == (other.centre_id, other.start, other.end)


Decided = tuple[Stay | None, Reason | None]


def _shift(before: Decided | None, after: Decided | None) -> Shift | None:
    """The shift from ``before`` to ``after`` (``None``: not decided), or ``None`` for none."""
    if after is None:
        return None if before is None else Shift.REMOVED
    was = before[0] if before else None
    now, reason = after
    if now is not None:
        if was is None:
            return Shift.GAINS
        return None if _same_stay(was, now) else Shift.MOVES
    if was is not None:
        return Shift.LOSES
    if before is None:
        return Shift.REJECTED
    return Shift.REASON if before[1] != reason else None


@dataclass(frozen=True)
class Step:
    """A version that changed the request's decision: the stay it gives it, or the reason it
    rejects it for, or that it left the request out (``shift`` is ``REMOVED``)."""

    version: PlanVersionInfo
    shift: Shift
    stay: Stay | None
    reason: Reason | None


@dataclass(frozen=True)
class RequestHistory:
    """A request (cancelled or not), when it was cancelled, whether the person never came, and
    every version that changed its decision, oldest first."""

    request: Request
    cancelled_at: datetime | None
    no_show: bool
    steps: tuple[Step, ...]


def request_history(engine: Engine, request_id: str) -> RequestHistory:
    """The request's decisions through the plan versions: each version (draft or published)
    whose decision on it differs from that of the version it was made from.

    Raises
    ------
    StoreError
        ``operations.unknown_request``.
    """
    versions = list_versions(engine)
    with Session(engine) as session:
        request, _ = operations_repo.request_state(session, request_id)
        left = {
            gone.request.request_id: gone
            for gone in history_repo.left_requests(session, request.person_id)
        }
        decided: dict[int, Decided] = {
            d.version: (d.stay, d.reason) for d in history_repo.decisions_of(session, [request_id])
        }
    steps = []
    for version in versions:
        before = decided.get(version.base) if version.base is not None else None
        after = decided.get(version.number)
        shift = _shift(before, after)
        if shift is not None:
            stay, reason = after if after is not None else (None, None)
            steps.append(Step(version, shift, stay, reason))
    gone = left.get(request_id)
    return RequestHistory(
        request,
        gone.cancelled_at if gone else None,
        gone.no_show if gone else False,
        tuple(steps),
    )


@dataclass(frozen=True)
class Gone:
    """A request no longer planned: cancelled by the family (``cancelled_at``) or a stay the
    person never came to (``no_show``), with the last decision a version made on it (the stay
    it had, or the reason it was rejected)."""

    request: Request
    cancelled_at: datetime | None
    no_show: bool
    stay: Stay | None
    reason: Reason | None


def gone_requests(engine: Engine, person_id: str | None = None) -> list[Gone]:
    """The requests no longer planned (cancelled, or a no-show), of one person or all, in the
    order they were stored."""
    with Session(engine) as session:
        left = history_repo.left_requests(session, person_id)
        decided = history_repo.decisions_of(session, [g.request.request_id for g in left])
    last: dict[str, Decided] = {d.request_id: (d.stay, d.reason) for d in decided}
    return [
        Gone(
            g.request,
            g.cancelled_at,
            g.no_show,
            *last.get(g.request.request_id, (None, None)),
        )
        for g in left
    ]


@dataclass(frozen=True)
class PromiseChange:
    """A request whose promised stay changed: the stay first promised (and the published
    version that promised it) and how many times it changed since."""

    request_id: str
    first: Stay
    first_version: int
    changes: int


def changed_promises(engine: Engine) -> dict[str, PromiseChange]:
    """The requests whose promised stay (centre and dates) differs between published versions."""
    with Session(engine) as session:
        promised = history_repo.promised_stays(session)
    return {
        rid: PromiseChange(rid, stays[0][1], stays[0][0], len(stays) - 1)
        for rid, stays in promised.items()
        if len(stays) > 1
    }


@dataclass(frozen=True)
class VersionChange:
    """A request whose decision a version changed against the version it was made from, with
    the decision before (stay or reason) and after."""

    shift: Shift
    request_id: str
    person_id: str
    before: Stay | None
    after: Stay | None
    reason: Reason | None
    """Why the version rejects the request (``None``: it grants it, or left it out)."""
    reason_before: Reason | None = None
    """Why the base rejected it (``None``: it granted it, or had not decided it)."""


def version_changes(engine: Engine, number: int) -> list[VersionChange]:
    """What version ``number`` changed against its base (the version published when it was
    made; against nothing for the first), by request id.

    Raises
    ------
    StoreError
        ``store.unknown_version``.
    """
    info = next((v for v in list_versions(engine) if v.number == number), None)
    with Session(engine) as session:
        after = history_repo.version_decisions(session, number)
        base = info.base if info is not None else None
        before = history_repo.version_decisions(session, base) if base is not None else {}
        shifts = {
            rid: shift
            for rid in sorted(set(before) | set(after))
            if (shift := _shift(before.get(rid), after.get(rid))) is not None
        }
        persons = history_repo.person_of_requests(session, shifts)
    return [
        VersionChange(
            shift,
            rid,
            persons.get(rid, ""),
            before.get(rid, (None, None))[0],
            after.get(rid, (None, None))[0],
            after.get(rid, (None, None))[1],
            before.get(rid, (None, None))[1],
        )
        for rid, shift in shifts.items()
    ]


@dataclass(frozen=True)
class Superseded:
    """A draft that can no longer be published: ``published``, a newer version, was published
    after it was made (an acute stay, a cancellation, another plan …)."""

    draft: PlanVersionInfo
    published: PlanVersionInfo


def superseded_draft(engine: Engine) -> Superseded | None:
    """The newest draft, when a version published after it was made supersedes it and no newer
    draft has been made since; else ``None``."""
    versions = list_versions(engine)
    published = [v for v in versions if v.status is VersionStatus.PUBLISHED]
    drafts = [v for v in versions if v.status is VersionStatus.DRAFT]
    if not published or not drafts:
        return None
    current, draft = published[-1], drafts[-1]
    if draft.number > current.number or draft.base == current.number:
        return None
    return Superseded(draft, current)


def store_stamp(engine: Engine) -> tuple[int, int]:
    """A value that changes with every write to the store (two cheap reads): what a reader may
    key a cache of the store's views by."""
    with Session(engine) as session:
        return history_repo.stamp(session)
