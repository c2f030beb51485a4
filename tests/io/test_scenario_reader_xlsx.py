"""Reading a scenario from a workbook and from uploads (workbook or zip as bytes).

The workbooks are built here with openpyxl from ``tests/data/valid`` (no binary is kept in the
repository), with cells typed the way Excel delivers them: dates as datetimes, numbers as
floats, yes/no as booleans.
"""

from __future__ import annotations

import csv
import io
import tomllib
import zipfile
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from scheduler.domain.faults import ScenarioError
from scheduler.io.fault_text import format_fault
from scheduler.io.scenario_reader import read_scenario, read_scenario_upload
from scheduler.io.scenario_tables import cell_text
from scheduler.io.values import parse_bool, parse_date, parse_int

VALID = Path(__file__).parents[1] / "data" / "valid"

Sheets = dict[str, list[list[object]]]


def excel_cell(text: str) -> object:
    """A CSV cell as Excel would hold it: a datetime, a float, a boolean or text."""
    readers: list[Callable[[str], object]] = [
        lambda cell: datetime.combine(parse_date(cell), time()),
        lambda cell: float(parse_int(cell)),
        parse_bool,
    ]
    for read in readers:
        try:
            return read(text)
        except ValueError:
            continue
    return text or None


def valid_sheets(typed: bool = True) -> Sheets:
    """The valid scenario as sheets: one per CSV file plus the ``scenario`` sheet."""
    convert: Callable[[str], object] = excel_cell if typed else str
    sheets: Sheets = {}
    for path in sorted(VALID.glob("*.csv")):
        records = csv.reader(io.StringIO(path.read_text(encoding="utf-8")))
        header, *rows = list(records)
        sheets[path.stem] = [[*header], *([convert(cell) for cell in row] for row in rows)]
    settings = tomllib.loads((VALID / "scenario.toml").read_text(encoding="utf-8"))
    sheets["scenario"] = [["key", "value"]]
    for key, value in settings.items():
        excel = typed and isinstance(value, date)
        sheets["scenario"].append([key, datetime.combine(value, time()) if excel else str(value)])
    return sheets


def workbook_bytes(sheets: Sheets) -> bytes:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def upload_faults(name: str, data: bytes, lang: str = "da") -> list[str]:
    with pytest.raises(ScenarioError) as raised:
        read_scenario_upload(name, data)
    return [format_fault(fault, lang) for fault in raised.value.faults]


def set_cell(sheets: Sheets, sheet: str, row: int, column: str, value: object) -> None:
    """Set a cell by spreadsheet row number (the header is row 1) and column name."""
    sheets[sheet][row - 1][sheets[sheet][0].index(column)] = value


@pytest.mark.parametrize("typed", [True, False])
def test_workbook_gives_the_same_scenario_as_the_folder(tmp_path: Path, typed: bool) -> None:
    path = tmp_path / "sommer.xlsx"
    path.write_bytes(workbook_bytes(valid_sheets(typed)))

    assert read_scenario(path) == read_scenario(VALID)


def test_workbook_upload_gives_the_same_scenario_as_the_folder() -> None:
    data = workbook_bytes(valid_sheets())

    assert read_scenario_upload("Sommer.XLSX", data) == read_scenario(VALID)


def test_workbook_rule_overrides_are_text_lists_and_numbers() -> None:
    sheets = valid_sheets()
    sheets["scenario"] += [["rules.max_stay_nights", 7.0], ["rules.arrival_weekdays", "1, 4"]]
    sheets["scenario"] += [["rules.require_consent", False]]

    rules = read_scenario_upload("s.xlsx", workbook_bytes(sheets)).rules

    assert (rules.max_stay_nights, rules.arrival_weekdays, rules.require_consent) == (
        7,
        frozenset({1, 4}),
        False,
    )


def test_workbook_rule_override_left_empty_keeps_the_profiles_value() -> None:
    """An empty cell means the default (FORMAT.md): here the profile's value, not a fault."""
    sheets = valid_sheets()
    sheets["scenario"] += [["rules.max_stay_nights", None], ["rules.summer_deadline", ""]]

    scenario = read_scenario_upload("s.xlsx", workbook_bytes(sheets))

    assert scenario == read_scenario(VALID)


def test_workbook_unknown_rule_is_reported_even_when_empty() -> None:
    sheets = valid_sheets()
    sheets["scenario"] += [["rules.colour", None], ["max_stay_nights", None]]

    assert upload_faults("s.xlsx", workbook_bytes(sheets), "en") == [
        "scenario, row 5, key rules.colour: unknown rule",
        "scenario, row 6, key max_stay_nights: unknown setting; known ones are profile,"
        " horizon_start, horizon_end and rules.<rule>",
    ]


def test_workbook_faults_name_sheet_row_and_key() -> None:
    sheets = valid_sheets()
    sheets["scenario"] += [["rules.max_stay_nights", "lang"], ["colour", "blå"]]
    set_cell(sheets, "requests", 4, "start", datetime(2027, 2, 1, 12, 30))
    set_cell(sheets, "persons", 3, "annual_nights", 28.5)

    assert upload_faults("s.xlsx", workbook_bytes(sheets)) == [
        'scenario, række 5, nøgle rules.max_stay_nights: "lang" er ikke et helt tal på 1 eller'
        " mere",
        "scenario, række 6, nøgle colour: ukendt indstilling; kendte er profile, horizon_start,"
        " horizon_end og rules.<regel>",
        'persons, række 3, kolonne annual_nights: "28.5" er ikke et helt tal',
        'requests, række 4, kolonne start: "2027-02-01 12:30:00" er ikke en dato (ÅÅÅÅ-MM-DD)',
    ]


def test_workbook_references_name_the_sheet() -> None:
    sheets = valid_sheets()
    set_cell(sheets, "requests", 3, "person_id", "P9")

    assert upload_faults("s.xlsx", workbook_bytes(sheets), "en") == [
        'requests, row 3, column person_id: "P9" does not exist in persons',
    ]


def test_missing_sheets_are_reported() -> None:
    sheets = valid_sheets()
    del sheets["requests"], sheets["scenario"], sheets["closures"]

    assert upload_faults("s.xlsx", workbook_bytes(sheets)) == [
        "scenario: arket mangler i projektmappen",
        "requests: arket mangler i projektmappen",
    ]


def test_settings_sheet_without_header_and_repeated_key() -> None:
    sheets = valid_sheets()
    sheets["scenario"] = [*sheets["scenario"][1:], ["profile", "randers"]]

    assert upload_faults("s.xlsx", workbook_bytes(sheets)) == [
        "scenario, række 4, nøgle profile: indstillingen står allerede i række 1",
    ]


def test_damaged_workbook_and_unknown_upload_kind() -> None:
    assert upload_faults("s.xlsx", b"not a workbook") == ["s.xlsx: filen kan ikke læses"]
    assert upload_faults("s.ods", b"") == [
        "s.ods: kun en Excel-projektmappe (.xlsx) eller en zip-fil med CSV-filerne kan læses"
    ]


def zip_bytes(folders: dict[str, Path]) -> bytes:
    """A zip holding each folder's files under the given prefix ("" for the top)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for prefix, folder in folders.items():
            for path in sorted(folder.iterdir()):
                archive.writestr(prefix + path.name, path.read_bytes())
    return buffer.getvalue()


@pytest.mark.parametrize("prefix", ["", "sommer-2027/"])
def test_zip_upload_at_top_or_in_one_folder(prefix: str) -> None:
    data = zip_bytes({prefix: VALID})

    assert read_scenario_upload("scenario.zip", data) == read_scenario(VALID)


def test_zip_upload_faults_and_several_scenarios() -> None:
    broken = VALID.parent / "broken" / "bad-date"

    assert upload_faults("s.zip", zip_bytes({"a/": broken})) == [
        'requests.csv, række 4, kolonne start: "2027-13-01" er ikke en dato (ÅÅÅÅ-MM-DD)',
    ]
    assert upload_faults("s.zip", zip_bytes({"a/": VALID, "b/": VALID})) == [
        "s.zip: zip-filen indeholder flere scenarier (flere scenario.toml); send ét ad gangen",
    ]
    assert upload_faults("s.zip", b"PK broken") == ["s.zip: filen kan ikke læses"]


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_whole_floats_read_as_integers(number: int) -> None:
    assert parse_int(cell_text(float(number))) == number


@given(st.dates())
def test_midnight_datetimes_read_as_dates(day: date) -> None:
    assert parse_date(cell_text(datetime.combine(day, time()))) == day
