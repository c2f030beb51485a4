"""Only what has happened can be recorded: an arrival or an early departure dated after today,
and a no-show before the planned arrival, are refused and nothing is written; on today itself
they are recorded. On both engines, in the world of ``casework_world`` (R2 is planned
2027-03-01 – 03-08, R3 2027-03-15 – 03-22)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import Engine

from scheduler.i18n import t
from scheduler.service.casework import (
    person_account,
    record_arrival,
    record_departure,
    record_no_show,
)
from scheduler.service.casework import records as records_module
from scheduler.service.errors import UserError
from scheduler.service.versions import list_versions, load_plan, load_scenario
from tests.store.casework_world import log, published_world


@pytest.fixture
def world(store: Engine) -> Engine:
    return published_world(store)


def _unchanged(engine: Engine) -> tuple[object, ...]:
    return (
        load_plan(engine),
        load_scenario(engine),
        list_versions(engine),
        log(engine),
        person_account(engine, "P3").stays,
        person_account(engine, "P2").stays,
    )


def _refused(engine: Engine, record: Callable[[], object]) -> UserError:
    """The refusal of ``record()``, having held that it wrote nothing."""
    before = _unchanged(engine)
    with pytest.raises(UserError) as raised:
        record()
    assert _unchanged(engine) == before
    return raised.value


def test_an_arrival_after_today_is_refused(world: Engine) -> None:
    today = date(2027, 3, 16)
    error = _refused(
        world, lambda: record_arrival(world, "R3", date(2027, 3, 17), "planner", today=today)
    )
    assert error.key == "casework.record.future_arrival"
    assert error.params == {"request": "R3", "day": date(2027, 3, 17), "today": today}
    assert t(error.key, "da", **error.params) == (
        "Ankomsten for ønske R3 kan først registreres, når den er sket: 2027-03-17 er efter i "
        "dag (2027-03-16)."
    )
    assert t(error.key, "en", **error.params) == (
        "The arrival for request R3 can be recorded only once it has happened: 2027-03-17 is "
        "after today (2027-03-16)."
    )


def test_an_arrival_on_today_is_recorded(world: Engine) -> None:
    outcome = record_arrival(world, "R3", date(2027, 3, 17), "planner", today=date(2027, 3, 17))
    assert outcome.record.arrived == date(2027, 3, 17)
    assert outcome.freed_nights == 2


def test_a_departure_after_today_is_refused_and_no_arrival_is_implied(world: Engine) -> None:
    today = date(2027, 3, 18)
    error = _refused(
        world, lambda: record_departure(world, "R3", date(2027, 3, 20), "planner", today=today)
    )
    assert error.key == "casework.record.future_departure"
    assert error.params == {"request": "R3", "day": date(2027, 3, 20), "today": today}
    assert "Afrejsen for ønske R3 kan først registreres" in t(error.key, "da", **error.params)


def test_a_departure_after_a_recorded_arrival_is_refused_after_today(world: Engine) -> None:
    record_arrival(world, "R3", date(2027, 3, 15), "planner", today=date(2027, 3, 15))
    error = _refused(
        world,
        lambda: record_departure(
            world, "R3", date(2027, 3, 17), "planner", today=date(2027, 3, 16)
        ),
    )
    assert error.key == "casework.record.future_departure"


def test_a_departure_on_today_is_recorded(world: Engine) -> None:
    outcome = record_departure(world, "R3", date(2027, 3, 18), "planner", today=date(2027, 3, 18))
    assert (outcome.record.arrived, outcome.record.departed) == (
        date(2027, 3, 15),
        date(2027, 3, 18),
    )


def test_a_no_show_before_the_planned_arrival_is_refused(world: Engine) -> None:
    today = date(2027, 3, 14)
    error = _refused(world, lambda: record_no_show(world, "R3", "planner", today=today))
    assert error.key == "casework.record.future_no_show"
    assert error.params == {"request": "R3", "start": date(2027, 3, 15), "today": today}
    assert t(error.key, "da", **error.params) == (
        "En udeblivelse kan først registreres fra den planlagte ankomstdag: ankomsten "
        "2027-03-15 for ønske R3 er efter i dag (2027-03-14)."
    )


def test_a_no_show_on_the_planned_arrival_is_recorded(world: Engine) -> None:
    outcome = record_no_show(world, "R3", "planner", today=date(2027, 3, 15))
    assert outcome.record.no_show and outcome.stay is None
    assert "R3" not in load_plan(world).by_request


def test_the_other_refusals_come_first(world: Engine) -> None:
    """A day outside the stay is told as such, not as a day to come."""
    with pytest.raises(UserError) as raised:
        record_arrival(world, "R3", date(2027, 4, 2), "planner", today=date(2026, 11, 30))
    assert raised.value.key == "casework.bad_arrival"


def test_today_is_the_real_date_by_default(world: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """The QA walk: on 30.11.2026 an arrival on 2027-03-17 was recorded."""

    class OnTheDay(date):
        @classmethod
        def today(cls) -> OnTheDay:
            return cls(2026, 11, 30)

    monkeypatch.setattr(records_module, "date", OnTheDay)
    error = _refused(world, lambda: record_arrival(world, "R3", date(2027, 3, 17), "planner"))
    assert error.params["today"] == date(2026, 11, 30)
    error = _refused(world, lambda: record_no_show(world, "R2", "planner"))
    assert error.key == "casework.record.future_no_show"
