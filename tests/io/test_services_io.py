"""The tables of day-centre places and relief at home (docs/scenario-format.md): read from a
folder and a workbook, written back the same, and every bad cell, row and reference a located
fault (file, row, column) like the rest of the format. A scenario without them means what it
meant before."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from scheduler.domain.daycare import WEEKDAYS, CurrentPlace, DayClosure, DaySeats, DayWish
from scheduler.domain.faults import Fault, ScenarioError
from scheduler.domain.relief import FORTNIGHT_DAYS, WEEK_DAYS, ReliefGrant, ReliefTeam, ReliefVisit
from scheduler.domain.services import ServiceRules, Services
from scheduler.io.fault_text import format_fault
from scheduler.io.scenario_reader import read_scenario, read_scenario_with_services
from scheduler.io.scenario_schema import SERVICE_TABLES
from scheduler.io.scenario_writer import scenario_tables, write_scenario, write_scenario_xlsx

HADERSLEV = ServiceRules(
    day_centre_kinds=("dagcenter",),
    day_centre_days_per_week=2,
    relief_hours_per_week=3,
    relief_hours_per_fortnight=6,
)

FILES = {
    "scenario.toml": 'profile = "haderslev"\n'
    "horizon_start = 2027-01-01\nhorizon_end = 2028-01-01\n",
    "centres.csv": "centre_id,name,kind,beds,tags\n"
    "C1,Testcenter (fiktivt),plejecenter,2,demens\n"
    "D1,Dagcenter Nord (fiktivt),dagcenter,0,demens\n"
    "D2,Dagcenter Syd (fiktivt),dagcenter,0,\n",
    "persons.csv": "person_id,name,needs\nP1,Borger 1,\nP2,Borger 2,demens\nP3,Borger 3,\n",
    "requests.csv": "request_id,person_id,received,start,end\n"
    "R1,P1,2027-01-10,2027-03-01,2027-03-08\n",
    "day_centre_seats.csv": "centre_id,weekday,seats\nD1,1,8\nD1,2,8\nD2,1,6\n",
    "day_centre_closed.csv": "centre_id,start,end\nD1,2027-03-25,\nD2,2027-07-19,2027-08-02\n",
    "day_centre_wishes.csv": "wish_id,person_id,received,first_day,days_per_week,weekdays,"
    "preferred_centre,priority\n"
    "W1,P1,2026-11-02,2027-01-04,2,1;2,D1,1\n"
    "W2,P2,2026-11-03,2027-02-01,1,,,\n",
    "day_centre_places.csv": "wish_id,centre_id,weekdays,pinned\nW1,D1,1;2,ja\n",
    "relief_grants.csv": "grant_id,person_id,start,hours_per_week,hours_per_fortnight,end,team_id\n"
    "G1,P3,2027-01-04,2.5,,2027-07-01,T1\n"
    'G2,P1,2026-10-01,,"6,0",,\n',
    "relief_visits.csv": "visit_id,grant_id,date,start,end\n"
    "V1,G1,2027-01-05,13:00,15:30\nV2,G2,2027-01-06,9:00,24:00\n",
    "relief_teams.csv": "team_id,hours_per_week,name\nT1,37.5,Afløserteam (fiktivt)\n",
}

EXPECTED = Services(
    rules=HADERSLEV,
    day_seats=(DaySeats("D1", 1, 8), DaySeats("D1", 2, 8), DaySeats("D2", 1, 6)),
    day_closures=(
        DayClosure("D1", date(2027, 3, 25), date(2027, 3, 26)),
        DayClosure("D2", date(2027, 7, 19), date(2027, 8, 2)),
    ),
    day_wishes=(
        DayWish("W1", "P1", date(2026, 11, 2), date(2027, 1, 4), 2, frozenset({1, 2}), "D1", 1),
        DayWish("W2", "P2", date(2026, 11, 3), date(2027, 2, 1), 1, WEEKDAYS, None, 0),
    ),
    day_places=(CurrentPlace("W1", "D1", frozenset({1, 2}), True),),
    relief_grants=(
        ReliefGrant("G1", "P3", 150, WEEK_DAYS, date(2027, 1, 4), date(2027, 7, 1), "T1"),
        ReliefGrant("G2", "P1", 360, FORTNIGHT_DAYS, date(2026, 10, 1)),
    ),
    relief_visits=(
        ReliefVisit("V1", "G1", date(2027, 1, 5), 13 * 60, 15 * 60 + 30),
        ReliefVisit("V2", "G2", date(2027, 1, 6), 9 * 60, 24 * 60),
    ),
    relief_teams=(ReliefTeam("T1", 37 * 60 + 30, "Afløserteam (fiktivt)"),),
)


def folder(tmp_path: Path, changes: dict[str, str | None] | None = None) -> Path:
    """The scenario of ``FILES`` in a folder, with files replaced (text) or left out (None)."""
    path = tmp_path / "scenario"
    path.mkdir(parents=True)
    for name, text in {**FILES, **(changes or {})}.items():
        if text is not None:
            (path / name).write_text(text, encoding="utf-8")
    return path


def faults_of(path: Path) -> list[Fault]:
    with pytest.raises(ScenarioError) as error:
        read_scenario_with_services(path)
    return list(error.value.faults)


def where(faults: list[Fault]) -> list[tuple[str, int | None, str | None, str]]:
    return [(f.file, f.row, f.column, f.code) for f in faults]


def test_the_tables_are_read(tmp_path: Path) -> None:
    scenario, services = read_scenario_with_services(folder(tmp_path))
    assert services == EXPECTED
    assert read_scenario(folder(tmp_path / "again")) == scenario


def test_without_the_tables_a_scenario_means_what_it_meant(tmp_path: Path) -> None:
    gone = {f"{spec.name}.csv": None for spec in SERVICE_TABLES}
    bare = folder(tmp_path, {**gone, "centres.csv": FILES["centres.csv"].split("D1,")[0]})
    scenario, services = read_scenario_with_services(bare)
    assert services == Services(rules=HADERSLEV)
    assert services.empty
    assert scenario == read_scenario(bare)


def test_the_randers_profile_offers_relief_at_night_rules_only(tmp_path: Path) -> None:
    randers = 'profile = "randers"\nhorizon_start = 2027-01-01\nhorizon_end = 2028-01-01\n'
    path = folder(
        tmp_path,
        {
            "scenario.toml": randers,
            "persons.csv": "person_id,name,annual_nights\nP1,B1,10\nP2,B2,10\nP3,B3,10\n",
            "centres.csv": "centre_id,name,kind,beds\nC1,Botilbud (fiktivt),botilbud,1\n",
            "requests.csv": "request_id,person_id,received,start,end\n",
            **{f"{n}.csv": None for n in ("day_centre_seats", "day_centre_closed")},
            **{f"{n}.csv": None for n in ("day_centre_wishes", "day_centre_places")},
        },
    )
    _, services = read_scenario_with_services(path)
    assert services.rules == ServiceRules(relief_no_night_from=23 * 60, relief_no_night_to=7 * 60)
    assert services.rules.offers_relief and not services.rules.offers_day_centres


@pytest.mark.parametrize("form", ["folder", "workbook"])
def test_written_tables_read_back_the_same(tmp_path: Path, form: str) -> None:
    scenario, services = read_scenario_with_services(folder(tmp_path))
    target = tmp_path / ("out" if form == "folder" else "out.xlsx")
    if form == "folder":
        write_scenario(scenario, target, "haderslev", services)
    else:
        write_scenario_xlsx(scenario, target, "haderslev", services)
    assert read_scenario_with_services(target) == (scenario, services)


def test_every_service_table_is_written_with_its_columns(tmp_path: Path) -> None:
    scenario, services = read_scenario_with_services(folder(tmp_path))
    written = {t.name: t.columns for t in scenario_tables(scenario, services)}
    assert {spec.name: spec.columns for spec in SERVICE_TABLES} == {
        name: columns for name, columns in written.items() if name.startswith(("day", "relief"))
    }


def test_changed_service_rules_are_written_as_overrides(tmp_path: Path) -> None:
    scenario, services = read_scenario_with_services(folder(tmp_path))
    night = ServiceRules(
        day_centre_kinds=("dagcenter",),
        day_centre_days_per_week=1,
        relief_hours_per_week=2.5,
        relief_hours_per_fortnight=6,
        relief_no_night_from=22 * 60,
        relief_no_night_to=6 * 60,
    )
    write_scenario(scenario, tmp_path / "out", "haderslev", replace(services, rules=night))
    text = (tmp_path / "out" / "scenario.toml").read_text()
    assert 'relief_no_night_from = "22:00"' in text and "day_centre_days_per_week = 1" in text
    assert "relief_hours_per_week = 2.5" in text and "relief_hours_per_fortnight" not in text
    # read back, the pinned place of W1 (two days) is over the new limit of one day a week
    assert ("day_centre_places.csv", 2, "wish_id", "daycare.pinned_breaks_rule") in where(
        faults_of(tmp_path / "out")
    )


# faults, one bad cell at a time: (file, new text of the file, row, column, code)
CELL_FAULTS = [
    ("day_centre_seats.csv", "centre_id,weekday,seats\nD1,8,1\n", 2, "weekday", "value.too_large"),
    (
        "day_centre_seats.csv",
        "centre_id,weekday,seats\nD1,0,1\n",
        2,
        "weekday",
        "value.bad_weekday",
    ),
    ("day_centre_seats.csv", "centre_id,weekday,seats\nD1,1,-1\n", 2, "seats", "value.negative"),
    ("day_centre_seats.csv", "centre_id,weekday,seats\nD1,1,1001\n", 2, "seats", "value.too_large"),
    ("day_centre_seats.csv", "centre_id,weekday,seats\n,1,3\n", 2, "centre_id", "value.missing"),
    ("day_centre_seats.csv", "centre_id,weekday,seats\nD1,1,\n", 2, "seats", "value.missing"),
    (
        "day_centre_closed.csv",
        "centre_id,start,end\nD1,2027-02-30,\n",
        2,
        "start",
        "value.bad_date",
    ),
    (
        "day_centre_closed.csv",
        "centre_id,start,end\nD1,2027-02-03,2027-02-03\n",
        2,
        "end",
        "value.end_not_after_start",
    ),
    (
        "day_centre_wishes.csv",
        "wish_id,person_id,received,first_day,days_per_week\nW1,P1,2026-11-02,2027-01-04,0\n",
        2,
        "days_per_week",
        "value.bad_days_per_week",
    ),
    (
        "day_centre_wishes.csv",
        "wish_id,person_id,received,first_day,days_per_week\nW1,P1,2026-11-02,2027-01-04,8\n",
        2,
        "days_per_week",
        "value.too_large",
    ),
    (
        "day_centre_wishes.csv",
        "wish_id,person_id,received,first_day,days_per_week,weekdays\n"
        "W1,P1,2026-11-02,2027-01-04,1,1;8\n",
        2,
        "weekdays",
        "value.bad_weekdays",
    ),
    (
        "day_centre_wishes.csv",
        "wish_id,person_id,received,first_day,days_per_week,weekdays\n"
        "W1,P1,2026-11-02,2027-01-04,1,mandag\n",
        2,
        "weekdays",
        "value.bad_weekdays",
    ),
    (
        "day_centre_wishes.csv",
        "wish_id,person_id,received,first_day,days_per_week,weekdays\n"
        "W1,P1,2026-11-02,2027-01-04,1,1;1\n",
        2,
        "weekdays",
        "value.bad_weekdays",
    ),
    (
        "day_centre_wishes.csv",
        "wish_id,person_id,received,first_day,days_per_week\nW1,P1,2026-11-02,,1\n",
        2,
        "first_day",
        "value.missing",
    ),
    (
        "day_centre_wishes.csv",
        "wish_id,person_id,received,first_day,days_per_week,priority\n"
        "W1,P1,2026-11-02,2027-01-04,1,-2\n",
        2,
        "priority",
        "value.negative",
    ),
    (
        "day_centre_wishes.csv",
        "wish_id,person_id,received,first_day,days_per_week\nW\u200b1,P1,2026-11-02,2027-01-04,1\n",
        2,
        "wish_id",
        "value.invisible_character",
    ),
    (
        "day_centre_places.csv",
        "wish_id,centre_id,weekdays,pinned\nW1,D1,,\n",
        2,
        "weekdays",
        "value.missing",
    ),
    (
        "day_centre_places.csv",
        "wish_id,centre_id,weekdays,pinned\nW1,D1,1;2,kanske\n",
        2,
        "pinned",
        "value.bad_bool",
    ),
    (
        "relief_grants.csv",
        "grant_id,person_id,start,hours_per_week,hours_per_fortnight\nG1,P3,2027-01-04,3,6\n",
        2,
        "hours_per_fortnight",
        "relief.both_periods",
    ),
    (
        "relief_grants.csv",
        "grant_id,person_id,start,hours_per_week,hours_per_fortnight\nG1,P3,2027-01-04,,\n",
        2,
        "hours_per_week",
        "relief.no_hours",
    ),
    (
        "relief_grants.csv",
        "grant_id,person_id,start,hours_per_week\nG1,P3,2027-01-04,tre\n",
        2,
        "hours_per_week",
        "value.bad_hours",
    ),
    (
        "relief_grants.csv",
        "grant_id,person_id,start,hours_per_week\nG1,P3,2027-01-04,1.33\n",
        2,
        "hours_per_week",
        "value.bad_hours",
    ),
    (
        "relief_grants.csv",
        "grant_id,person_id,start,hours_per_week\nG1,P3,2027-01-04,0\n",
        2,
        "hours_per_week",
        "value.bad_hours",
    ),
    (
        "relief_grants.csv",
        "grant_id,person_id,start,hours_per_week\nG1,P3,2027-01-04,169\n",
        2,
        "hours_per_week",
        "value.too_large",
    ),
    (
        "relief_grants.csv",
        "grant_id,person_id,start,hours_per_week\nG1,P3,2027-01-04,3.5\n",
        2,
        "hours_per_week",
        "relief.over_standard",
    ),
    (
        "relief_grants.csv",
        "grant_id,person_id,start,hours_per_fortnight\nG1,P3,2027-01-04,7\n",
        2,
        "hours_per_fortnight",
        "relief.over_standard",
    ),
    (
        "relief_grants.csv",
        "grant_id,person_id,start,hours_per_week,end\nG1,P3,2027-01-04,3,2027-01-04\n",
        2,
        "end",
        "value.end_not_after_start",
    ),
    (
        "relief_grants.csv",
        "grant_id,person_id,start,hours_per_week\nG1,0101701234,2027-01-04,3\n",
        2,
        "person_id",
        "person.cpr_number",
    ),
    (
        "relief_visits.csv",
        "visit_id,grant_id,date,start,end\nV1,G1,2027-01-05,13.00,15:00\n",
        2,
        "start",
        "value.bad_clock",
    ),
    (
        "relief_visits.csv",
        "visit_id,grant_id,date,start,end\nV1,G1,2027-01-05,24:00,24:00\n",
        2,
        "start",
        "value.bad_clock",
    ),
    (
        "relief_visits.csv",
        "visit_id,grant_id,date,start,end\nV1,G1,2027-01-05,13:00,25:00\n",
        2,
        "end",
        "value.bad_clock",
    ),
    (
        "relief_visits.csv",
        "visit_id,grant_id,date,start,end\nV1,G1,2027-01-05,13:60,14:00\n",
        2,
        "start",
        "value.bad_clock",
    ),
    (
        "relief_visits.csv",
        "visit_id,grant_id,date,start,end\nV1,G1,2027-01-05,15:00,13:00\n",
        2,
        "end",
        "relief.end_not_after_start",
    ),
    (
        "relief_visits.csv",
        "visit_id,grant_id,date,start,end\nV1,G1,,13:00,14:00\n",
        2,
        "date",
        "value.missing",
    ),
    (
        "day_centre_wishes.csv",
        "wish_id,person_id,received,first_day,days_per_week\nW1,P1,2026-11-31,2027-01-04,1\n",
        2,
        "received",
        "value.bad_date",
    ),
    (
        "day_centre_wishes.csv",
        "wish_id,person_id,received,first_day,days_per_week\nW1,,2026-11-02,2027-01-04,1\n",
        2,
        "person_id",
        "value.missing",
    ),
    (
        "day_centre_places.csv",
        "wish_id,centre_id,weekdays\nW1,,1\n",
        2,
        "centre_id",
        "value.missing",
    ),
    (
        "relief_grants.csv",
        "grant_id,person_id,start,hours_per_week\nG1,P3,,3\n",
        2,
        "start",
        "value.missing",
    ),
    (
        "relief_grants.csv",
        "grant_id,person_id,start,hours_per_week\n" + "G" * 65 + ",P3,2027-01-04,3\n",
        2,
        "grant_id",
        "value.too_long",
    ),
    (
        "relief_visits.csv",
        "visit_id,grant_id,date,start,end\n,G1,2027-01-05,13:00,15:00\n",
        2,
        "visit_id",
        "value.missing",
    ),
    ("relief_teams.csv", "team_id,hours_per_week\n,30\n", 2, "team_id", "value.missing"),
    (
        "relief_teams.csv",
        'team_id,hours_per_week,name\nT1,30,"Team\u0007Nord"\n',
        2,
        "name",
        "value.control_character",
    ),
    ("relief_teams.csv", "team_id,hours_per_week\nT1,\n", 2, "hours_per_week", "value.missing"),
    (
        "relief_teams.csv",
        "team_id,hours_per_week\nT1,100001\n",
        2,
        "hours_per_week",
        "value.too_large",
    ),
]


@pytest.mark.parametrize(("file", "text", "row", "column", "code"), CELL_FAULTS)
def test_a_bad_cell_is_named_by_file_row_and_column(
    tmp_path: Path, file: str, text: str, row: int, column: str, code: str
) -> None:
    changes: dict[str, str | None] = {file: text}
    if file in ("day_centre_wishes.csv", "day_centre_seats.csv"):
        changes["day_centre_places.csv"] = None  # the pinned place would only add its own
    if file == "relief_grants.csv":
        changes["relief_visits.csv"] = None  # visits of the grants left out
    if file == "relief_teams.csv":  # no grant names the team
        changes["relief_grants.csv"] = FILES["relief_grants.csv"].replace(",T1\n", ",\n")
    found = faults_of(folder(tmp_path, changes))
    assert (file, row, column, code) in where(found)
    assert all(fault.file == file for fault in found), where(found)
    for fault in found:
        assert "{" not in format_fault(fault, "da") + format_fault(fault, "en")


# faults across rows and tables: (changes, the expected fault)
TABLE_FAULTS = [
    (
        {"day_centre_seats.csv": "centre_id,weekday,seats\nD1,1,8\nD1,1,9\n"},
        ("day_centre_seats.csv", 3, "weekday", "daycare.duplicate_weekday"),
    ),
    (
        {"day_centre_seats.csv": "centre_id,weekday,seats\nC1,1,8\n"},
        ("day_centre_seats.csv", 2, "centre_id", "daycare.not_day_centre"),
    ),
    (
        {"day_centre_seats.csv": "centre_id,weekday,seats\nD9,1,8\n"},
        ("day_centre_seats.csv", 2, "centre_id", "ref.unknown"),
    ),
    (
        {"day_centre_closed.csv": "centre_id,start\nC1,2027-03-25\n"},
        ("day_centre_closed.csv", 2, "centre_id", "daycare.not_day_centre"),
    ),
    (
        {
            "day_centre_wishes.csv": "wish_id,person_id,received,first_day,days_per_week\n"
            "W1,P1,2026-11-02,2027-01-04,2\nW2,P1,2026-11-03,2027-01-04,1\n"
        },
        ("day_centre_wishes.csv", 3, "person_id", "daycare.second_wish"),
    ),
    (
        {
            "day_centre_wishes.csv": "wish_id,person_id,received,first_day,days_per_week\n"
            "W1,P1,2026-11-02,2027-01-04,2\nW1,P2,2026-11-03,2027-01-04,1\n"
        },
        ("day_centre_wishes.csv", 3, "wish_id", "value.duplicate_id"),
    ),
    (
        {
            "day_centre_wishes.csv": "wish_id,person_id,received,first_day,days_per_week\n"
            "W1,P9,2026-11-02,2027-01-04,2\n"
        },
        ("day_centre_wishes.csv", 2, "person_id", "ref.unknown"),
    ),
    (
        {
            "day_centre_wishes.csv": "wish_id,person_id,received,first_day,days_per_week,"
            "preferred_centre\nW1,P1,2026-11-02,2027-01-04,2,C1\n"
        },
        ("day_centre_wishes.csv", 2, "preferred_centre", "daycare.not_day_centre"),
    ),
    (
        {"day_centre_wishes.csv": None},
        ("day_centre_places.csv", 2, "wish_id", "ref.unknown"),
    ),
    (
        {"day_centre_places.csv": "wish_id,centre_id,weekdays\nW1,C1,1\n"},
        ("day_centre_places.csv", 2, "centre_id", "daycare.not_day_centre"),
    ),
    (
        {"day_centre_places.csv": "wish_id,centre_id,weekdays,pinned\nW1,D1,1;2;3,true\n"},
        ("day_centre_places.csv", 2, "wish_id", "daycare.pinned_breaks_rule"),
    ),
    (
        {"day_centre_places.csv": "wish_id,centre_id,weekdays,pinned\nW2,D2,1,true\n"},
        ("day_centre_places.csv", 2, "wish_id", "daycare.pinned_breaks_rule"),
    ),
    (
        {
            "relief_grants.csv": "grant_id,person_id,start,hours_per_week,team_id\n"
            "G1,P3,2027-01-04,3,T9\n"
        },
        ("relief_grants.csv", 2, "team_id", "ref.unknown"),
    ),
    (
        {"relief_grants.csv": None, "relief_teams.csv": None},
        ("relief_visits.csv", 2, "grant_id", "ref.unknown"),
    ),
    (
        {
            "relief_visits.csv": "visit_id,grant_id,date,start,end\nV1,G1,2027-01-05,13:00,14:00\n"
            "V1,G2,2027-01-05,13:00,14:00\n"
        },
        ("relief_visits.csv", 3, "visit_id", "value.duplicate_id"),
    ),
    (
        {"relief_teams.csv": "team_id,hours_per_week,colour\nT1,30,red\n"},
        ("relief_teams.csv", 1, "colour", "column.unknown"),
    ),
    (
        {"relief_visits.csv": "visit_id,grant_id,date,start\nV1,G1,2027-01-05,13:00\n"},
        ("relief_visits.csv", 1, "end", "column.missing"),
    ),
]


@pytest.mark.parametrize(("changes", "expected"), TABLE_FAULTS)
def test_rows_and_references_across_tables(
    tmp_path: Path,
    changes: dict[str, str | None],
    expected: tuple[str, int | None, str | None, str],
) -> None:
    assert expected in where(faults_of(folder(tmp_path, changes)))


def test_an_unpinned_place_that_no_longer_fits_is_no_fault(tmp_path: Path) -> None:
    # W1 wishes Monday and Tuesday; its previous place was Monday at D2: a change, not a fault
    place = {"day_centre_places.csv": "wish_id,centre_id,weekdays\nW1,D2,1\n"}
    _, services = read_scenario_with_services(folder(tmp_path, place))
    assert services.day_places == (CurrentPlace("W1", "D2", frozenset({1})),)


def test_a_profile_without_the_service_refuses_its_tables(tmp_path: Path) -> None:
    randers = 'profile = "randers"\nhorizon_start = 2027-01-01\nhorizon_end = 2028-01-01\n'
    path = folder(
        tmp_path,
        {
            "scenario.toml": randers,
            "persons.csv": "person_id,name,needs,annual_nights\nP1,B1,,10\nP2,B2,demens,10\n"
            "P3,B3,,10\n",
        },
    )
    found = where(faults_of(path))
    for name in ("day_centre_seats", "day_centre_closed", "day_centre_wishes", "day_centre_places"):
        assert (f"{name}.csv", None, None, "daycare.not_offered") in found
    assert not any(code == "relief.not_offered" for *_, code in found)  # Randers: the night


def test_rule_keys_of_the_services_in_scenario_toml(tmp_path: Path) -> None:
    toml = FILES["scenario.toml"] + '\n[rules]\nrelief_no_night_from = "22:00"\n'
    found = where(faults_of(folder(tmp_path, {"scenario.toml": toml})))
    assert ("scenario.toml", None, "rules.relief_no_night_from", "rules.night_half") in found
    toml = FILES["scenario.toml"] + (
        '\n[rules]\nrelief_no_night_from = "22:00"\nrelief_no_night_to = "22:00"\n'
        "day_centre_days_per_week = 8\nrelief_hours_per_week = 200\n"
    )
    found = where(faults_of(folder(tmp_path / "b", {"scenario.toml": toml})))
    assert ("scenario.toml", None, "rules.relief_no_night_to", "rules.night_empty") in found
    assert ("scenario.toml", None, "rules.day_centre_days_per_week", "rules.bad_value") in found
    assert ("scenario.toml", None, "rules.relief_hours_per_week", "value.too_large") in found
    toml = FILES["scenario.toml"] + '\n[rules]\nrelief_no_night_from = "22"\n'
    found = where(faults_of(folder(tmp_path / "c", {"scenario.toml": toml})))
    assert ("scenario.toml", None, "rules.relief_no_night_from", "rules.bad_value") in found


def test_an_override_tightens_the_service_rules(tmp_path: Path) -> None:
    toml = FILES["scenario.toml"] + (
        '\n[rules]\nrelief_no_night_from = "22:00"\nrelief_no_night_to = "06:00"\n'
        "relief_hours_per_fortnight = 6.5\n"
    )
    _, services = read_scenario_with_services(folder(tmp_path, {"scenario.toml": toml}))
    assert services.rules.relief_no_night_from == 22 * 60
    assert services.rules.relief_no_night_to == 6 * 60
    assert services.rules.relief_hours_per_fortnight == 6.5


def test_the_workbook_names_sheets_and_keeps_empty_rule_rows(tmp_path: Path) -> None:
    scenario, services = read_scenario_with_services(folder(tmp_path))
    book_path = tmp_path / "book.xlsx"
    write_scenario_xlsx(scenario, book_path, "haderslev", services)
    book = openpyxl.load_workbook(book_path)
    book["scenario"].append(["rules.relief_hours_per_week", None])  # empty: the profile's 3
    book["relief_visits"]["E2"] = "12:00"  # before its start, 13:00
    book.save(book_path)
    found = where(faults_of(book_path))
    assert found == [("relief_visits", 2, "end", "relief.end_not_after_start")]


def test_a_copy_of_the_demo_reads_with_both_services(tmp_path: Path) -> None:
    demo = Path(__file__).resolve().parents[2] / "data" / "demo" / "haderslev-2027"
    shutil.copytree(demo, tmp_path / "demo")
    scenario, services = read_scenario_with_services(tmp_path / "demo")
    assert len([c for c in scenario.centres if c.kind == "dagcenter"]) == 2
    assert services.day_wishes and services.relief_visits and services.relief_teams
