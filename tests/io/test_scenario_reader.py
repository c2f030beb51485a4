"""Reading a valid scenario folder: every value lands where FORMAT.md says, and the lenient
parts of the format (BOM, column order, boolean spellings, empty cells) work."""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from scheduler.domain.faults import ScenarioError
from scheduler.domain.model import (
    Booking,
    Centre,
    Closure,
    MonthDay,
    Person,
    Request,
    RequestKind,
)
from scheduler.io.scenario_reader import read_scenario

VALID = Path(__file__).parents[1] / "data" / "valid"

Records = list[list[str]]


@pytest.fixture
def scenario_dir(tmp_path: Path) -> Path:
    """A writable copy of ``tests/data/valid`` to vary one file at a time."""
    return Path(shutil.copytree(VALID, tmp_path / "scenario"))


def rewrite_csv(path: Path, transform: Callable[[Records], Records]) -> None:
    """Rewrite a CSV file through ``transform`` of its records."""
    records = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(transform(records))
    path.write_text(buffer.getvalue(), encoding="utf-8")


def test_valid_scenario_is_read_exactly() -> None:
    scenario = read_scenario(VALID)

    assert scenario.horizon_start == date(2027, 1, 1)
    assert scenario.horizon_end == date(2028, 1, 1)
    assert scenario.rules.annual_nights == 42
    assert scenario.rules.max_stay_nights == 14
    assert scenario.rules.summer_deadline == MonthDay(3, 15)
    assert scenario.rules.centre_kinds == ("plejecenter",)
    assert scenario.centres == (
        Centre(
            "C1", "Plejecenter Solsikken (fiktivt)", "plejecenter", 2, frozenset({"demens", "lift"})
        ),
        Centre("C2", "Plejecenter Kløvermarken (fiktivt)", "plejecenter", 1, frozenset()),
    )
    assert scenario.persons == (
        Person("P1", "Testborger Et (fiktiv)", frozenset({"demens"}), None, 0, False, True),
        Person("P2", "Testborger To (fiktiv)", frozenset(), 28, 3, False, True),
        Person("P3", "Testborger Tre (fiktiv)", frozenset({"lift"}), None, 0, False, True),
    )
    planned, acute = RequestKind.PLANNED, RequestKind.ACUTE
    assert scenario.requests == (
        Request(
            "R1", "P1", date(2027, 2, 1), date(2027, 6, 7), date(2027, 6, 14), 2, planned, 1, "C1"
        ),
        Request("R2", "P2", date(2027, 3, 20), date(2027, 7, 5), date(2027, 7, 12), 0, planned, 0),
        Request("R3", "P3", date(2027, 1, 10), date(2027, 2, 1), date(2027, 2, 8)),
        Request("R4", "P1", date(2027, 8, 1), date(2027, 9, 20), date(2027, 10, 4), 0, acute, 0),
        Request(
            "R5", "P2", date(2027, 1, 5), date(2027, 3, 1), date(2027, 3, 15), 3, planned, 2, "C2"
        ),
    )
    assert scenario.closures == (Closure("C1", date(2027, 7, 1), date(2027, 7, 15), 1),)
    assert scenario.bookings == (
        Booking("R1", "C1", date(2027, 6, 7), date(2027, 6, 14), pinned=True, bed=1),
        Booking("R3", "C1", date(2027, 2, 1), date(2027, 2, 8), pinned=False, bed=None),
    )


def test_acute_request_without_end_lasts_the_profile_acute_nights(scenario_dir: Path) -> None:
    toml = scenario_dir / "scenario.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + "\n[rules]\nacute_nights = 5\n")

    request = read_scenario(scenario_dir).request_by_id["R4"]

    assert (request.start, request.end) == (date(2027, 9, 20), date(2027, 9, 25))


def test_rule_overrides_replace_profile_values(scenario_dir: Path) -> None:
    toml = scenario_dir / "scenario.toml"
    overrides = '\n[rules]\nmax_stay_nights = 7\narrival_weekdays = [1, 4]\nname = "Prøve"\n'
    toml.write_text(toml.read_text(encoding="utf-8") + overrides)

    rules = read_scenario(scenario_dir).rules

    assert (rules.max_stay_nights, rules.arrival_weekdays, rules.name) == (
        7,
        frozenset({1, 4}),
        "Prøve",
    )
    assert rules.annual_nights == 42  # untouched keys keep the profile's value


def test_utf8_bom_is_accepted(scenario_dir: Path) -> None:
    for path in [*scenario_dir.glob("*.csv"), scenario_dir / "scenario.toml"]:
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())

    assert read_scenario(scenario_dir) == read_scenario(VALID)


def test_columns_in_any_order(scenario_dir: Path) -> None:
    for path in scenario_dir.glob("*.csv"):
        rewrite_csv(path, lambda records: [list(reversed(record)) for record in records])

    assert read_scenario(scenario_dir) == read_scenario(VALID)


def test_optional_columns_may_be_left_out(scenario_dir: Path) -> None:
    def drop_optional(records: Records) -> Records:
        keep = [i for i, name in enumerate(records[0]) if name in ("person_id", "annual_nights")]
        return [[record[i] for i in keep] for record in records]

    rewrite_csv(scenario_dir / "persons.csv", drop_optional)

    person = read_scenario(scenario_dir).person_by_id["P2"]

    assert person == Person("P2", "", frozenset(), 28, 0, False, True)


def test_optional_files_may_be_left_out(scenario_dir: Path) -> None:
    (scenario_dir / "closures.csv").unlink()
    (scenario_dir / "bookings.csv").unlink()

    scenario = read_scenario(scenario_dir)

    assert (scenario.closures, scenario.bookings) == ((), ())
    assert len(scenario.requests) == 5


@pytest.mark.parametrize(
    ("spelling", "expected"),
    [
        ("true", True), ("TRUE", True), ("True", True), ("yes", True), ("Yes", True),
        ("ja", True), ("JA", True), ("1", True), ("false", False), ("FALSE", False),
        ("no", False), ("No", False), ("nej", False), ("Nej", False), ("0", False),
        (" ja ", True),
    ],
)  # fmt: skip
def test_every_boolean_spelling(scenario_dir: Path, spelling: str, expected: bool) -> None:
    def set_flags(records: Records) -> Records:
        helper, consent = records[0].index("self_appointed_helper"), records[0].index("consent")
        for record in records[1:]:
            record[helper] = record[consent] = spelling
        return records

    rewrite_csv(scenario_dir / "persons.csv", set_flags)
    # A pinned booking for an ineligible person would (rightly) be an input error.
    (scenario_dir / "bookings.csv").unlink()

    persons = read_scenario(scenario_dir).persons

    assert {(p.self_appointed_helper, p.consent) for p in persons} == {(expected, expected)}


def test_empty_cells_take_the_defaults() -> None:
    request = read_scenario(VALID).request_by_id["R3"]
    person = read_scenario(VALID).person_by_id["P3"]

    assert (request.flex_days, request.kind, request.priority, request.preferred_centre) == (
        0,
        RequestKind.PLANNED,
        0,
        None,
    )
    assert (person.used_nights, person.self_appointed_helper, person.consent) == (0, False, True)


def test_kind_is_read_in_any_case(scenario_dir: Path) -> None:
    path = scenario_dir / "requests.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",acute,", ",ACUTE,"))

    assert read_scenario(scenario_dir).request_by_id["R4"].is_acute


def test_blank_lines_are_skipped_but_counted(scenario_dir: Path) -> None:
    path = scenario_dir / "requests.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(2, ",,,,,,,,")
    lines[4] = lines[4].replace("2027-02-01,2027-02-08", "2027-02-01,2027-02-0x")
    path.write_text("\n".join(lines) + "\n")

    with pytest.raises(ScenarioError) as raised:
        read_scenario(scenario_dir)

    assert [(f.row, f.column) for f in raised.value.faults] == [(5, "end")]


def test_danish_excel_csv_is_read_as_the_same_scenario(scenario_dir: Path) -> None:
    """Semicolons (cells holding one quoted) and Windows-1252, as Danish Excel saves "CSV"
    (FORMAT.md v2): the header row tells the separator."""
    before = read_scenario(scenario_dir)
    for name in ("centres.csv", "persons.csv", "requests.csv"):
        path = scenario_dir / name
        records = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(records)
        path.write_bytes(buffer.getvalue().replace("fiktiv", "fiktiv, Ærø").encode("cp1252"))

    after = read_scenario(scenario_dir)

    assert after.requests == before.requests
    assert after.centres[0].tags == frozenset({"demens", "lift"})
    assert [c.beds for c in after.centres] == [c.beds for c in before.centres]
    assert all(", Ærø" in p.name for p in after.persons)


def test_a_missing_folder_or_file_is_a_fault(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError) as raised:
        read_scenario(tmp_path / "nowhere.xlsx")

    assert [(f.file, f.code) for f in raised.value.faults] == [("nowhere.xlsx", "file.missing")]
