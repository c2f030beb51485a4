"""``plan.csv`` (FORMAT.md, "The plan"): one row per request, granted with its stay or rejected
with its reason."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from scheduler.domain.faults import Fault, ScenarioError
from scheduler.domain.model import Decision, Plan, Reason, Stay
from scheduler.io.scenario_tables import Row, csv_records, table_from_records
from scheduler.io.values import parse_date, parse_int

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
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=PLAN_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(plan_rows(plan))
    return buffer.getvalue()


def write_plan_csv(plan: Plan, path: Path) -> None:
    """Write the plan; the file appears whole or not at all (written aside, then renamed)."""
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_text(plan_to_csv_text(plan), encoding="utf-8")
        partial.replace(path)
    except OSError as error:  # name the file the user asked for, not the one aside
        raise OSError(error.errno, error.strerror, str(path)) from error


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
    file = path.name
    try:
        records = csv_records(path.read_bytes())
    except (OSError, UnicodeDecodeError, ValueError):
        raise ScenarioError([Fault(file, "file.unreadable")]) from None
    faults: list[Fault] = []
    table = table_from_records(file, records, faults)
    if table is None:
        return PlanFile(None, tuple(faults))
    missing = [column for column in PLAN_COLUMNS if column not in table.header]
    faults += [
        Fault(file, "column.missing", row=table.header_row, column=column) for column in missing
    ]
    faults += [
        Fault(file, "column.unknown", row=table.header_row, column=column)
        for column in table.header
        if column not in PLAN_COLUMNS
    ]
    if missing:
        return PlanFile(None, tuple(faults))
    decisions: list[Decision] = []
    unread: set[str] = set()
    for row in table.rows:
        decision = _decision(file, row, faults)
        if decision is not None:
            decisions.append(decision)
        elif row.get("request_id"):
            unread.add(row.get("request_id"))
    return PlanFile(Plan(tuple(decisions)), tuple(faults), frozenset(unread))


def _decision(file: str, row: Row, faults: list[Fault]) -> Decision | None:
    """The row's decision; ``None`` when its request, status or reason cannot be read."""

    def fault(column: str, code: str) -> None:
        faults.append(Fault(file, code, row=row.number, column=column, value=row.get(column)))

    request_id, person_id, status = row.get("request_id"), row.get("person_id"), row.get("status")
    if not request_id:
        fault("request_id", "value.missing")
        return None
    if status == "rejected":
        if row.get("nights"):
            fault("nights", "plan.nights_on_rejected")
        if not row.get("reason"):
            fault("reason", "value.missing")
            return None
        try:
            reason = Reason(row.get("reason"))
        except ValueError:
            fault("reason", "plan.bad_reason")
            return None
        return Decision(request_id, person_id, None, reason)
    if status != "granted":
        fault("status", "value.missing" if not status else "plan.bad_status")
        return None
    parsed: dict[str, object] = {}
    parsers = (
        ("bed", parse_int, "value.bad_int"),
        ("start", parse_date, "value.bad_date"),
        ("end", parse_date, "value.bad_date"),
    )
    for column, parse, code in parsers:
        try:
            parsed[column] = parse(row.get(column))
        except ValueError:
            fault(column, "value.missing" if not row.get(column) else code)
    centre_id = row.get("centre_id")
    if not centre_id:
        fault("centre_id", "value.missing")
    if row.get("reason"):
        fault("reason", "plan.reason_on_granted")
    if len(parsed) < 3 or not centre_id:
        return None
    stay = Stay(request_id, centre_id, parsed["bed"], parsed["start"], parsed["end"])  # type: ignore[arg-type]
    if row.get("nights") != str(stay.nights):
        fault("nights", "plan.bad_nights")
    return Decision(request_id, person_id, stay, None)
