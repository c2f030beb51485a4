"""Day-centre places and relief at home in the store, on both engines: the import stores the
seven service tables and the rules and gives them back as read; importing them again changes
nothing; a scenario without them stores none; seats of a centre are replaced as a whole; the
audit log holds ids only; the day plan is stored as a run and read back; migration 0007 from
0006 and back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import Engine, inspect
from sqlalchemy.orm import Session

from scheduler.cli import main
from scheduler.daycare import allocate
from scheduler.domain.daycare import DaySeats
from scheduler.domain.errors import UserError
from scheduler.domain.model import Scenario
from scheduler.domain.services import Services
from scheduler.io.scenario_reader import read_scenario_with_services
from scheduler.service.importing import import_scenario
from scheduler.service.services_view import allocate_day_places, services_view
from scheduler.store import audit, scenario_repo
from scheduler.store.database import create_store_engine, downgrade, revisions, upgrade
from scheduler.store.services_repo import load_services
from tests.store.conftest import DEMO

SERVICE_TABLES = {
    "service_settings",
    "day_centre_seats",
    "day_centre_closed",
    "day_centre_wishes",
    "day_centre_places",
    "relief_teams",
    "relief_grants",
    "relief_visits",
    "day_plan_runs",
    "day_plan_decisions",
}


@pytest.fixture(scope="module")
def demo_with_services() -> tuple[Scenario, Services]:
    return read_scenario_with_services(DEMO)


def _stored(engine: Engine) -> Services:
    with Session(engine) as session:
        return load_services(session)


def test_the_service_tables_are_stored_and_read_back(
    store: Engine, demo_with_services: tuple[Scenario, Services]
) -> None:
    scenario, services = demo_with_services
    report = import_scenario(store, scenario, "t", services)
    assert report.changes["day_wish"].inserted == len(services.day_wishes)
    assert report.changes["relief_visit"].inserted == len(services.relief_visits)
    assert _stored(store) == services
    again = import_scenario(store, scenario, "t", services)
    assert all(c.inserted == c.updated == 0 for c in again.changes.values()), (
        "importing the same tables again changes nothing"
    )


def test_the_audit_log_names_ids_only(
    store: Engine, demo_with_services: tuple[Scenario, Services]
) -> None:
    scenario, services = demo_with_services
    import_scenario(store, scenario, "t", services)
    with Session(store) as session:
        logged = {e.entity: e.ids for e in audit.entries(session)}
    assert logged["day_wish"] == [w.wish_id for w in services.day_wishes]
    assert logged["relief_grant"] == [g.grant_id for g in services.relief_grants]
    names = {p.name for p in scenario.persons} | {t.name for t in services.relief_teams}
    assert not names & {i for ids in logged.values() for i in ids}


def test_a_scenario_without_service_tables_stores_none(store: Engine, valid: Scenario) -> None:
    import_scenario(store, valid, "t", Services())
    assert _stored(store) == Services()
    with pytest.raises(UserError) as refused:
        allocate_day_places(store, "t")
    assert refused.value.key == "svc.no_day_wishes"
    assert services_view(store).plan.decisions == ()


def test_leaving_services_out_keeps_the_stored_ones(
    store: Engine, demo_with_services: tuple[Scenario, Services]
) -> None:
    scenario, services = demo_with_services
    import_scenario(store, scenario, "t", services)
    import_scenario(store, scenario, "t")
    assert _stored(store) == services


def test_a_centres_seats_are_replaced_as_a_whole(
    store: Engine, demo_with_services: tuple[Scenario, Services]
) -> None:
    scenario, services = demo_with_services
    import_scenario(store, scenario, "t", services)
    fewer = tuple(s for s in services.day_seats if s.centre_id == "D01" and s.weekday != 5)
    changed = replace(
        services,
        day_seats=(*fewer, DaySeats("D01", 5, 2)),
        day_closures=tuple(c for c in services.day_closures if c.centre_id == "D01"),
    )
    report = import_scenario(store, scenario, "t", changed)
    assert report.changes["day_seats"].updated > 0
    stored = _stored(store)
    assert {s for s in stored.day_seats if s.centre_id == "D01"} == set(changed.day_seats)
    assert {s for s in stored.day_seats if s.centre_id == "D02"} == {
        s for s in services.day_seats if s.centre_id == "D02"
    }, "the seats of a centre the import does not name are kept"


def test_the_day_plan_is_stored_as_a_run_and_read_back(
    store: Engine, demo_with_services: tuple[Scenario, Services]
) -> None:
    scenario, services = demo_with_services
    import_scenario(store, scenario, "t", services)
    report = allocate_day_places(store, "planner-1")
    with Session(store) as session:
        stored = scenario_repo.load_scenario(session)
    expected = allocate(stored, services).plan
    view = services_view(store)
    assert view.run is not None and view.run.number == report.number
    assert view.run.made_by == "planner-1"
    assert view.plan == expected
    again = allocate_day_places(store, "planner-1")
    assert again.number == report.number + 1 and again.changes == 0
    with Session(store) as session:
        assert [e.ids for e in audit.entries(session) if e.entity == "day_plan"] == [
            [str(report.number)],
            [str(again.number)],
        ]


def test_a_leaders_view_holds_only_their_centre(
    store: Engine, demo_with_services: tuple[Scenario, Services]
) -> None:
    scenario, services = demo_with_services
    import_scenario(store, scenario, "t", services)
    allocate_day_places(store, "t")
    view = services_view(store, "D01")
    assert [c.centre_id for c in view.scenario.centres] == ["D01"]
    assert {p.centre_id for p in view.plan.places} == {"D01"}
    assert not view.plan.waiting and not view.services.relief_grants
    assert not view.scenario.requests and not view.scenario.waivers and not view.scenario.closures
    assert all(p.carer_name == "" and not p.needs for p in view.scenario.persons)
    assert {s.centre_id for s in view.services.day_seats} == {"D01"}
    with pytest.raises(UserError) as refused:
        services_view(store, "C01")  # a centre for stays is no day centre
    assert refused.value.key == "store.unknown_centre"


def test_migration_0007_from_0006_and_back(
    store_url: str, demo_with_services: tuple[Scenario, Services]
) -> None:
    scenario, services = demo_with_services
    engine = create_store_engine(store_url)
    upgrade(engine)
    import_scenario(engine, scenario, "t", services)
    allocate_day_places(engine, "t")
    downgrade(engine, "0006")
    assert not SERVICE_TABLES & set(inspect(engine).get_table_names())
    with Session(engine) as session:
        assert scenario_repo.load_scenario(session).requests == scenario.requests
    upgrade(engine)
    assert revisions(engine)[0] == "0007"
    assert set(inspect(engine).get_table_names()) >= SERVICE_TABLES
    assert _stored(engine) == Services(), "a stored scenario gets no service tables"
    engine.dispose()


def test_the_import_command_stores_the_services_and_says_so(
    store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(DEMO), "--db", store_url, "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "day-centre wishes: 65 new, 0 changed, 0 unchanged" in out
    assert "relief visits: 670 new, 0 changed, 0 unchanged" in out
    engine = create_store_engine(store_url)
    assert len(_stored(engine).day_wishes) == 65
    engine.dispose()


def test_the_allocate_command_stores_a_run(
    store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(DEMO), "--db", store_url]) == 0
    capsys.readouterr()
    assert main(["allocate-day-places", "--db", store_url, "--actor", "cli-t", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "stored as allocation no. 1" in out and "Allocated: 53 with a place" in out
    engine = create_store_engine(store_url)
    view = services_view(engine)
    assert view.run is not None and view.run.made_by == "cli-t"
    engine.dispose()


def test_the_end_command_ends_a_place_and_offers_its_seats(
    store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(DEMO), "--db", store_url]) == 0
    assert main(["allocate-day-places", "--db", store_url]) == 0
    engine = create_store_engine(store_url)
    wish = services_view(engine).plan.places[0].wish_id
    capsys.readouterr()
    assert main(["end-day-place", wish, "--db", store_url, "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    today = date.today().isoformat()
    assert lines[:2] == [
        f"The day-centre place (wish {wish}) is ended, its last day {today}; the family's "
        "letter is recorded (not sent).",
        "The day-centre places are allocated and stored as allocation no. 2.",
    ]
    seats = [line for line in lines[2:] if not line.startswith("Letter to ")]
    assert all(" now has a place at " in line for line in seats) or seats == [
        "No one in the queue can use the seats freed."
    ]
    letters = lines[2 + len(seats) :]
    assert letters[0].endswith(f"(wish {wish}): Day centre: place ended.")
    assert wish not in services_view(engine).services.wish_by_id
    assert main(["end-day-place", wish, "--db", store_url, "--lang", "en"]) == 2
    assert "has already been ended" in capsys.readouterr().err
    engine.dispose()


def test_the_allocate_command_without_wishes_says_so(
    store: Engine, store_url: str, valid: Scenario, capsys: pytest.CaptureFixture[str]
) -> None:
    import_scenario(store, valid, "t", Services())
    assert main(["allocate-day-places", "--db", store_url, "--lang", "en"]) == 2
    assert "no wishes for a day-centre place" in capsys.readouterr().err
