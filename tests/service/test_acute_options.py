"""Acute placement in two steps: the options are found without writing anything, and only the
option chosen is booked, once."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine

from scheduler.domain.checker import check_plan
from scheduler.domain.model import Reason
from scheduler.io.scenario_reader import read_scenario
from scheduler.service.importing import import_scenario
from scheduler.service.operations import OperationError
from scheduler.service.operations.acute_options import (
    AcuteChoice,
    AcuteNeed,
    AcuteOption,
    book_acute,
    preview_acute,
)
from scheduler.service.planning import make_plan
from scheduler.service.publishing import publish
from scheduler.service.versions import VersionOrigin, list_versions, load_plan, load_scenario
from scheduler.store.database import open_store

ROOT = Path(__file__).resolve().parents[2]
DAY = date(2026, 12, 1)


@pytest.fixture
def store(tmp_path: Path) -> Engine:
    """The Haderslev demo, planned greedily and published (version 1)."""
    engine = open_store(f"sqlite:///{tmp_path / 'acute.db'}")
    import_scenario(engine, read_scenario(ROOT / "data" / "demo" / "haderslev-2027"), "t")
    make_plan(engine, 10.0, "t", method="greedy")
    publish(engine, None, "t")
    return engine


def test_the_options_are_found_without_writing(store: Engine) -> None:
    options = preview_acute(store, AcuteNeed("P0001", date(2027, 1, 1), received=DAY))
    assert options.reason is None and options.version == 1
    [place] = options.options
    assert place.choice is AcuteChoice.PLACE and place.stay is not None
    assert (place.stay.start, place.stay.end) == (date(2027, 1, 1), date(2027, 1, 15))
    assert len(list_versions(store)) == 1
    assert not [r for r in load_scenario(store).requests if r.request_id.startswith("A-")]


def test_no_room_offers_a_later_date_and_the_waiting_list(store: Engine) -> None:
    options = preview_acute(store, AcuteNeed("P0004", date(2027, 7, 12), received=DAY))
    assert options.reason is Reason.CAPACITY and options.later_searched
    assert [o.choice for o in options.options] == [AcuteChoice.LATER, AcuteChoice.WAIT]
    later = options.option(AcuteChoice.LATER)
    assert later is not None and later.stay is not None and later.stay.start > date(2027, 7, 12)
    assert len(list_versions(store)) == 1


def test_the_chosen_later_date_is_booked(store: Engine) -> None:
    need = AcuteNeed("P0004", date(2027, 7, 12), received=DAY)
    later = preview_acute(store, need).option(AcuteChoice.LATER)
    assert later is not None and later.stay is not None
    booking = book_acute(store, need, later, "worker")
    assert booking.stay is not None and booking.stay.start == later.stay.start
    assert booking.request.start == later.stay.start and booking.request.flex_days == 0
    versions = list_versions(store)
    assert versions[-1].origin is VersionOrigin.ACUTE and versions[-1].created_by == "worker"
    assert check_plan(load_scenario(store), load_plan(store)) == []


def test_waiting_is_recorded_only_when_chosen(store: Engine) -> None:
    need = AcuteNeed("P0004", date(2027, 7, 12), received=DAY)
    wait = preview_acute(store, need).option(AcuteChoice.WAIT)
    assert wait is not None
    booking = book_acute(store, need, wait, "worker")
    assert booking.stay is None and booking.reason is Reason.CAPACITY
    assert load_plan(store).by_request[booking.request.request_id].reason is Reason.CAPACITY


def test_booking_the_same_need_again_adds_nothing(store: Engine) -> None:
    need = AcuteNeed("P0001", date(2027, 1, 1), received=DAY)
    [place] = preview_acute(store, need).options
    first = book_acute(store, need, place, "worker")
    again = book_acute(store, need, place, "worker")
    assert again.repeated and again.request == first.request
    assert again.version == first.version == 2
    assert len(list_versions(store)) == 2
    acute = [r for r in load_scenario(store).requests if r.request_id.startswith("A-")]
    assert len(acute) == 1


def test_an_option_the_plan_no_longer_offers_is_refused(store: Engine) -> None:
    need = AcuteNeed("P0001", date(2027, 1, 1), received=DAY)
    [place] = preview_acute(store, need).options
    assert place.stay is not None
    elsewhere = AcuteOption(AcuteChoice.PLACE, replace(place.stay, centre_id="C04"))
    with pytest.raises(OperationError) as refused:
        book_acute(store, need, elsewhere, "worker")
    assert refused.value.key == "acute.options_changed"
    assert len(list_versions(store)) == 1
    with pytest.raises(OperationError):
        book_acute(store, need, AcuteOption(AcuteChoice.WAIT), "worker")  # it fits now
    with pytest.raises(OperationError):
        book_acute(store, need, AcuteOption(AcuteChoice.LATER), "worker")  # no stay named


def test_a_need_outside_the_horizon_is_refused(store: Engine) -> None:
    with pytest.raises(OperationError) as refused:
        preview_acute(store, AcuteNeed("P0001", date(2029, 1, 1), received=DAY))
    assert refused.value.key == "operations.outside_horizon"
    with pytest.raises(OperationError) as unknown:
        preview_acute(store, AcuteNeed("P9999", date(2027, 1, 1), received=DAY))
    assert unknown.value.key == "operations.unknown_person"
