"""Reading the store: the scenario the next plan starts from, plan versions and their plans."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.model import Plan, Scenario
from scheduler.store import plan_repo, scenario_repo
from scheduler.store.models import PlanVersionRow
from scheduler.store.plan_repo import VersionOrigin, VersionStatus

__all__ = [
    "PlanVersionInfo",
    "VersionOrigin",
    "VersionStatus",
    "list_versions",
    "load_plan",
    "load_scenario",
    "planning_scenario",
    "version_info",
]


@dataclass(frozen=True)
class PlanVersionInfo:
    """A plan version as the app and the command line show it."""

    number: int
    status: VersionStatus
    created_at: datetime
    created_by: str
    base: int | None
    origin: VersionOrigin
    solver_status: str | None
    """For a planning run: ``optimal``, ``feasible`` or ``greedy``."""
    objective: tuple[tuple[str, int], ...]
    bounds: tuple[int | None, ...]
    wall_time: float
    granted: int
    rejected: int
    published_at: datetime | None = None
    published_by: str | None = None


def version_info(session: Session, row: PlanVersionRow) -> PlanVersionInfo:
    """The plain facts of a stored version."""
    granted, rejected = plan_repo.version_counts(session, row)
    return PlanVersionInfo(
        number=row.number,
        status=VersionStatus(row.status),
        created_at=row.created_at,
        created_by=row.created_by,
        base=row.base,
        origin=VersionOrigin(row.origin),
        solver_status=row.solver_status,
        objective=tuple((str(label), int(value)) for label, value in row.objective),
        bounds=tuple(row.bounds),
        wall_time=row.wall_time,
        granted=granted,
        rejected=rejected,
        published_at=row.published_at,
        published_by=row.published_by,
    )


def list_versions(engine: Engine) -> list[PlanVersionInfo]:
    """Every plan version, oldest first."""
    with Session(engine) as session:
        return [version_info(session, row) for row in plan_repo.versions(session)]


def planning_scenario(session: Session) -> tuple[Scenario, int | None]:
    """The stored scenario with the bookings the next plan starts from, and the published
    version they are pinned by (the new draft's base)."""
    scenario = scenario_repo.load_scenario(session)
    base, bookings = plan_repo.current_bookings(session)
    return replace(scenario, bookings=bookings), base


def load_scenario(engine: Engine) -> Scenario:
    """The stored scenario: the published stays pinned, the newest plan's others unpinned.

    Raises
    ------
    StoreError
        ``store.empty`` when nothing has been imported.
    """
    with Session(engine) as session:
        return planning_scenario(session)[0]


def load_plan(engine: Engine, version: int | None = None) -> Plan:
    """The decisions of plan version ``version`` (default the newest).

    Raises
    ------
    StoreError
        ``store.no_versions`` or ``store.unknown_version``.
    """
    with Session(engine) as session:
        return plan_repo.load_plan(session, plan_repo.get_version(session, version))
