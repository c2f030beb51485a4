"""Undoing the last record of a stay, on both engines, in the world of ``casework_world``:
the stay gets back the nights the record took, unless they went to someone else meanwhile."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from scheduler.service.casework import (
    record_arrival,
    record_departure,
    record_no_show,
    undo_record,
)
from scheduler.service.errors import UserError
from scheduler.service.operations import accept_offer, waiting_list
from scheduler.service.versions import VersionOrigin, list_versions, load_plan, load_scenario
from tests.store.casework_world import log, published_world, sound

LATER = date(2027, 12, 31)
"""The day the records are made: after every day of the world's stays."""


@pytest.fixture
def world(store: Engine) -> Engine:
    return published_world(store)


def _stay(engine: Engine, request_id: str) -> tuple[str, date, date] | None:
    decision = load_plan(engine).by_request.get(request_id)
    stay = decision.stay if decision is not None else None
    return None if stay is None else (stay.centre_id, stay.start, stay.end)


def test_an_arrival_on_the_day_is_undone_without_a_new_version(world: Engine) -> None:
    record_arrival(world, "R3", date(2027, 3, 15), "leder-c2", centre="C2", today=LATER)
    outcome = undo_record(world, "R3", "leder-c2", centre="C2")
    assert (outcome.kept, outcome.version) == (None, None)
    assert outcome.undone.arrived == date(2027, 3, 15)
    assert len(list_versions(world)) == 2
    assert log(world)[-1] == ("leder-c2", "undo_record", "stay", ["R3"])
    with pytest.raises(UserError) as raised:
        undo_record(world, "R3", "planner")
    assert raised.value.key == "casework.nothing_recorded"


def test_a_late_arrival_undone_gives_the_stay_its_first_nights_back(world: Engine) -> None:
    before = _stay(world, "R3")
    record_arrival(world, "R3", date(2027, 3, 17), "planner", today=LATER)
    outcome = undo_record(world, "R3", "planner")
    assert outcome.version == 4
    assert list_versions(world)[-1].origin is VersionOrigin.RECORDED
    assert _stay(world, "R3") == before
    request = load_scenario(world).request_by_id["R3"]
    assert (request.start, request.end) == before[1:] if before else False
    sound(world)


def test_a_departure_undone_keeps_the_arrival(world: Engine) -> None:
    before = _stay(world, "R3")
    record_arrival(world, "R3", date(2027, 3, 15), "planner", today=LATER)
    record_departure(world, "R3", date(2027, 3, 18), "planner", today=LATER)
    outcome = undo_record(world, "R3", "planner")
    assert outcome.kept is not None and outcome.kept.arrived == date(2027, 3, 15)
    assert outcome.kept.departed is None
    assert _stay(world, "R3") == before
    sound(world)


def test_a_no_show_undone_plans_the_stay_again(world: Engine) -> None:
    before = _stay(world, "R2")
    record_no_show(world, "R2", "planner", today=LATER)
    assert "R2" not in load_scenario(world).request_by_id
    outcome = undo_record(world, "R2", "planner")
    assert outcome.version == 4 and outcome.kept is None
    assert _stay(world, "R2") == before
    assert "R2" in load_scenario(world).request_by_id
    assert waiting_list(world) == []
    sound(world)


def test_nights_given_on_meanwhile_are_not_taken_back(world: Engine) -> None:
    record_no_show(world, "R2", "planner", today=LATER)
    (offer,) = waiting_list(world)
    accept_offer(world, offer.request_id, "planner")  # R7 takes the freed bed
    versions, plan = list_versions(world), load_plan(world)
    with pytest.raises(UserError) as raised:
        undo_record(world, "R2", "planner")
    assert raised.value.key == "casework.undo_no_room"
    assert (list_versions(world), load_plan(world)) == (versions, plan)
    assert "R2" not in load_scenario(world).request_by_id, "the no-show is still recorded"


def test_a_centre_manager_undoes_only_at_their_own_centre(world: Engine) -> None:
    record_arrival(world, "R3", date(2027, 3, 15), "planner", today=LATER)
    with pytest.raises(UserError) as raised:
        undo_record(world, "R3", "leder-c1", centre="C1")
    assert raised.value.key == "casework.other_centre"
