"""``plan.csv`` (FORMAT.md, "The plan"): one row per request, granted with its stay or rejected
with its reason."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from scheduler.domain.faults import Fault, ScenarioError
from scheduler.domain.model import Decision, Plan, Reason, Stay
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


def read_plan_csv(path: Path) -> Plan:
    """Read a ``plan.csv``; raises ``ScenarioError`` listing every malformed cell."""
    file = path.name
    faults: list[Fault] = []
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        raise ScenarioError([Fault(file, "file.unreadable")]) from None
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    for column in PLAN_COLUMNS:
        if column not in header:
            faults.append(Fault(file, "column.missing", row=1, column=column))
    for column in header:
        if column not in PLAN_COLUMNS:
            faults.append(Fault(file, "column.unknown", row=1, column=column))
    if faults:
        raise ScenarioError(faults)
    decisions: list[Decision] = []
    for number, row in enumerate(reader, start=2):
        decision = _decision(file, number, row, faults)
        if decision is not None:
            decisions.append(decision)
    if faults:
        raise ScenarioError(faults)
    return Plan(tuple(decisions))


def _decision(file: str, number: int, row: dict[str, str], faults: list[Fault]) -> Decision | None:
    def cell(column: str) -> str:
        return (row.get(column) or "").strip()

    def fault(column: str, code: str) -> None:
        faults.append(Fault(file, code, row=number, column=column, value=cell(column)))

    request_id, person_id, status = cell("request_id"), cell("person_id"), cell("status")
    if not request_id:
        fault("request_id", "value.missing")
    if status == "rejected":
        try:
            reason = Reason(cell("reason"))
        except ValueError:
            fault("reason", "plan.bad_reason")
            return None
        return Decision(request_id, person_id, None, reason)
    if status != "granted":
        fault("status", "plan.bad_status")
        return None
    parsed: dict[str, object] = {}
    parsers = (
        ("bed", parse_int, "value.bad_int"),
        ("start", parse_date, "value.bad_date"),
        ("end", parse_date, "value.bad_date"),
    )
    for column, parse, code in parsers:
        try:
            parsed[column] = parse(cell(column))
        except ValueError:
            fault(column, "value.missing" if not cell(column) else code)
    if not cell("centre_id"):
        fault("centre_id", "value.missing")
    if cell("reason"):
        fault("reason", "plan.reason_on_granted")
    if len(parsed) < 3 or not cell("centre_id"):
        return None
    stay = Stay(request_id, cell("centre_id"), parsed["bed"], parsed["start"], parsed["end"])  # type: ignore[arg-type]
    if cell("nights") != str(stay.nights):
        fault("nights", "plan.bad_nights")
    return Decision(request_id, person_id, stay, None)
