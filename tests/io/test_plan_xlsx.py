"""The plan workbook read back with openpyxl: Danish headers, rows (centres by name) and
occupancy."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from scheduler.domain.model import Decision, Plan, Reason, Stay
from scheduler.io.plan_xlsx import write_plan_xlsx
from scheduler.io.scenario_reader import read_scenario

VALID = Path(__file__).resolve().parents[1] / "data" / "valid"


def test_workbook_rows(tmp_path: Path) -> None:
    scenario = read_scenario(VALID)
    first, second = scenario.requests[0], scenario.requests[1]
    stay = Stay(first.request_id, "C1", 1, date(2027, 7, 1), date(2027, 7, 3))
    plan = Plan(
        (
            Decision(first.request_id, first.person_id, stay=stay),
            Decision(second.request_id, second.person_id, reason=Reason.CAPACITY),
        )
    )
    out = tmp_path / "plan.xlsx"
    write_plan_xlsx(scenario, plan, out)
    book = load_workbook(out)
    assert book.sheetnames == ["Plan", "Belægning", "Afviste"]
    rows = list(book["Plan"].values)
    assert rows[0][:3] == ("Ønske", "Borger", "Status")
    centre = scenario.centre_by_id["C1"]
    assert rows[1][2] == "Bevilget" and rows[1][3] == centre.name and rows[1][7] == 2
    assert rows[2][2] == "Afvist" and rows[2][8] == "Ingen ledig plads i perioden"
    occupied = {
        (row[0], row[1].date()): (row[2], row[3]) for row in list(book["Belægning"].values)[1:]
    }
    assert occupied[centre.name, date(2027, 7, 1)][1] == 1
    assert occupied[centre.name, date(2027, 7, 3)][1] == 0
    # one bed closed in July
    assert occupied[centre.name, date(2027, 7, 1)][0] == centre.beds - 1
    assert [row[0] for row in list(book["Afviste"].values)[1:]] == [second.request_id]
