"""Storing allocations of day-centre places: each run with one decision per wish; the newest
run is the day plan in force (older runs stay, as plan versions do)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from scheduler.domain.daycare import DayDecision, DayPlace, DayPlan, DayReason, weekdays_text
from scheduler.store.audit import record, utc_now
from scheduler.store.models import DayDecisionRow, DayRunRow
from scheduler.store.services_repo import parse_weekdays


@dataclass(frozen=True)
class DayRun:
    """A stored allocation: when and by whom it was made, its status and time, its plan."""

    number: int
    made_at: datetime
    made_by: str
    status: str
    seconds: float
    plan: DayPlan


def add_run(session: Session, plan: DayPlan, status: str, seconds: float, actor: str) -> int:
    """Store ``plan`` as a new run in the session's transaction, log it; the run's number."""
    run = DayRunRow(made_at=utc_now(), made_by=actor, status=status, seconds=seconds)
    session.add(run)
    session.flush()
    if plan.decisions:
        session.execute(insert(DayDecisionRow), [_values(run.id, d) for d in plan.decisions])
    record(session, actor, "allocate", "day_plan", [str(run.id)])
    return run.id


def _values(run_id: int, decision: DayDecision) -> dict[str, object]:
    place = decision.place
    return {
        "run_id": run_id,
        "wish_id": decision.wish_id,
        "centre_id": None if place is None else place.centre_id,
        "weekdays": "" if place is None else weekdays_text(place.weekdays),
        "start": None if place is None else place.start,
        "reason": None if decision.reason is None else decision.reason.value,
        "queue": decision.queue,
    }


def newest_run(session: Session, person_of: dict[str, str]) -> DayRun | None:
    """The day plan in force (``None`` before the first allocation); ``person_of`` gives the
    person of each wish id (decisions of wishes no longer stored are left out)."""
    run = session.scalars(select(DayRunRow).order_by(DayRunRow.id.desc()).limit(1)).first()
    if run is None:
        return None
    rows = session.scalars(
        select(DayDecisionRow).where(DayDecisionRow.run_id == run.id).order_by(DayDecisionRow.id)
    )
    decisions = tuple(
        _decision(row, person_of[row.wish_id]) for row in rows if row.wish_id in person_of
    )
    return DayRun(run.id, run.made_at, run.made_by, run.status, run.seconds, DayPlan(decisions))


def _decision(row: DayDecisionRow, person_id: str) -> DayDecision:
    place = None
    if row.centre_id is not None and row.start is not None:
        place = DayPlace(row.wish_id, row.centre_id, parse_weekdays(row.weekdays), row.start)
    reason = None if row.reason is None else DayReason(row.reason)
    return DayDecision(row.wish_id, person_id, place, reason, row.queue)
