"""``day_plan.csv`` (docs/scenario-format.md, "The day plan"): one row per day-centre wish,
granted with its place, waiting with its number in the queue, or refused with its reason.

``respite solve`` writes it beside ``plan.csv`` when the scenario has day-centre wishes, and
``respite check`` reads it from there. Written whole or not at all, text guarded as in
``plan.csv``; read back with every flaw of a row as a located fault.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from scheduler.domain.daycare import (
    DayDecision,
    DayPlace,
    DayPlan,
    DayReason,
    DayStatus,
    weekdays_text,
)
from scheduler.domain.faults import Fault, ScenarioError
from scheduler.io.atomic import write_text_atomically
from scheduler.io.bounds import ROW_LIMITS
from scheduler.io.result_rows import read_result_rows, result_csv_text
from scheduler.io.scenario_cells import Cells
from scheduler.io.scenario_tables import Row
from scheduler.io.services_reader import parse_weekdays

DAY_PLAN_FILE = "day_plan.csv"
"""The day plan's name, beside ``plan.csv``."""

DAY_PLAN_COLUMNS = (
    "wish_id",
    "person_id",
    "status",
    "centre_id",
    "weekdays",
    "start",
    "queue",
    "reason",
)


def day_plan_path(plan_path: Path) -> Path:
    """Where the day plan of ``plan_path`` lies: beside it, named ``day_plan.csv``."""
    return plan_path.parent / DAY_PLAN_FILE


def day_plan_rows(plan: DayPlan) -> list[dict[str, str]]:
    """The day plan as text rows with its columns."""
    rows = []
    for decision in plan.decisions:
        place = decision.place
        rows.append(
            {
                "wish_id": decision.wish_id,
                "person_id": decision.person_id,
                "status": decision.status.value,
                "centre_id": place.centre_id if place else "",
                "weekdays": weekdays_text(place.weekdays) if place else "",
                "start": place.start.isoformat() if place else "",
                "queue": "" if decision.queue is None else str(decision.queue),
                "reason": decision.reason.value if decision.reason else "",
            }
        )
    return rows


def day_plan_to_csv_text(plan: DayPlan) -> str:
    return result_csv_text(DAY_PLAN_COLUMNS, day_plan_rows(plan))


def write_day_plan_csv(plan: DayPlan, path: Path) -> None:
    """Write the day plan; the file appears whole or not at all.

    Raises
    ------
    OSError
        When it cannot be written; its ``filename`` is ``path``.
    """
    text = day_plan_to_csv_text(plan)
    write_text_atomically(path, text)


@dataclass(frozen=True)
class DayPlanFile:
    """A ``day_plan.csv`` as read: the decisions of its good rows and the faults of the others
    (``plan`` is ``None`` when a column is missing); ``unread`` the wishes of rows left out."""

    plan: DayPlan | None
    faults: tuple[Fault, ...] = ()
    unread: frozenset[str] = frozenset()


def read_day_plan_csv(path: Path) -> DayPlan:
    """Read a ``day_plan.csv``; raises ``ScenarioError`` listing every flaw."""
    plan_file = read_day_plan_file(path)
    if plan_file.faults or plan_file.plan is None:
        raise ScenarioError(plan_file.faults)
    return plan_file.plan


def read_day_plan_file(path: Path) -> DayPlanFile:
    """Read a ``day_plan.csv``, keeping every row that can be read and a fault for each flaw.

    Raises
    ------
    ScenarioError
        Only when the file cannot be read at all (missing, not UTF-8, not CSV).
    """
    read = read_result_rows(
        path, DAY_PLAN_COLUMNS, ROW_LIMITS["day_centre_wishes"], "wish_id", _decision
    )
    plan = None if read.items is None else DayPlan(read.items)
    return DayPlanFile(plan, read.faults, read.unread)


def _decision(file: str, row: Row, faults: list[Fault]) -> DayDecision | None:
    """The row's decision; ``None`` when it cannot be read."""
    cells = Cells(file, row, faults)
    wish_id = cells.text("wish_id")
    person_id = cells.optional_text("person_id")
    if cells.failed:
        return None
    try:
        status = DayStatus(row.get("status"))
    except ValueError:
        cells.fault("status", "value.missing" if not row.get("status") else "day_plan.bad_status")
        return None
    queue = cells.optional_count("queue")
    if status is DayStatus.GRANTED:
        return _granted(cells, wish_id, person_id, queue)
    if queue is not None and status is DayStatus.REFUSED:
        cells.fault("queue", "day_plan.queue_not_waiting")
    text = row.get("reason")
    reason: DayReason | None
    if not text:
        reason = DayReason.CAPACITY if status is DayStatus.WAITING else None
        if reason is None:
            cells.fault("reason", "value.missing")
    else:
        try:
            reason = DayReason(text)
        except ValueError:
            cells.fault("reason", "day_plan.bad_reason")
            reason = None
    if reason is not None and (status is DayStatus.WAITING) != (reason is DayReason.CAPACITY):
        code = (
            "day_plan.waiting_reason"
            if status is DayStatus.WAITING
            else "day_plan.refused_capacity"
        )
        cells.fault("reason", code)
    if cells.failed or reason is None:
        return None
    return DayDecision(wish_id, person_id, reason=reason, queue=queue)


def _granted(cells: Cells, wish_id: str, person_id: str, queue: int | None) -> DayDecision | None:
    centre_id = cells.text("centre_id")
    weekdays = parse_weekdays(cells, "weekdays", required=True)
    start = cells.date("start")
    if cells.row.get("reason"):
        cells.fault("reason", "day_plan.reason_on_granted")
    if queue is not None:
        cells.fault("queue", "day_plan.queue_not_waiting")
    if cells.failed:
        return None
    return DayDecision(wish_id, person_id, place=DayPlace(wish_id, centre_id, weekdays, start))
