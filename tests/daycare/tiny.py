"""Tiny day-centre scenarios drawn by Hypothesis: one to two day centres open a few weekdays
with a seat or two, a few wishes, now and then a closed week, a current place, a wish over the
days' limit, an ineligible person or one whose needs no centre has. Every drawn scenario is
valid input: a pinned place keeps every rule (as the reader demands)."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import combinations

from hypothesis import strategies as st

from scheduler.domain.check_daycare import first_open_day, place_violations
from scheduler.domain.daycare import (
    WEEKDAYS,
    CurrentPlace,
    DayClosure,
    DayPlace,
    DaySeats,
    DayWish,
)
from scheduler.domain.model import Centre, Person, Scenario
from scheduler.domain.services import ServiceRules, Services
from tests.builders import rules_with

START = date(2027, 1, 4)  # a Monday
END = date(2027, 1, 25)  # three weeks
DAY_RULES = ServiceRules(day_centre_kinds=("dagcenter",), day_centre_days_per_week=2)


def day_scenario(centres: list[Centre], persons: list[Person], end: date = END) -> Scenario:
    """A scenario of three weeks with these centres and persons (no stays)."""
    return Scenario(
        rules=rules_with(),
        horizon_start=START,
        horizon_end=end,
        centres=tuple(centres),
        persons=tuple(persons),
    )


@st.composite
def tiny_case(draw: st.DrawFn, most_wishes: int = 6) -> tuple[Scenario, Services]:
    """A tiny scenario and its day-centre services."""
    centre_count = draw(st.integers(1, 2))
    centres = [
        Centre(
            f"D{n}",
            f"Dagcenter {n} (fiktivt)",
            "dagcenter",
            0,
            frozenset({"demens"}) if draw(st.booleans()) else frozenset(),
        )
        for n in range(1, centre_count + 1)
    ]
    if draw(st.integers(0, 4)) == 0:  # a centre of another kind never takes a place
        centres.append(
            Centre("C9", "Testcenter (fiktivt)", "plejecenter", 2, frozenset({"demens"}))
        )
    seats = [
        DaySeats(centre.centre_id, weekday, draw(st.sampled_from([0, 1, 1, 1, 2, 2])))
        for centre in centres
        if centre.kind == "dagcenter"
        for weekday in (1, 2, 3)
        if draw(st.integers(0, 9)) > 0
    ]
    closures = []
    if draw(st.integers(0, 3)) == 0:
        first = START + timedelta(days=draw(st.integers(0, 18)))
        closures.append(DayClosure("D1", first, first + timedelta(days=draw(st.integers(1, 21)))))
    count = draw(st.integers(2, most_wishes))
    persons, wishes = [], []
    for n in range(1, count + 1):
        persons.append(
            Person(
                f"P{n}",
                f"Borger {n} (fiktiv)",
                frozenset({"demens"}) if draw(st.integers(0, 5)) == 0 else frozenset(),
                self_appointed_helper=draw(st.integers(0, 30)) == 0,
                consent=draw(st.integers(0, 30)) > 0,
            )
        )
        weekdays = draw(
            st.sampled_from(
                [
                    WEEKDAYS,
                    frozenset({1, 2}),
                    frozenset({2, 3}),
                    frozenset({1, 3}),
                    frozenset({1}),
                    frozenset({1, 2, 3}),
                ]
            )
        )
        wishes.append(
            DayWish(
                f"W{n}",
                f"P{n}",
                date(2026, 12, draw(st.integers(1, 3))),
                START + timedelta(days=draw(st.sampled_from([0, 0, 0, 0, 3, 9, 12, 30]))),
                draw(st.sampled_from([1, 1, 1, 2, 2, 2, 2, 3])),
                weekdays,
                draw(st.sampled_from([None, "D1", "D2"][: centre_count + 1])),
                draw(st.sampled_from([0, 0, 1])),
            )
        )
    scenario = day_scenario(centres, persons)
    services = Services(
        rules=DAY_RULES,
        day_seats=tuple(seats),
        day_closures=tuple(closures),
        day_wishes=tuple(wishes),
    )
    places: list[CurrentPlace] = []
    for wish in wishes:
        if draw(st.integers(0, 2)) > 0:
            continue
        centre = draw(st.sampled_from([c.centre_id for c in centres if c.kind == "dagcenter"]))
        days = draw(st.sampled_from(list(combinations((1, 2, 3), min(wish.days_per_week, 3)))))
        place = CurrentPlace(wish.wish_id, centre, frozenset(days), draw(st.booleans()))
        if place.pinned and not _pins_fit(scenario, services, [*places, place]):
            place = CurrentPlace(place.wish_id, place.centre_id, place.weekdays, False)
        places.append(place)
    return scenario, Services(
        rules=DAY_RULES,
        day_seats=tuple(seats),
        day_closures=tuple(closures),
        day_wishes=tuple(wishes),
        day_places=tuple(places),
    )


def _pins_fit(scenario: Scenario, services: Services, places: list[CurrentPlace]) -> bool:
    """Whether the pinned places keep every rule together (the reader's demand)."""
    wishes = {w.wish_id: w for w in services.day_wishes}
    pinned = []
    for place in places:
        if not place.pinned:
            continue
        start = first_open_day(
            scenario, services, place.centre_id, place.weekdays, wishes[place.wish_id].first_day
        )
        if start is None:
            return False
        pinned.append(DayPlace(place.wish_id, place.centre_id, place.weekdays, start))
    return not place_violations(scenario, services, pinned)
