"""Writing scenarios: what is read back equals what was written, whole or not at all."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from scheduler.domain.model import (
    Booking,
    Centre,
    Closure,
    MonthDay,
    Person,
    Request,
    RequestKind,
    Scenario,
)
from scheduler.io.profiles import read_profile, rules_from_mapping
from scheduler.io.scenario_reader import read_scenario
from scheduler.io.scenario_schema import SERVICE_TABLES, TABLES
from scheduler.io.scenario_writer import (
    rule_overrides,
    scenario_rows,
    scenario_tables,
    scenario_toml,
    write_scenario,
    write_scenario_xlsx,
)

HADERSLEV, _ = rules_from_mapping(read_profile("haderslev"), {}, "haderslev.toml", "")
assert HADERSLEV is not None


@pytest.fixture
def scenario() -> Scenario:
    """A small scenario using every column: overrides, closures, bookings, empty optionals,
    an acute request of the default length and names that need quoting."""
    assert HADERSLEV is not None
    rules = dataclasses.replace(
        HADERSLEV,
        max_stay_nights=21,
        arrival_weekdays=frozenset({1, 3}),
        summer_deadline=MonthDay(3, 1),
        centre_kinds=("plejecenter", "botilbud"),
        name='Testkommune "Syd", aflastning',
    )
    return Scenario(
        rules=rules,
        horizon_start=date(2027, 1, 1),
        horizon_end=date(2028, 1, 1),
        centres=(
            Centre("C01", "Testcenter Søly, Nord", "plejecenter", 3, frozenset({"demens", "lift"})),
            Centre("C02", "Testcenter Øst", "botilbud", 0),
        ),
        closures=(Closure("C01", date(2027, 3, 1), date(2027, 3, 15), 1),),
        persons=(
            Person("P0001", "Borger 0001", frozenset({"demens", "lift"}), 56, 7, False, True),
            Person("P0002", "Borger 0002", self_appointed_helper=True, consent=False),
        ),
        requests=(
            Request(
                "R00001",
                "P0001",
                date(2027, 3, 1),
                date(2027, 7, 5),
                date(2027, 7, 19),
                3,
                RequestKind.PLANNED,
                2,
                "C01",
            ),
            Request(
                "R00002",
                "P0002",
                date(2027, 2, 1),
                date(2027, 2, 2),
                date(2027, 2, 16),
                kind=RequestKind.ACUTE,
            ),
        ),
        bookings=(
            Booking("R00001", "C01", date(2027, 7, 5), date(2027, 7, 19), pinned=True, bed=2),
            Booking("R00002", "C02", date(2027, 2, 2), date(2027, 2, 16)),
        ),
    )


def test_folder_round_trip(scenario: Scenario, tmp_path: Path) -> None:
    write_scenario(scenario, tmp_path / "s", "haderslev")
    assert read_scenario(tmp_path / "s") == scenario


def test_workbook_round_trip(scenario: Scenario, tmp_path: Path) -> None:
    write_scenario_xlsx(scenario, tmp_path / "s.xlsx", "haderslev")
    assert read_scenario(tmp_path / "s.xlsx") == scenario


def test_overrides_are_exactly_the_differing_rules(scenario: Scenario) -> None:
    assert rule_overrides(scenario.rules, "haderslev") == {
        "name": 'Testkommune "Syd", aflastning',
        "max_stay_nights": 21,
        "summer_deadline": "03-01",
        "centre_kinds": ["plejecenter", "botilbud"],
        "arrival_weekdays": [1, 3],
    }


def test_profile_rules_give_no_rules_table(scenario: Scenario) -> None:
    assert HADERSLEV is not None
    plain = dataclasses.replace(scenario, rules=HADERSLEV)
    assert "[rules]" not in scenario_toml(plain, "haderslev")
    assert [key for key, _ in scenario_rows(plain, "haderslev")] == [
        "profile",
        "horizon_start",
        "horizon_end",
    ]


def test_sheet_rows_write_lists_comma_separated(scenario: Scenario) -> None:
    rows = dict(scenario_rows(scenario, "haderslev"))
    assert rows["rules.arrival_weekdays"] == "1,3"
    assert rows["rules.centre_kinds"] == "plejecenter,botilbud"
    assert rows["horizon_end"] == "2028-01-01"


def test_a_rule_the_profile_sets_cannot_be_removed(scenario: Scenario) -> None:
    rules = dataclasses.replace(scenario.rules, max_stay_nights=None)
    with pytest.raises(ValueError, match="max_stay_nights"):
        rule_overrides(rules, "haderslev")


def test_written_columns_are_the_formats(scenario: Scenario) -> None:
    written = {table.name: set(table.columns) for table in scenario_tables(scenario)}
    stays = [spec for spec in TABLES if spec not in SERVICE_TABLES]  # services: test_services_io
    assert written == {spec.name: set(spec.columns) for spec in stays}


def test_empty_optional_tables_are_left_out(scenario: Scenario, tmp_path: Path) -> None:
    bare = dataclasses.replace(scenario, closures=(), bookings=())
    write_scenario(bare, tmp_path / "s", "haderslev")
    assert sorted(p.name for p in (tmp_path / "s").iterdir()) == [
        "centres.csv",
        "persons.csv",
        "requests.csv",
        "scenario.toml",
    ]
    assert read_scenario(tmp_path / "s") == bare


def test_cells_are_written_as_the_format_shows(scenario: Scenario, tmp_path: Path) -> None:
    write_scenario(scenario, tmp_path / "s", "haderslev")
    persons = (tmp_path / "s" / "persons.csv").read_text(encoding="utf-8").splitlines()
    assert persons[1] == "P0001,Borger 0001,demens;lift,56,7,false,true,0,,,false"
    assert persons[2] == "P0002,Borger 0002,,,0,true,false,0,,,false"


def test_a_folder_with_files_is_not_overwritten(scenario: Scenario, tmp_path: Path) -> None:
    target = tmp_path / "s"
    target.mkdir()
    (target / "plan.csv").write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_scenario(scenario, target, "haderslev")
    assert [p.name for p in target.iterdir()] == ["plan.csv"]
    assert [p.name for p in tmp_path.iterdir()] == ["s"]


def test_an_empty_folder_is_filled(scenario: Scenario, tmp_path: Path) -> None:
    (tmp_path / "s").mkdir()
    write_scenario(scenario, tmp_path / "s", "haderslev")
    assert read_scenario(tmp_path / "s") == scenario


def test_a_failed_write_leaves_nothing(
    scenario: Scenario, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[str] = []
    original = Path.write_text

    def failing(self: Path, *args: object, **kwargs: object) -> int:
        if written:
            raise OSError("disk full")
        written.append(self.name)
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "write_text", failing)
    with pytest.raises(OSError, match="disk full"):
        write_scenario(scenario, tmp_path / "s", "haderslev")
    assert written and list(tmp_path.iterdir()) == []


def test_bad_rules_write_nothing(scenario: Scenario, tmp_path: Path) -> None:
    rules = dataclasses.replace(scenario.rules, max_stay_nights=None)
    with pytest.raises(ValueError, match="max_stay_nights"):
        write_scenario(dataclasses.replace(scenario, rules=rules), tmp_path / "s", "haderslev")
    with pytest.raises(ValueError, match="max_stay_nights"):
        write_scenario_xlsx(
            dataclasses.replace(scenario, rules=rules), tmp_path / "s.xlsx", "haderslev"
        )
    assert list(tmp_path.iterdir()) == []


def test_an_existing_workbook_is_replaced(scenario: Scenario, tmp_path: Path) -> None:
    target = tmp_path / "s.xlsx"
    target.write_bytes(b"old")
    write_scenario_xlsx(scenario, target, "haderslev")
    assert read_scenario(target) == scenario
    assert [p.name for p in tmp_path.iterdir()] == ["s.xlsx"]


names = (
    st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=30)
    .map(str.strip)
    .filter(bool)
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(person_name=names, centre_name=names)
@example(person_name="=SUM(A1)", centre_name='"quoted", comma')
def test_any_name_survives_both_forms(
    scenario: Scenario, tmp_path_factory: pytest.TempPathFactory, person_name: str, centre_name: str
) -> None:
    renamed = dataclasses.replace(
        scenario,
        persons=(dataclasses.replace(scenario.persons[0], name=person_name), scenario.persons[1]),
        centres=(dataclasses.replace(scenario.centres[0], name=centre_name), scenario.centres[1]),
    )
    folder = tmp_path_factory.mktemp("names")
    write_scenario(renamed, folder / "s", "haderslev")
    write_scenario_xlsx(renamed, folder / "s.xlsx", "haderslev")
    assert read_scenario(folder / "s") == renamed
    assert read_scenario(folder / "s.xlsx") == renamed
