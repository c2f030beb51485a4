"""Formula injection (FORMAT.md v2, "values are never evaluated"): text beginning with ``=``,
``+``, ``-`` or ``@`` is written so that no spreadsheet runs it and read back as it was; a
workbook formula without a stored result is a located fault."""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from scheduler.domain.faults import ScenarioError
from scheduler.domain.model import Decision, Plan, Reason, Scenario, Stay
from scheduler.io.fault_text import format_fault
from scheduler.io.formula_guard import guard, unguard
from scheduler.io.plan_csv import read_plan_file, write_plan_csv
from scheduler.io.plan_xlsx import write_plan_xlsx
from scheduler.io.scenario_reader import read_scenario, read_scenario_upload
from scheduler.io.scenario_writer import (
    scenario_workbook,
    write_scenario,
    write_scenario_xlsx,
)

VALID = Path(__file__).parents[1] / "data" / "valid"
HOSTILE = ["=R1", "+P2", "-C3", "@SUM(A1)", '=HYPERLINK("http://x")']


@given(st.text())
def test_guard_is_undone_by_unguard(text: str) -> None:
    assert unguard(guard(text)) == text


@pytest.mark.parametrize("text", [*HOSTILE, "'=R1", "''+x", "\tx", "\rx"])
def test_a_guarded_text_begins_with_a_quote(text: str) -> None:
    assert guard(text) == "'" + text


@pytest.mark.parametrize("text", ["R1", "'quoted'", "O'Brien", "2027-01-01", "14", ""])
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert guard(text) == text and unguard(text) == text


def hostile_scenario() -> Scenario:
    """The valid scenario with ids and names that a spreadsheet would run."""
    scenario = read_scenario(VALID)
    rename = {"R1": "=R1", "R2": "-R2", "R3": "@R3", "P1": "+P1", "C1": "=C1"}

    def new(value: str | None) -> str | None:
        return None if value is None else rename.get(value, value)

    return dataclasses.replace(
        scenario,
        centres=tuple(
            dataclasses.replace(c, centre_id=str(new(c.centre_id)), name="=cmd|' /C calc'!A0")
            for c in scenario.centres
        ),
        closures=tuple(
            dataclasses.replace(c, centre_id=str(new(c.centre_id))) for c in scenario.closures
        ),
        persons=tuple(
            dataclasses.replace(p, person_id=str(new(p.person_id)), name="@SUM(1+1)")
            for p in scenario.persons
        ),
        requests=tuple(
            dataclasses.replace(
                r,
                request_id=str(new(r.request_id)),
                person_id=str(new(r.person_id)),
                preferred_centre=new(r.preferred_centre),
            )
            for r in scenario.requests
        ),
        bookings=tuple(
            dataclasses.replace(
                b, request_id=str(new(b.request_id)), centre_id=str(new(b.centre_id))
            )
            for b in scenario.bookings
        ),
    )


def hostile_plan() -> Plan:
    stay = Stay("=R1", "=C1", 1, date(2027, 6, 7), date(2027, 6, 14))
    return Plan(
        (
            Decision("=R1", "+P1", stay=stay),
            Decision("-R2", "@P2", reason=Reason.CAPACITY),
            Decision("'=R3", "P3", reason=Reason.CAPACITY),
        )
    )


def test_plan_csv_writes_hostile_ids_quoted_and_reads_them_back(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    write_plan_csv(hostile_plan(), path)

    text = path.read_text(encoding="utf-8")
    assert '"\'=R1","\'+P1",granted,"\'=C1",1,' in text
    assert '"\'-R2","\'@P2",rejected' in text
    assert "\"''=R3\",P3" in text
    assert not re.search(r"(^|,)[=+\-@]", text, flags=re.MULTILINE)
    assert read_plan_file(path).plan == hostile_plan()


def _formula_cells(book: openpyxl.Workbook) -> list[str]:
    return [
        f"{sheet.title}!{cell.coordinate}"
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.data_type == "f"
    ]


def _hostile_cells(book: openpyxl.Workbook) -> list[openpyxl.cell.cell.Cell]:
    return [
        cell
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@"))
    ]


def test_plan_workbook_holds_hostile_ids_as_text(tmp_path: Path) -> None:
    scenario = hostile_scenario()
    path = tmp_path / "plan.xlsx"
    write_plan_xlsx(scenario, hostile_plan(), path)

    book = openpyxl.load_workbook(path)
    assert _formula_cells(book) == []
    cells = _hostile_cells(book)
    # the workbook names a centre by its name
    assert {"=R1", "+P1", "=cmd|' /C calc'!A0", "-R2", "@P2"} <= {cell.value for cell in cells}
    assert all(cell.data_type == "s" and cell.quotePrefix for cell in cells)


def test_scenario_workbook_holds_hostile_text_as_text_and_reads_back(tmp_path: Path) -> None:
    scenario = hostile_scenario()
    path = tmp_path / "s.xlsx"
    write_scenario_xlsx(scenario, path, "haderslev")

    book = openpyxl.load_workbook(path)
    assert _formula_cells(book) == []
    cells = _hostile_cells(book)
    assert {"+P1", "-R2", "@R3", "@SUM(1+1)"} <= {cell.value for cell in cells}
    assert all(cell.data_type == "s" and cell.quotePrefix for cell in cells)
    assert read_scenario(path) == scenario


def test_scenario_csv_guards_hostile_text_and_reads_back(tmp_path: Path) -> None:
    scenario = hostile_scenario()
    write_scenario(scenario, tmp_path / "s", "haderslev")

    for path in (tmp_path / "s").glob("*.csv"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"(^|,)[=+\-@]", text, flags=re.MULTILINE), path.name
    assert '"\'@SUM(1+1)"' in (tmp_path / "s" / "persons.csv").read_text(encoding="utf-8")
    assert read_scenario(tmp_path / "s") == scenario


def test_a_hand_written_guard_in_a_scenario_csv_is_taken_away(tmp_path: Path) -> None:
    folder = Path(shutil.copytree(VALID, tmp_path / "s"))
    for name in ("requests.csv", "bookings.csv"):
        path = folder / name
        path.write_text(
            path.read_text(encoding="utf-8").replace("\nR1,", "\n'=R1,"), encoding="utf-8"
        )

    ids = [request.request_id for request in read_scenario(folder).requests]

    assert ids[0] == "=R1"


def _workbook_with(cells: dict[str, tuple[str, str, object]]) -> bytes:
    """The valid scenario as a workbook where ``cells`` maps a label to (sheet, coordinate,
    value); a value beginning with ``=`` becomes a formula cell (openpyxl stores no result)."""
    book = scenario_workbook(read_scenario(VALID), "haderslev")
    for sheet, coordinate, value in cells.values():
        book[sheet][coordinate] = value
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_formula_without_a_stored_result_is_a_located_fault() -> None:
    data = _workbook_with(
        {
            "name": ("persons", "B3", '=CONCAT("Test","borger")'),
            "date": ("requests", "D4", "=DATE(2027,2,1)"),
        }
    )

    with pytest.raises(ScenarioError) as raised:
        read_scenario_upload("s.xlsx", data)

    lines = [format_fault(fault, "en") for fault in raised.value.faults]
    assert lines == [
        'persons, row 3, column name: the cell holds the formula =CONCAT("Test","borger") but'
        " no stored result; open and save the workbook in Excel, or type the value in",
        "requests, row 4, column start: the cell holds the formula =DATE(2027,2,1) but no"
        " stored result; open and save the workbook in Excel, or type the value in",
    ]


def _with_stored_result(data: bytes, sheet_xml: str, coordinate: str, result: str) -> bytes:
    """``data`` with the formula cell at ``coordinate`` given a stored (cached) result, as
    Excel saves it."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == sheet_xml:
                text = content.decode("utf-8")
                text = re.sub(
                    rf'<c r="{coordinate}"([^>]*)><f>(.*?)</f>(<v>\s*</v>|<v/>|<v />)?</c>',
                    rf'<c r="{coordinate}"\1 t="str"><f>\2</f><v>{result}</v></c>',
                    text,
                )
                content = text.encode("utf-8")
            target.writestr(info, content)
    return buffer.getvalue()


def test_a_formula_with_a_stored_result_is_read_by_its_result() -> None:
    data = _workbook_with({"name": ("persons", "B3", '=CONCAT("Test","borger")')})
    book = openpyxl.load_workbook(io.BytesIO(data))
    index = book.sheetnames.index("persons") + 1
    data = _with_stored_result(data, f"xl/worksheets/sheet{index}.xml", "B3", "Beregnet Navn")

    scenario = read_scenario_upload("s.xlsx", data)

    assert scenario.persons[1].name == "Beregnet Navn"
