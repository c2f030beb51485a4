"""What the services overviews read: the day-centre wishes that were ended (when, and where
the place was), the relief teams' hours in a week against their hours, and the day-centre and
relief rows of an upload's preview (added, changed old → new, seats and closed days replaced,
ended wishes named), with nothing written."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.daycare import CurrentPlace, DaySeats, DayWish
from scheduler.domain.model import Centre, Person
from scheduler.domain.relief import ReliefGrant, ReliefTeam, ReliefVisit
from scheduler.domain.services import ServiceRules, Services
from scheduler.io.scenario_reader import read_scenario_with_services
from scheduler.service.day_ended import ended_day_wishes
from scheduler.service.day_place_end import end_day_wish
from scheduler.service.import_preview import ImportPreview, preview_import
from scheduler.service.importing import import_scenario
from scheduler.service.services_view import ServicesView, allocate_day_places
from scheduler.service.services_weeks import teams_week
from scheduler.service.upload import read_upload_with_services
from scheduler.store import audit
from scheduler.store.database import open_store
from scheduler.store.import_diff import FieldChange, RowChange
from scheduler.store.services_repo import end_wish, load_services
from tests.daycare.tiny import DAY_RULES, START, day_scenario
from tests.zips import zip_of

DEMO = Path(__file__).resolve().parents[2] / "data" / "demo" / "haderslev-2027"
MONDAY, WEDNESDAY = 1, 3
PERSONS = [Person(f"P{n}", f"Borger {n} (fiktiv)") for n in (1, 2, 3)]
CENTRE = Centre("D1", "Dag (fiktivt)", "dagcenter", 0)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[Engine]:
    """One day centre with a seat on Monday: W1 (Monday) has it, W2 (Monday) waits; W3 has
    an imported place on Wednesday and is not allocated yet."""
    engine = open_store(f"sqlite:///{tmp_path / 'world.db'}")
    scenario = day_scenario([CENTRE], PERSONS)
    wishes = tuple(
        DayWish(f"W{n}", f"P{n}", date(2026, 12, n), START, 1, frozenset({day}))
        for n, day in ((1, MONDAY), (2, MONDAY), (3, WEDNESDAY))
    )
    seats = (DaySeats("D1", MONDAY, 1), DaySeats("D1", WEDNESDAY, 1))
    place = CurrentPlace("W3", "D1", frozenset({WEDNESDAY}))
    services = Services(rules=DAY_RULES, day_seats=seats, day_wishes=wishes[:2])
    import_scenario(engine, scenario, "tester", services)
    allocate_day_places(engine, "tester")
    later = Services(rules=DAY_RULES, day_wishes=wishes[2:], day_places=(place,))
    import_scenario(engine, scenario, "tester", later)
    yield engine
    engine.dispose()


def test_nothing_ended_reads_as_nothing(world: Engine) -> None:
    assert ended_day_wishes(world) == []


def test_an_ended_place_says_when_and_where_it_was(world: Engine) -> None:
    end_day_wish(world, "W1", "planner")
    [ended] = ended_day_wishes(world)
    assert (ended.wish.wish_id, ended.person_name) == ("W1", "Borger 1 (fiktiv)")
    assert (ended.centre_id, ended.weekdays) == ("D1", frozenset({MONDAY}))
    assert ended.wish.days_per_week == 1 and ended.wish.person_id == "P1"
    with Session(world) as session:
        [entry] = [e for e in audit.entries(session) if e.action == "end"]
    assert abs((ended.ended_at - entry.at).total_seconds()) < 1
    assert ended_day_wishes(world, "P1") == [ended]
    assert ended_day_wishes(world, "P2") == []
    assert ended_day_wishes(world, centre_id="D1") == [ended]
    assert ended_day_wishes(world, centre_id="D2") == []


def test_a_wish_ended_while_waiting_had_no_place(world: Engine) -> None:
    end_day_wish(world, "W1", "planner")  # W2 gets the Monday seat
    end_day_wish(world, "W2", "planner")
    latest, first = ended_day_wishes(world)
    assert (latest.wish.wish_id, latest.centre_id) == ("W2", "D1")
    assert (first.wish.wish_id, first.centre_id) == ("W1", "D1")


def test_a_wish_ended_before_any_allocation_keeps_its_imported_place(tmp_path: Path) -> None:
    engine = open_store(f"sqlite:///{tmp_path / 'imported.db'}")
    wish = DayWish("W3", "P3", date(2026, 12, 3), START, 1, frozenset({WEDNESDAY}))
    place = CurrentPlace("W3", "D1", frozenset({WEDNESDAY}))
    services = Services(
        rules=DAY_RULES,
        day_seats=(DaySeats("D1", WEDNESDAY, 1),),
        day_wishes=(wish,),
        day_places=(place,),
    )
    import_scenario(engine, day_scenario([CENTRE], PERSONS), "tester", services)
    with Session(engine) as session, session.begin():
        end_wish(session, "W3", "planner")
    [ended] = ended_day_wishes(engine)
    assert (ended.centre_id, ended.weekdays) == ("D1", frozenset({WEDNESDAY}))
    engine.dispose()


def test_a_wish_that_never_had_a_place_ends_without_one(tmp_path: Path) -> None:
    engine = open_store(f"sqlite:///{tmp_path / 'queue.db'}")
    wishes = tuple(
        DayWish(f"W{n}", f"P{n}", date(2026, 12, n), START, 1, frozenset({MONDAY})) for n in (1, 2)
    )
    services = Services(rules=DAY_RULES, day_seats=(DaySeats("D1", MONDAY, 1),), day_wishes=wishes)
    import_scenario(engine, day_scenario([CENTRE], PERSONS), "tester", services)
    allocate_day_places(engine, "tester")
    end_day_wish(engine, "W2", "planner")  # waiting behind W1
    [ended] = ended_day_wishes(engine)
    assert (ended.wish.wish_id, ended.centre_id, ended.weekdays) == ("W2", None, frozenset())
    engine.dispose()


def _relief_view(teams: tuple[ReliefTeam, ...]) -> ServicesView:
    """Two grants (team T1, no team) with visits in ISO week 2 of 2027 (11–17 January) and
    one visit the week after."""
    grants = (
        ReliefGrant("G1", "P1", 180, 7, START, team_id="T1"),
        ReliefGrant("G2", "P2", 180, 7, START),
    )
    visits = (
        ReliefVisit("V1", "G1", date(2027, 1, 11), 600, 780),  # 3 h
        ReliefVisit("V2", "G1", date(2027, 1, 17), 600, 660),  # Sunday, 1 h
        ReliefVisit("V3", "G2", date(2027, 1, 12), 600, 690),  # no team, 1.5 h
        ReliefVisit("V4", "G1", date(2027, 1, 18), 600, 720),  # week 3
    )
    rules = ServiceRules(relief_hours_per_week=3)
    services = Services(rules=rules, relief_grants=grants, relief_visits=visits, relief_teams=teams)
    return ServicesView(day_scenario([CENTRE], PERSONS), services, None)


def test_a_teams_week_counts_its_visits_monday_to_sunday() -> None:
    teams = (ReliefTeam("T1", 300, "Team 1 (fiktivt)"), ReliefTeam("T2", 60))
    found = teams_week(_relief_view(teams), 2027, 2)
    assert [(w.team.team_id, w.planned_minutes, w.over_minutes) for w in found.teams] == [
        ("T1", 240, 0),
        ("T2", 0, 0),
    ]
    assert found.without_team == 90


def test_a_week_over_a_teams_hours_says_by_how_much() -> None:
    found = teams_week(_relief_view((ReliefTeam("T1", 180),)), 2027, 2)
    [week] = found.teams
    assert (week.planned_minutes, week.over_minutes) == (240, 60)
    assert teams_week(_relief_view((ReliefTeam("T1", 180),)), 2027, 3).teams[0].over_minutes == 0


def test_no_teams_no_rows() -> None:
    assert teams_week(_relief_view(()), 2027, 2).teams == ()


# the upload's preview


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo imported with its service tables (not allocated), once per module."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    engine = open_store(f"sqlite:///{path}")
    scenario, services = read_scenario_with_services(DEMO)
    import_scenario(engine, scenario, "tester", services)
    engine.dispose()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Engine]:
    copy = tmp_path / "demo.db"
    copy.write_bytes(demo_file.read_bytes())
    engine = open_store(f"sqlite:///{copy}")
    yield engine
    engine.dispose()


WISHES = (
    "wish_id,person_id,received,first_day,days_per_week,weekdays,preferred_centre,priority\n"
    "W9999,P0001,2027-02-01,2027-03-01,1,2,D01,0\n"
    "W0002,P0017,2026-09-30,2026-10-28,1,,,1\n"  # 2 → 1 day a week
)
SEATS = "centre_id,weekday,seats\n" + "".join(f"D01,{d},9\n" for d in (1, 2, 3, 4)) + "D01,5,5\n"
TEAMS = (
    "team_id,hours_per_week,name\n"
    "T01,40,Afløserteam Nord (fiktivt)\n"  # 35 → 40 hours
    "T02,45,Afløserteam Syd (fiktivt)\n"
)
GRANTS = (  # a visit's grant must be in the upload
    "grant_id,person_id,start,hours_per_week,hours_per_fortnight,end,team_id\n"
    "G0002,P0001,2027-02-26,2,,2027-04-23,T02\n"
)
VISITS = "visit_id,grant_id,date,start,end\nV999999,G0002,2027-03-02,10:00,11:00\n"


def _preview(engine: Engine, files: dict[str, str]) -> ImportPreview:
    scenario, services = read_upload_with_services(engine, "services.zip", zip_of(files))
    assert services is not None
    return preview_import(engine, scenario, services)


def test_the_preview_lists_the_service_rows_added_and_changed(demo: Engine) -> None:
    files = {
        "day_centre_wishes.csv": WISHES,
        "day_centre_seats.csv": SEATS,
        "relief_teams.csv": TEAMS,
        "relief_grants.csv": GRANTS,
        "relief_visits.csv": VISITS,
    }
    before = read_scenario_with_services(DEMO)[1]
    pending = _preview(demo, files).services
    assert pending is not None and not pending.empty
    assert pending.added == {
        "day_wish": ("W9999",),
        "relief_team": (),
        "relief_grant": (),
        "relief_visit": ("V999999",),
    }
    assert RowChange("day_wish", "W0002", (FieldChange("days_per_week", 2, 1),)) in (
        pending.changed
    )
    assert RowChange("relief_team", "T01", (FieldChange("minutes_per_week", 35 * 60, 2400),)) in (
        pending.changed
    )
    [seats] = pending.seats
    assert seats.centre_id == "D01"
    assert [s.seats for s in seats.old_seats] == [9, 9, 9, 9, 7]
    assert [s.seats for s in seats.new_seats] == [9, 9, 9, 9, 5]
    assert seats.old_closed and not seats.new_closed  # the upload has no closed days for D01
    assert pending.ended == ()
    with Session(demo) as session:
        assert load_services(session).day_wishes == before.day_wishes, "nothing is written"


def test_an_upload_of_unchanged_service_rows_changes_nothing(demo: Engine) -> None:
    teams = (DEMO / "relief_teams.csv").read_text()
    preview = _preview(demo, {"relief_teams.csv": teams})
    assert preview.services is not None and preview.services.empty
    assert preview.services.added == {"relief_team": ()}


def test_the_preview_names_a_wish_that_was_ended(demo: Engine) -> None:
    allocate_day_places(demo, "tester")
    end_day_wish(demo, "W0002", "planner")
    pending = _preview(demo, {"day_centre_wishes.csv": WISHES}).services
    assert pending is not None and pending.ended == ("W0002",)


def test_an_upload_without_service_tables_previews_none(demo: Engine) -> None:
    request = (
        "request_id,person_id,received,start,end\nR09999,P0001,2027-01-05,2027-10-04,2027-10-08\n"
    )
    scenario, services = read_upload_with_services(demo, "r.zip", zip_of({"requests.csv": request}))
    assert services is None
    assert preview_import(demo, scenario, services).services is None


def test_the_demo_has_a_family_with_all_three_services() -> None:
    scenario, services = read_scenario_with_services(DEMO)
    staying = {r.person_id for r in scenario.requests}
    placed = {p.wish_id for p in services.day_places}
    with_place = {w.person_id for w in services.day_wishes if w.wish_id in placed}
    granted = {g.person_id for g in services.relief_grants}
    assert staying & with_place & granted
