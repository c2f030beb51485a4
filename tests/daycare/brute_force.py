"""The optimum of ``docs/rules.md`` ("How a day plan is chosen") by enumerating every day plan
of a tiny scenario.

It shares nothing with the allocation: a wish's options are every day centre and every set of
its days a week among all seven weekdays, kept when the independent checker finds no broken
rule for that place alone; a plan is kept when no weekday holds more places than seats.
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations

from scheduler.domain.check_daycare import first_open_day, place_violations, queue_key
from scheduler.domain.daycare import DayDecision, DayPlace, DayPlan
from scheduler.domain.model import Scenario
from scheduler.domain.services import Services

Vector = tuple[tuple[int, ...], int, int]


def objective(services: Services, plan: DayPlan) -> Vector:
    """The order's vector, every entry larger is better: granted (1) or not (0) for each
    unpinned wish in queue order, then places at the preferred centre, then minus the changed
    unpinned current places."""
    pinned = {p.wish_id for p in services.day_places if p.pinned}
    places = {p.wish_id: p for p in plan.places}
    queue = sorted((w for w in services.day_wishes if w.wish_id not in pinned), key=queue_key)
    granted = tuple(int(w.wish_id in places) for w in queue)
    preferred = sum(
        1
        for w in services.day_wishes
        if w.wish_id in places and places[w.wish_id].centre_id == w.preferred_centre
    )
    changes = 0
    for current in services.day_places:
        if current.pinned:
            continue
        place = places.get(current.wish_id)
        if place is None or (place.centre_id, place.weekdays) != (
            current.centre_id,
            current.weekdays,
        ):
            changes += 1
    return granted, preferred, -changes


def brute_force_optimum(scenario: Scenario, services: Services) -> Vector:
    """The best vector over every day plan that keeps the seats and every rule of a place."""
    seats = {(s.centre_id, s.weekday): s.seats for s in services.day_seats}
    pinned = {p.wish_id: p for p in services.day_places if p.pinned}
    options: list[list[DayPlace | None]] = []
    for wish in services.day_wishes:
        place = pinned.get(wish.wish_id)
        if place is not None:
            start = first_open_day(
                scenario, services, place.centre_id, place.weekdays, wish.first_day
            )
            assert start is not None
            options.append([DayPlace(wish.wish_id, place.centre_id, place.weekdays, start)])
            continue
        choices: list[DayPlace | None] = [None]
        for centre in scenario.centres:
            for days in combinations(range(1, 8), wish.days_per_week):
                weekdays = frozenset(days)
                start = first_open_day(
                    scenario, services, centre.centre_id, weekdays, wish.first_day
                )
                if start is None:
                    continue
                candidate = DayPlace(wish.wish_id, centre.centre_id, weekdays, start)
                if not place_violations(scenario, services, [candidate]):
                    choices.append(candidate)
        options.append(choices)
    best: Vector | None = None

    def explore(index: int, chosen: list[DayPlace], used: Counter[tuple[str, int]]) -> None:
        nonlocal best
        if index == len(options):
            plan = DayPlan(
                tuple(
                    _decision(services, wish_id, chosen)
                    for wish_id in (w.wish_id for w in services.day_wishes)
                )
            )
            vector = objective(services, plan)
            if best is None or vector > best:
                best = vector
            return
        for option in options[index]:
            if option is None:
                explore(index + 1, chosen, used)
                continue
            keys = [(option.centre_id, day) for day in option.weekdays]
            if any(used[key] + 1 > seats.get(key, 0) for key in keys):
                continue
            used.update(keys)
            explore(index + 1, [*chosen, option], used)
            used.subtract(keys)

    explore(0, [], Counter())
    assert best is not None
    return best


def _decision(services: Services, wish_id: str, chosen: list[DayPlace]) -> DayDecision:
    wish = services.wish_by_id[wish_id]
    place = next((p for p in chosen if p.wish_id == wish_id), None)
    return DayDecision(wish_id, wish.person_id, place=place)
