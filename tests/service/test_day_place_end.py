"""Ending a family's day-centre place, on SQLite and PostgreSQL: the wish leaves the
allocation, the places are allocated again at once, and the seat it freed goes to the first
waiting family that can use it (not to a later one, not to one that cannot come that day)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.daycare import DaySeats, DayWish
from scheduler.domain.errors import UserError
from scheduler.domain.model import Centre, Person
from scheduler.domain.services import Services
from scheduler.service.day_place_end import end_day_wish
from scheduler.service.importing import import_scenario
from scheduler.service.services_view import allocate_day_places, services_view
from scheduler.store import audit
from scheduler.store.database import open_store
from tests.daycare.tiny import DAY_RULES, START, day_scenario
from tests.store.conftest import postgres_url, store_url  # noqa: F401  (fixtures)

MONDAY, WEDNESDAY = 1, 3


@pytest.fixture
def world(store_url: str) -> Iterator[Engine]:  # noqa: F811
    """One day centre with one seat on Monday and one on Wednesday: W1 (Monday) and W2
    (Wednesday) have them; W3 (Wednesday only) and W4 (Monday only) wait, in that order."""
    engine = open_store(store_url)
    persons = [Person(f"P{n}", f"Borger {n} (fiktiv)") for n in (1, 2, 3, 4)]
    scenario = day_scenario([Centre("D1", "Dag (fiktivt)", "dagcenter", 0)], persons)
    wishes = tuple(
        DayWish(f"W{n}", f"P{n}", date(2026, 12, n), START, 1, frozenset({day}))
        for n, day in ((1, MONDAY), (2, WEDNESDAY), (3, WEDNESDAY), (4, MONDAY))
    )
    seats = (DaySeats("D1", MONDAY, 1), DaySeats("D1", WEDNESDAY, 1))
    services = Services(rules=DAY_RULES, day_seats=seats, day_wishes=wishes)
    import_scenario(engine, scenario, "tester", services)
    allocate_day_places(engine, "tester")
    yield engine
    engine.dispose()


def test_the_freed_seat_goes_to_the_first_who_can_use_it(world: Engine) -> None:
    plan = services_view(world).plan
    assert [p.wish_id for p in plan.places] == ["W1", "W2"]
    assert [d.wish_id for d in plan.waiting] == ["W3", "W4"]
    outcome = end_day_wish(world, "W1", "planner")
    assert outcome.freed is not None and outcome.freed.weekdays == {MONDAY}
    # W3 is first in the queue but cannot come on Monday: W4 gets the seat
    assert [(p.wish_id, p.centre_id, p.weekdays) for p in outcome.offered] == [
        ("W4", "D1", frozenset({MONDAY}))
    ]
    view = services_view(world)
    assert [p.wish_id for p in view.plan.places] == ["W2", "W4"]
    assert [d.wish_id for d in view.plan.waiting] == ["W3"]
    assert "W1" not in view.services.wish_by_id
    with Session(world) as session:
        assert ("planner", "end", "day_wish", ["W1"]) in [
            (e.actor, e.action, e.entity, e.ids) for e in audit.entries(session)
        ]


def test_ending_twice_or_an_unknown_wish_is_refused(world: Engine) -> None:
    end_day_wish(world, "W1", "planner")
    for wish, key in (("W1", "svc.wish_ended"), ("W9", "svc.unknown_wish")):
        with pytest.raises(UserError) as raised:
            end_day_wish(world, wish, "planner")
        assert raised.value.key == key


def test_ending_the_last_wish_leaves_nothing_to_allocate(world: Engine) -> None:
    for wish in ("W2", "W3", "W4"):
        end_day_wish(world, wish, "planner")
    outcome = end_day_wish(world, "W1", "planner")
    assert outcome.report is None and outcome.offered == ()
