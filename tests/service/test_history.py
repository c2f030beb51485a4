"""The history of requests and versions: every version that changed a request, the requests
gone from the plan, promises that changed, what each version changed, superseded drafts."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from scheduler.io.scenario_reader import read_scenario
from scheduler.service.casework import change_stay
from scheduler.service.history import (
    Shift,
    changed_promises,
    gone_requests,
    request_history,
    store_stamp,
    superseded_draft,
    version_changes,
)
from scheduler.service.importing import import_scenario
from scheduler.service.operations import cancel, insert_acute
from scheduler.service.planning import make_plan
from scheduler.service.publishing import publish
from scheduler.service.versions import load_plan
from scheduler.store.database import open_store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def store(tmp_path: Path) -> Engine:
    """The Haderslev demo, planned greedily and published (version 1)."""
    engine = open_store(f"sqlite:///{tmp_path / 'history.db'}")
    import_scenario(engine, read_scenario(ROOT / "data" / "demo" / "haderslev-2027"), "t")
    make_plan(engine, 10.0, "t", method="greedy")
    publish(engine, None, "t")
    return engine


def test_a_cancelled_request_keeps_its_history(store: Engine) -> None:
    cancel(store, "R00001", "worker")
    history = request_history(store, "R00001")
    assert history.cancelled_at is not None and not history.no_show
    assert [(s.version.number, s.shift) for s in history.steps] == [
        (1, Shift.GAINS),
        (2, Shift.REMOVED),
    ]
    assert history.steps[0].stay is not None and history.steps[1].stay is None
    [gone] = gone_requests(store)
    assert gone.request.request_id == "R00001" and gone.stay == history.steps[0].stay
    assert gone_requests(store, "P0001") == []


def test_what_a_version_changed_against_its_base(store: Engine) -> None:
    outcome = insert_acute(store, "P0001", date(2027, 1, 4), "worker")
    changes = version_changes(store, outcome.version)
    assert [(c.shift, c.request_id) for c in changes if c.shift is Shift.GAINS] == [
        (Shift.GAINS, outcome.request_id)
    ]
    first = version_changes(store, 1)
    assert {c.shift for c in first} <= {Shift.GAINS, Shift.REJECTED}


def test_a_draft_superseded_by_a_publication(store: Engine) -> None:
    assert superseded_draft(store) is None
    draft = make_plan(store, 10.0, "t", method="greedy").version.number
    assert superseded_draft(store) is None, "a draft on the published plan is current"
    stamp = store_stamp(store)
    outcome = insert_acute(store, "P0001", date(2027, 1, 4), "worker")
    assert store_stamp(store) > stamp
    found = superseded_draft(store)
    assert found is not None
    assert (found.draft.number, found.published.number) == (draft, outcome.version)
    make_plan(store, 10.0, "t", method="greedy")
    assert superseded_draft(store) is None, "the new draft knows the change"


def test_no_promise_changed_yet(store: Engine) -> None:
    assert changed_promises(store) == {}


def test_a_changed_promise_keeps_what_was_first_promised(store: Engine) -> None:
    stay = next(s for s in load_plan(store).stays if s.nights >= 3)
    shorter = stay.start + timedelta(days=stay.nights - 1)
    outcome = change_stay(store, stay.request_id, "worker", end=shorter)
    assert outcome.version is not None, "shortening a stay fits"
    changed = changed_promises(store)
    [change] = changed.values()
    assert change.request_id == stay.request_id and change.changes == 1
    assert (change.first.centre_id, change.first.start, change.first.end) == (
        stay.centre_id,
        stay.start,
        stay.end,
    )
    steps = request_history(store, stay.request_id).steps
    assert [s.shift for s in steps] == [Shift.GAINS, Shift.MOVES]
