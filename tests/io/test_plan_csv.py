"""``plan.csv`` read back (FORMAT.md, "The plan"): every flaw of a row is a located fault."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from scheduler.domain.faults import Fault
from scheduler.domain.model import Decision, Plan, Reason, Stay
from scheduler.io.plan_csv import read_plan_file, write_plan_csv

HEADER = "request_id,person_id,status,centre_id,bed,start,end,nights,reason\n"

Located = tuple[int | None, str | None, str]
"""A fault's row, column and code."""


def _read(tmp_path: Path, body: str) -> tuple[Plan | None, list[Located]]:
    path = tmp_path / "plan.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    plan_file = read_plan_file(path)
    return plan_file.plan, [(f.row, f.column, f.code) for f in plan_file.faults]


def test_a_written_plan_reads_back_without_faults(tmp_path: Path) -> None:
    stay = Stay("R1", "C1", 1, date(2027, 3, 1), date(2027, 3, 5))
    plan = Plan((Decision("R1", "P1", stay=stay), Decision("R2", "P2", reason=Reason.CAPACITY)))
    write_plan_csv(plan, tmp_path / "plan.csv")
    assert read_plan_file(tmp_path / "plan.csv").plan == plan
    assert read_plan_file(tmp_path / "plan.csv").faults == ()


def test_nights_must_be_empty_for_a_rejected_request(tmp_path: Path) -> None:
    plan, faults = _read(tmp_path, "R2,P2,rejected,,,,,4,capacity\n")
    assert faults == [(2, "nights", "plan.nights_on_rejected")]
    assert plan is not None and plan.decisions[0].reason is Reason.CAPACITY


def test_rows_are_numbered_as_a_spreadsheet_numbers_them(tmp_path: Path) -> None:
    """A blank line still counts as a row, as it does in Excel."""
    _, faults = _read(tmp_path, "R1,P1,rejected,,,,,,capacity\n\nR2,P2,rejected,,,,,,nonsense\n")
    assert faults == [(4, "reason", "plan.bad_reason")]


def test_a_cell_outside_the_columns_is_a_fault(tmp_path: Path) -> None:
    _, faults = _read(tmp_path, "R2,P2,rejected,,,,,,capacity,extra\n")
    assert faults == [(2, None, "value.extra_cell")]


def test_every_flaw_of_a_granted_row_is_reported(tmp_path: Path) -> None:
    plan, faults = _read(
        tmp_path,
        "R1,P1,granted,,x,2027-03-01,2027-03-05,4,capacity\n"
        "R2,P2,granted,C1,1,2027-03-01,2027-03-05,3,\n",
    )
    assert faults == [
        (2, "bed", "value.bad_int"),
        (2, "centre_id", "value.missing"),
        (2, "reason", "plan.reason_on_granted"),
        (3, "nights", "plan.bad_nights"),
    ]
    assert plan is not None and [d.request_id for d in plan.decisions] == ["R2"]


def test_rows_left_out_name_their_request(tmp_path: Path) -> None:
    """A row that cannot be read is still in the file: its request is not missing from it."""
    path = tmp_path / "plan.csv"
    path.write_text(HEADER + "R1,P1,maybe,,,,,,\nR2,P2,rejected,,,,,,\n", encoding="utf-8")
    plan_file = read_plan_file(path)
    assert plan_file.unread == {"R1", "R2"}
    assert plan_file.faults == (
        Fault("plan.csv", "plan.bad_status", 2, "status", "maybe"),
        Fault("plan.csv", "value.missing", 3, "reason", ""),
    )


def test_a_missing_column_leaves_no_plan(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text("request_id,person_id,status\nR1,P1,rejected\n", encoding="utf-8")
    plan_file = read_plan_file(path)
    assert plan_file.plan is None
    assert {f.column for f in plan_file.faults} == {
        "centre_id",
        "bed",
        "start",
        "end",
        "nights",
        "reason",
    }
