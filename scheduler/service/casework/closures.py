"""Entering one closure (beds out of use at a centre for some nights), checked as a row of an
imported ``closures.csv`` is, by a planner or by the centre's own manager.

A closure must leave room for every stay already promised there: one that would leave a night
with fewer open beds than published stays is refused with the promises it would break (the
checker's capacity rule). When a plan is published, the closure is stored with a new
published version holding the same stays (origin ``closure``): a draft made before the closure
may use the closed beds, so it must not be published any more.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from time import perf_counter

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.checker import stay_violations
from scheduler.domain.errors import UserError
from scheduler.domain.model import Closure, Stay
from scheduler.io.scenario_rows import closure as closure_row
from scheduler.service.casework.entries import (
    CLOSURES,
    Entry,
    entry_cells,
    field_fault,
    read_entry,
    refuse,
    sound_cell,
)
from scheduler.service.operations.commit import publish_change
from scheduler.service.operations.placement import Change
from scheduler.store import casework_repo, operations_repo, plan_repo
from scheduler.store.models import PlanVersionRow
from scheduler.store.plan_repo import VersionOrigin


class ClosureConflict(UserError):
    """The closure would break promises: ``stays`` are the published stays at the centre on
    the nights that would be over-full."""

    def __init__(self, centre: str, stays: tuple[Stay, ...]) -> None:
        requests = ", ".join(s.request_id for s in stays)
        super().__init__("casework.closure_breaks", centre=centre, requests=requests)
        self.stays = stays


@dataclass(frozen=True)
class ClosureOutcome:
    """The stored closure and the published version made with it (``None``: no plan is
    published)."""

    closure: Closure
    version: int | None


def add_closure(
    engine: Engine, entry: Entry, actor: str, *, centre: str | None = None
) -> ClosureOutcome:
    """Store a new closure in one transaction, with its audit entry (the centre's id).

    ``entry`` is a ``ClosureInput`` or the ``closures.csv`` cells as text; ``centre`` limits
    the actor to one centre (a centre manager's own).

    Raises
    ------
    ScenarioError
        Every fault of the entry, each on its field; nothing is stored then.
    UserError
        ``casework.own_centre_only`` when the closure is for another centre than ``centre``;
        ``store.empty``.
    ClosureConflict
        When the published stays at the centre would not fit any more.
    StalePlanError
        When another version was published meanwhile; nothing is kept.
    """
    began = perf_counter()
    cells = entry_cells(entry)
    closure, faults = read_entry(CLOSURES, cells, closure_row)
    with Session(engine) as session, session.begin():
        casework_repo.bare_scenario(session)
        centre_id = cells.get("centre_id", "")
        if sound_cell(faults, "centre_id", centre_id) and not casework_repo.centre_exists(
            session, centre_id
        ):
            faults.append(
                field_fault(CLOSURES, "centre_id", "ref.unknown", centre_id, target="centres")
            )
        refuse(faults)
        assert closure is not None, "read without fault"
        if centre is not None and closure.centre_id != centre:
            raise UserError("casework.own_centre_only", centre=centre)
        version = None
        if plan_repo.published_number(session) is not None:
            published = operations_repo.published_version(session)
            broken = _broken_promises(session, published, closure)
            if broken:
                raise ClosureConflict(closure.centre_id, broken)
            version = publish_change(
                session, published, Change(), VersionOrigin.CLOSURE, actor, began
            )
        casework_repo.insert_closure(session, closure, actor)
    return ClosureOutcome(closure, version)


def _broken_promises(
    session: Session, version: PlanVersionRow, closure: Closure
) -> tuple[Stay, ...]:
    """The published stays at the closure's centre on nights it would leave over-full."""
    scenario, plan = operations_repo.load_published(session, version)
    closed = replace(scenario, closures=(*scenario.closures, closure))
    here = [s for s in plan.stays if s.centre_id == closure.centre_id]
    found = [v for v in stay_violations(closed, here, check_beds=False) if v.rule == "capacity"]
    named = {rid for v in found for rid in v.request_ids}
    return tuple(s for s in here if s.request_id in named)
