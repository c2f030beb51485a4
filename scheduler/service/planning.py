"""Planning from the store: solve the stored data and keep the result as a new draft."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.service.summary import PlanSummary, summarise
from scheduler.service.versions import PlanVersionInfo, planning_scenario, version_info
from scheduler.solve import METHODS, Progress, SolveResult, solve
from scheduler.store import plan_repo

__all__ = ["METHODS", "PlanOutcome", "Progress", "make_plan", "solver_status"]
"""``METHODS`` (the solvers a user may pick) and ``Progress`` (what a running solve reports)
are the solver's, passed on so that callers need not reach below the service."""


@dataclass(frozen=True)
class PlanOutcome:
    """The new draft version and the summary of its plan."""

    version: PlanVersionInfo
    summary: PlanSummary


def solver_status(result: SolveResult) -> str:
    """``optimal``, ``feasible`` (CP-SAT ran out of time) or ``greedy``."""
    if result.method == "greedy":
        return "greedy"
    return "optimal" if result.optimal else "feasible"


def make_plan(
    engine: Engine,
    time_limit: float,
    actor: str,
    progress: Callable[[Progress], None] | None = None,
    method: str = "cpsat",
) -> PlanOutcome:
    """Solve the stored data and store the plan as a new draft version.

    The published version's stays are pinned; the newest version's other stays are the
    previous plan the solver keeps where it can. No transaction is open while solving: the
    data is read in one, the result written in another. The draft's base is the version that
    was published when the data was read, so publishing it later is refused if another
    version was published meanwhile.

    Raises
    ------
    StoreError
        ``store.empty`` when nothing has been imported.
    ScenarioError
        When the pinned stays break a rule.
    """
    with Session(engine) as session:
        scenario, base = planning_scenario(session)
    result = solve(scenario, time_limit=time_limit, method=method, progress=progress)
    facts = plan_repo.VersionFacts(
        plan_repo.VersionOrigin.PLANNED,
        solver_status(result),
        [list(entry) for entry in result.objective],
        list(result.bounds),
        result.wall_time,
    )
    pinned = {b.request_id for b in scenario.bookings if b.pinned}
    with Session(engine) as session, session.begin():
        row = plan_repo.add_version(
            session, result.plan, facts, base=base, pinned=pinned, actor=actor
        )
        session.flush()
        info = version_info(session, row)
    return PlanOutcome(info, summarise(scenario, result))
