"""``plan.csv`` (FORMAT.md, "The plan"): one row per request, granted with its stay or rejected
with its reason.

Written whole or not at all, with text a spreadsheet could run guarded (``'=R1``); read back
with that guard taken away, each cell held to the bounds of the scenario's cells.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from scheduler.domain.faults import Fault, ScenarioError
from scheduler.domain.model import Decision, Plan, Reason, Stay
from scheduler.io.atomic import write_text_atomically
from scheduler.io.bounds import MAX_STAY_NIGHTS, ROW_LIMITS
from scheduler.io.result_rows import read_result_rows, result_csv_text
from scheduler.io.scenario_cells import Cells
from scheduler.io.scenario_tables import (
    Row,
)

PLAN_COLUMNS = (
    "request_id",
    "person_id",
    "status",
    "centre_id",
    "bed",
    "start",
    "end",
    "nights",
    "reason",
)


def plan_rows(plan: Plan) -> list[dict[str, str]]:
    """The plan as text rows with FORMAT.md's columns."""
    rows = []
    for decision in plan.decisions:
        stay = decision.stay
        rows.append(
            {
                "request_id": decision.request_id,
                "person_id": decision.person_id,
                "status": decision.status.value,
                "centre_id": stay.centre_id if stay else "",
                "bed": str(stay.bed) if stay else "",
                "start": stay.start.isoformat() if stay else "",
                "end": stay.end.isoformat() if stay else "",
                "nights": str(stay.nights) if stay else "",
                "reason": decision.reason.value if decision.reason else "",
            }
        )
    return rows


def plan_to_csv_text(plan: Plan) -> str:
    """The plan as CSV text: a header and one line per decision, text guarded."""
    return result_csv_text(PLAN_COLUMNS, plan_rows(plan))


def write_plan_csv(plan: Plan, path: Path) -> None:
    """Write the plan; the file appears whole or not at all (``scheduler.io.atomic``).

    Raises
    ------
    OSError
        When it cannot be written; its ``filename`` is ``path``.
    """
    text = plan_to_csv_text(plan)
    write_text_atomically(path, text)


@dataclass(frozen=True)
class PlanFile:
    """A ``plan.csv`` as read: the decisions of its good rows and the faults of the others.

    ``plan`` is ``None`` when the header lacks a column, so that no row can be read.
    ``unread`` names the requests of rows left out for a fault: they are in the file, so they
    are not missing from it.
    """

    plan: Plan | None
    faults: tuple[Fault, ...] = ()
    unread: frozenset[str] = frozenset()


def read_plan_csv(path: Path) -> Plan:
    """Read a ``plan.csv``; raises ``ScenarioError`` listing every malformed cell."""
    plan_file = read_plan_file(path)
    if plan_file.faults or plan_file.plan is None:
        raise ScenarioError(plan_file.faults)
    return plan_file.plan


def read_plan_file(path: Path) -> PlanFile:
    """Read a ``plan.csv``, keeping every row that can be read and a fault for each flaw.

    Rows are numbered as a spreadsheet numbers them (the header is row 1; blank rows count).

    Raises
    ------
    ScenarioError
        Only when the file cannot be read at all (missing, not UTF-8, not CSV).
    """
    read = read_result_rows(path, PLAN_COLUMNS, ROW_LIMITS["requests"], "request_id", _decision)
    plan = None if read.items is None else Plan(read.items)
    return PlanFile(plan, read.faults, read.unread)


def _decision(file: str, row: Row, faults: list[Fault]) -> Decision | None:
    """The row's decision; ``None`` when its request, person, status, reason or stay cannot
    be read. Ids, beds and dates are held to the bounds of a scenario's cells."""
    cells = Cells(file, row, faults)
    request_id = cells.text("request_id")
    person_id = cells.optional_text("person_id")
    if cells.failed:
        return None
    status = row.get("status")
    if status == "rejected":
        if row.get("nights"):
            cells.fault("nights", "plan.nights_on_rejected")
        if not row.get("reason"):
            cells.fault("reason", "value.missing")
            return None
        try:
            reason = Reason(row.get("reason"))
        except ValueError:
            cells.fault("reason", "plan.bad_reason")
            return None
        return Decision(request_id, person_id, None, reason)
    if status != "granted":
        cells.fault("status", "value.missing" if not status else "plan.bad_status")
        return None
    bed, start, end = cells.count("bed"), cells.date("start"), cells.date("end")
    centre_id = cells.text("centre_id")
    if row.get("reason"):
        cells.fault("reason", "plan.reason_on_granted")
    if not cells.failed & {"start", "end"} and (end - start).days > MAX_STAY_NIGHTS:
        nights = (end - start).days
        cells.fault("end", "value.period_too_long", nights=nights, most=MAX_STAY_NIGHTS)
    if cells.failed & {"bed", "start", "end", "centre_id"}:
        return None
    stay = Stay(request_id, centre_id, bed, start, end)
    if row.get("nights") != str(stay.nights):
        cells.fault("nights", "plan.bad_nights")
    return Decision(request_id, person_id, stay, None)
