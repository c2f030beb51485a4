"""Every value has a bound (docs/scenario-format.md, "Bounds"): one beyond it is a located
fault, one at it is read; the docs' table states exactly the bounds the reader keeps."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from scheduler.domain.faults import Fault, ScenarioError
from scheduler.io import bounds
from scheduler.io.fault_text import format_fault
from scheduler.io.scenario_reader import read_scenario

VALID = Path(__file__).parents[1] / "data" / "valid"
DOCS = Path(__file__).parents[2] / "docs" / "scenario-format.md"

Located = tuple[str, int | None, str | None, str]


def edited(tmp_path: Path, file: str, row: int, column: str, value: str) -> Path:
    """A copy of the valid scenario with one cell replaced (row as a spreadsheet numbers it)."""
    folder = Path(shutil.copytree(VALID, tmp_path / "s"))
    path = folder / file
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    cells = lines[row - 1].split(",")
    cells[header.index(column)] = value
    lines[row - 1] = ",".join(cells)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def located(folder: Path) -> list[Located]:
    with pytest.raises(ScenarioError) as raised:
        read_scenario(folder)
    return [(f.file, f.row, f.column, f.code) for f in raised.value.faults]


def faults(folder: Path) -> tuple[Fault, ...]:
    with pytest.raises(ScenarioError) as raised:
        read_scenario(folder)
    return raised.value.faults


BEYOND = [
    ("centres.csv", 3, "centre_id", "C" * 65, "value.too_long"),
    ("centres.csv", 2, "name", "N" * 201, "value.too_long"),
    ("centres.csv", 2, "kind", "k" * 65, "value.too_long"),
    ("centres.csv", 2, "tags", "t;" * 250 + "x", "value.too_long"),
    ("centres.csv", 2, "beds", "1001", "value.too_large"),
    ("centres.csv", 2, "beds", "1000000000", "value.too_large"),
    ("persons.csv", 4, "person_id", "P" * 65, "value.too_long"),
    ("persons.csv", 2, "name", "N" * 201, "value.too_long"),
    ("persons.csv", 2, "needs", "n" * 501, "value.too_long"),
    ("persons.csv", 3, "annual_nights", "3661", "value.too_large"),
    ("persons.csv", 3, "used_nights", "3661", "value.too_large"),
    ("persons.csv", 3, "used_nights", "1000000000000", "value.too_large"),
    ("requests.csv", 4, "request_id", "R" * 65, "value.too_long"),
    ("requests.csv", 2, "flex_days", "367", "value.too_large"),
    ("requests.csv", 2, "priority", "1000001", "value.too_large"),
    ("requests.csv", 2, "priority", "100000000000000000000", "value.too_large"),
    ("requests.csv", 2, "received", "1999-12-31", "value.date_out_of_range"),
    ("requests.csv", 2, "end", "9999-06-14", "value.date_out_of_range"),
    ("requests.csv", 2, "end", "2028-06-08", "value.period_too_long"),
    ("requests.csv", 2, "preferred_centre", "C" * 65, "value.too_long"),
    ("closures.csv", 2, "beds_closed", "1001", "value.too_large"),
    ("closures.csv", 2, "end", "2031-01-01", "value.period_too_long"),
    ("bookings.csv", 2, "bed", "1001", "value.too_large"),
    ("bookings.csv", 2, "start", "2101-01-01", "value.date_out_of_range"),
]


@pytest.mark.parametrize(("file", "row", "column", "value", "code"), BEYOND)
def test_a_value_beyond_its_bound_is_a_located_fault(
    tmp_path: Path, file: str, row: int, column: str, value: str, code: str
) -> None:
    assert (file, row, column, code) in located(edited(tmp_path, file, row, column, value))


def test_v2_person_columns_have_bounds(tmp_path: Path) -> None:
    folder = Path(shutil.copytree(VALID, tmp_path / "s"))
    persons = folder / "persons.csv"
    persons.write_text(
        "person_id,name,annual_nights,used_stays,grant_start,carer_name\n"
        f"P1,A,42,1001,2101-01-01,{'C' * 201}\nP2,B,42,0,,\nP3,C,42,0,,\n",
        encoding="utf-8",
    )
    assert located(folder) == [
        ("persons.csv", 2, "used_stays", "value.too_large"),
        ("persons.csv", 2, "grant_start", "value.date_out_of_range"),
        ("persons.csv", 2, "carer_name", "value.too_long"),
    ]


@pytest.mark.parametrize(
    ("file", "column", "text"),
    [
        ("persons.csv", "name", "Test\x00borger"),
        ("centres.csv", "name", "Sol\x07sikken"),
        ("centres.csv", "tags", "demens;\x1blift"),
    ],
)
def test_a_control_character_in_any_text_is_a_fault(
    tmp_path: Path, file: str, column: str, text: str
) -> None:
    (fault,) = faults(edited(tmp_path, file, 2, column, text))
    assert (fault.file, fault.row, fault.column, fault.code) == (
        file,
        2,
        column,
        "value.control_character",
    )
    assert "\x00" not in format_fault(fault) and "<U+00" in format_fault(fault)


def test_the_messages_name_the_bound(tmp_path: Path) -> None:
    (beds,) = faults(edited(tmp_path, "centres.csv", 2, "beds", "1000000000"))
    assert format_fault(beds, "en") == (
        'centres.csv, row 2, column beds: "1000000000" is too large; at most 1000'
    )
    assert format_fault(beds, "da") == (
        'centres.csv, række 2, kolonne beds: "1000000000" er for stort; højst 1000'
    )
    shutil.rmtree(tmp_path / "s")
    (end,) = faults(edited(tmp_path, "requests.csv", 2, "end", "2028-06-08"))
    assert format_fault(end, "en") == (
        "requests.csv, row 2, column end: the period is 367 nights long; at most 366"
    )
    shutil.rmtree(tmp_path / "s")
    (day,) = faults(edited(tmp_path, "requests.csv", 2, "received", "1999-12-31"))
    assert format_fault(day, "da") == (
        'requests.csv, række 2, kolonne received: "1999-12-31" ligger uden for'
        " 2000-01-01 – 2100-12-31"
    )


def test_values_at_their_bounds_are_read(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    folder.mkdir()
    (folder / "scenario.toml").write_text(
        'profile = "haderslev"\nhorizon_start = 2097-12-26\nhorizon_end = 2100-12-31\n\n'
        "[rules]\nmax_stay_nights = 366\nannual_nights = 3660\nacute_nights = 366\n"
        "case_deadline_weeks = 104\nmax_stays_per_year = 366\n"
        f'name = "{"K" * 200}"\n',
        encoding="utf-8",
    )
    centre, person, request = "C" * 64, "P" * 64, "R" * 64
    (folder / "centres.csv").write_text(
        f"centre_id,name,kind,beds,tags\n{centre},{'N' * 200},plejecenter,1000,{'t' * 500}\n",
        encoding="utf-8",
    )
    (folder / "persons.csv").write_text(
        "person_id,name,needs,annual_nights,used_nights,used_stays,grant_start,carer_name\n"
        f"{person},{'N' * 200},{'t' * 500},3660,3660,1000,2000-01-01,{'C' * 200}\n",
        encoding="utf-8",
    )
    (folder / "requests.csv").write_text(
        "request_id,person_id,received,start,end,flex_days,priority,preferred_centre\n"
        f"{request},{person},2000-01-01,2099-12-01,2100-12-02,366,1000000,{centre}\n",
        encoding="utf-8",
    )
    (folder / "closures.csv").write_text(
        f"centre_id,start,end,beds_closed\n{centre},2097-12-26,2100-12-31,1000\n",
        encoding="utf-8",
    )
    (folder / "bookings.csv").write_text(
        f"request_id,centre_id,bed,start,end\n{request},{centre},1000,2099-12-01,2100-12-02\n",
        encoding="utf-8",
    )

    scenario = read_scenario(folder)

    assert scenario.centres[0].beds == 1000
    assert scenario.requests[0].priority == 1_000_000
    assert scenario.requests[0].nights == 366
    assert (scenario.horizon_end - scenario.horizon_start).days == 1100


def test_a_horizon_beyond_three_years_and_dates_beyond_the_century(tmp_path: Path) -> None:
    folder = Path(shutil.copytree(VALID, tmp_path / "s"))
    settings = folder / "scenario.toml"
    settings.write_text(
        settings.read_text(encoding="utf-8").replace("2028-01-01", "2030-01-06"), "utf-8"
    )
    assert located(folder) == [("scenario.toml", None, "horizon_end", "scenario.horizon_too_long")]
    settings.write_text(
        settings.read_text(encoding="utf-8").replace("2027-01-01", "1999-12-01"), "utf-8"
    )
    assert ("scenario.toml", None, "horizon_start", "value.date_out_of_range") in located(folder)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("max_stay_nights", "367"),
        ("min_stay_nights", "367"),
        ("annual_nights", "3661"),
        ("acute_nights", "367"),
        ("case_deadline_weeks", "105"),
        ("max_stays_per_year", "367"),
        ("self_payment_per_night", "100001"),
        ("annual_nights", "100000000000000000000"),
    ],
)
def test_a_rule_beyond_its_bound_is_a_fault(tmp_path: Path, key: str, value: str) -> None:
    folder = Path(shutil.copytree(VALID, tmp_path / "s"))
    settings = folder / "scenario.toml"
    text = settings.read_text(encoding="utf-8")
    settings.write_text(text + f"\n[rules]\n{key} = {value}\n", encoding="utf-8")
    found = located(folder)
    assert ("scenario.toml", None, f"rules.{key}", "value.too_large") in found


def test_rule_texts_have_bounds(tmp_path: Path) -> None:
    folder = Path(shutil.copytree(VALID, tmp_path / "s"))
    settings = folder / "scenario.toml"
    text = settings.read_text(encoding="utf-8")
    settings.write_text(
        text + f'\n[rules]\nname = "{"N" * 201}"\ncentre_kinds = ["{"k" * 65}"]\n',
        encoding="utf-8",
    )
    assert located(folder) == [
        ("scenario.toml", None, "rules.name", "value.too_long"),
        ("scenario.toml", None, "rules.centre_kinds", "value.too_long"),
    ]


def _documented() -> dict[str, str]:
    """The docs' bounds table: first cell (what) to second cell (bound), as written."""
    text = DOCS.read_text(encoding="utf-8")
    section = text.split("## Bounds", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| (.+?) \| (.+?) \|$", section, flags=re.MULTILINE)
    return {what: bound for what, bound in rows[2:] if not what.startswith("---")}


def _number(text: str) -> int:
    return int(text.replace(",", ""))


def test_the_docs_state_every_bound_the_reader_keeps() -> None:
    documented = _documented()
    joined = " ".join(documented)
    for column, most in {**bounds.TEXT_LIMITS}.items():
        assert f"`{column}`" in joined, column
        row = next(bound for what, bound in documented.items() if f"`{column}`" in what)
        assert str(most) in row.replace(",", ""), column
    for column, most in bounds.COUNT_LIMITS.items():
        row = next(bound for what, bound in documented.items() if f"`{column}`" in what)
        assert _number(re.findall(r"[\d,]+", row)[-1]) == most, column
    for key, most in bounds.RULE_LIMITS.items():
        row = next(bound for what, bound in documented.items() if f"`{key}`" in what)
        assert _number(re.findall(r"[\d,]+", row)[-1]) == most, key
    for table, most in bounds.ROW_LIMITS.items():
        row = next(bound for what, bound in documented.items() if f"`{table}`" in what)
        assert _number(re.findall(r"[\d,]+", row)[-1]) == most, table
