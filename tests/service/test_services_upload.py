"""An upload (the app's) holding day-centre or relief tables: read against the store, with the
service tables it holds, and imported with them; an upload without them leaves the stored
ones as they are."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.io.scenario_reader import read_scenario_with_services
from scheduler.service.importing import import_scenario
from scheduler.service.upload import read_upload_with_services
from scheduler.store.database import open_store
from scheduler.store.services_repo import load_services
from tests.zips import zip_of

DEMO = Path(__file__).resolve().parents[2] / "data" / "demo" / "haderslev-2027"
WISH = (
    "wish_id,person_id,received,first_day,days_per_week,weekdays,preferred_centre,priority\n"
    "W9999,P0001,2027-02-01,2027-03-01,1,2,D01,0\n"
)
REQUEST = "request_id,person_id,received,start,end\nR09999,P0001,2027-01-05,2027-10-04,2027-10-08\n"


def _store(tmp_path: Path) -> Engine:
    engine = open_store(f"sqlite:///{tmp_path / 'demo.db'}")
    scenario, services = read_scenario_with_services(DEMO)
    import_scenario(engine, scenario, "t", services)
    return engine


def test_a_new_day_centre_wish_is_read_and_imported(tmp_path: Path) -> None:
    engine = _store(tmp_path)
    scenario, services = read_upload_with_services(
        engine, "wish.zip", zip_of({"day_centre_wishes.csv": WISH})
    )
    assert services is not None
    assert [w.wish_id for w in services.day_wishes] == ["W9999"]
    report = import_scenario(engine, scenario, "t", services)
    assert report.changes["day_wish"].inserted == 1
    with Session(engine) as session:
        stored = load_services(session)
    assert stored.day_wishes[-1].wish_id == "W9999"
    assert len(stored.day_wishes) == 66 and len(stored.relief_visits) == 670


def test_an_upload_without_service_tables_keeps_the_stored_ones(tmp_path: Path) -> None:
    engine = _store(tmp_path)
    scenario, services = read_upload_with_services(
        engine, "request.zip", zip_of({"requests.csv": REQUEST})
    )
    assert services is None
    import_scenario(engine, scenario, "t", services)
    with Session(engine) as session:
        assert len(load_services(session).day_wishes) == 65
