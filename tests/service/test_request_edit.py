"""Editing one request: checked as an imported row is; stored only without faults."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.faults import ScenarioError
from scheduler.io.scenario_reader import read_scenario
from scheduler.service.importing import import_scenario
from scheduler.service.request_edit import edit_request
from scheduler.service.versions import load_scenario
from scheduler.store import audit
from scheduler.store.database import open_store

VALID = Path(__file__).resolve().parents[1] / "data" / "valid"
R5 = {
    "request_id": "R5",
    "person_id": "P2",
    "received": "2027-01-05",
    "start": "2027-03-01",
    "end": "2027-03-15",
    "flex_days": "3",
    "kind": "planned",
    "priority": "2",
    "preferred_centre": "C2",
}


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = open_store(f"sqlite:///{tmp_path / 'edit.db'}")
    import_scenario(engine, read_scenario(VALID), "tester")
    return engine


def _audit_count(engine: Engine) -> int:
    with Session(engine) as session:
        return len(audit.entries(session))


def _faults(engine: Engine, cells: dict[str, str]) -> list[tuple[str, int | None, str | None]]:
    before = load_scenario(engine)
    logged = _audit_count(engine)
    with pytest.raises(ScenarioError) as caught:
        edit_request(engine, cells, "tester")
    assert load_scenario(engine) == before
    assert _audit_count(engine) == logged
    return [(f.file, f.row, f.column) for f in caught.value.faults]


def test_a_good_edit_is_stored_and_logged(engine: Engine) -> None:
    logged = _audit_count(engine)
    edited = edit_request(engine, {**R5, "start": "2027-03-02", "end": "2027-03-10"}, "editor")
    assert (edited.start, edited.end) == (date(2027, 3, 2), date(2027, 3, 10))
    assert load_scenario(engine).request_by_id["R5"] == edited
    with Session(engine) as session:
        last = audit.entries(session)[-1]
        assert (last.actor, last.entity, last.ids) == ("editor", "request", ["R5"])
    assert _audit_count(engine) == logged + 1


def test_bad_cells_are_located_like_an_import(engine: Engine) -> None:
    faults = _faults(engine, {**R5, "start": "2027-13-01", "priority": "high"})
    assert faults == [
        ("requests.csv", 6, "start"),
        ("requests.csv", 6, "priority"),
    ]


def test_unknown_references_are_refused(engine: Engine) -> None:
    faults = _faults(engine, {**R5, "person_id": "P9", "preferred_centre": "C9"})
    assert faults == [
        ("requests.csv", 6, "person_id"),
        ("requests.csv", 6, "preferred_centre"),
    ]


def test_an_unknown_request_is_refused(engine: Engine) -> None:
    assert _faults(engine, {**R5, "request_id": "R99"}) == [("requests.csv", None, "request_id")]


def test_an_edit_that_breaks_a_promised_stay_is_refused(engine: Engine) -> None:
    r1 = {
        **R5,
        "request_id": "R1",
        "person_id": "P1",
        "start": "2027-08-02",
        "end": "2027-08-09",
        "preferred_centre": "C1",
    }
    faults = _faults(engine, r1)
    assert faults and all(f[0] == "bookings.csv" for f in faults)
