"""Undoing the last record of a stay, when it was made by mistake.

The last thing recorded is taken back: an early departure (the arrival stays recorded), else
the arrival or the no-show (the stay has no record then). The stay gets back the nights the
record had taken from it: the planned end after a departure, the planned start after a late
arrival, the whole planned stay after a no-show (the request is planned again). Those nights
may have gone to someone else meanwhile; then nothing is undone and the worker is told so.
Each undo is one transaction with its audit entry (the request's id); where the stay changes, a
new version (origin ``recorded``) is published.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from time import perf_counter

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.errors import UserError
from scheduler.domain.model import Stay
from scheduler.service.casework.change import judge_change
from scheduler.service.casework.fitting import stay_faults, verdict
from scheduler.service.casework.published import Published, as_wished, load_published
from scheduler.service.operations.commit import OperationError, publish_change
from scheduler.service.operations.placement import (
    Change,
    FixedPlan,
    granted_decisions,
    rejudged,
)
from scheduler.store import casework_repo, operations_repo
from scheduler.store.casework_repo import StayRecord
from scheduler.store.plan_repo import VersionOrigin


@dataclass(frozen=True)
class UndoOutcome:
    """The record that was undone, what is recorded now (``None``: nothing), the stay as the
    published plan holds it now, and the version published for it (``None``: the stay did not
    change, as after an arrival on the planned day)."""

    undone: StayRecord
    kept: StayRecord | None
    stay: Stay
    version: int | None


def _kept(record: StayRecord) -> StayRecord | None:
    """What stays recorded once the last record is undone: the arrival of a departure."""
    if record.departed is not None and record.arrived is not None:
        return replace(record, departed=None)
    return None


def _placed_again(published: Published, wished: Stay) -> Change | None:
    """The change that puts ``wished`` (the stay of a request no longer in the plan) back
    into the published plan with every promise where it is; ``None`` when it does not fit."""
    rid = wished.request_id
    scenario = as_wished(published.pinned_scenario(skip=rid), wished)
    if stay_faults(scenario, published.plan.stays, wished):
        return None
    labelled = FixedPlan(scenario, published.plan).label(wished)
    request = scenario.request_by_id[rid]
    decisions = granted_decisions(request, labelled, published.plan)
    after = Change(tuple(decisions)).apply(published.plan)
    if verdict(scenario, after, rid):
        return None
    decisions += rejudged(FixedPlan(scenario, after), after, request.person_id, rid)
    return Change(tuple(decisions))


def undo_record(
    engine: Engine, request_id: str, actor: str, *, centre: str | None = None
) -> UndoOutcome:
    """Undo the last record of the stay of ``request_id`` (see the module), in one transaction.

    A planner undoes any record; a centre manager only those at their own ``centre``.

    Raises
    ------
    UserError
        ``operations.unknown_request``; ``casework.nothing_recorded``; ``casework.other_centre``;
        ``casework.undo_no_room`` when the nights the record freed are no longer free (nothing
        is undone then); ``operations.nothing_published``.
    StalePlanError
        When another version was published meanwhile; nothing is kept.
    """
    began = perf_counter()
    with Session(engine) as session, session.begin():
        operations_repo.request_state(session, request_id)
        record = casework_repo.stay_record(session, request_id)
        if record is None:
            raise OperationError("casework.nothing_recorded", request=request_id)
        if centre is not None and record.centre_id != centre:
            raise UserError("casework.other_centre", request=request_id, centre=centre)
        kept = _kept(record)
        casework_repo.undo_record(session, request_id, kept, actor)
        published = load_published(session)
        start = kept.arrived if kept is not None and kept.arrived else record.planned_start
        wished = Stay(request_id, record.centre_id, 0, start, record.planned_end)
        decision = published.decision(request_id)
        now = decision.stay if decision is not None else None
        if now is not None and (now.centre_id, now.start, now.end) == (
            wished.centre_id,
            wished.start,
            wished.end,
        ):
            return UndoOutcome(record, kept, now, None)
        if now is None:
            change = _placed_again(published, wished)
        else:
            preview, found = judge_change(published, wished)
            change = found if preview.fits else None
        if change is None:
            raise OperationError("casework.undo_no_room", request=request_id)
        casework_repo.set_request_dates(session, request_id, wished.start, wished.end, actor)
        version = publish_change(
            session, published.row, change, VersionOrigin.RECORDED, actor, began
        )
        stay = next(s for s in change.stays if s.request_id == request_id)
    return UndoOutcome(record, kept, stay, version)
