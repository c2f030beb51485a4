"""The allocation's view of a scenario's day-centre wishes: for each wish that may have a place,
its options (a centre, exactly its days a week of usable weekdays, the first day it would come),
in queue order; for the others, why not.

This is the allocation's own reading of ``docs/rules.md`` ("Day-centre places"); the checker
(``scheduler.domain.check_daycare``) has another, and the tests hold the two together.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations

from scheduler.domain.daycare import CurrentPlace, DayReason, DayWish
from scheduler.domain.model import Scenario
from scheduler.domain.services import Services

Seat = tuple[str, int]
"""A centre and an ISO weekday: what a place uses one seat of."""


@dataclass(frozen=True)
class Option:
    """One way to grant a wish: a centre, its weekdays (sorted) and the place's first day."""

    centre_id: str
    weekdays: tuple[int, ...]
    start: date

    @property
    def seats(self) -> tuple[Seat, ...]:
        return tuple((self.centre_id, day) for day in self.weekdays)

    @property
    def signature(self) -> tuple[str, tuple[int, ...]]:
        return self.centre_id, self.weekdays


@dataclass(frozen=True)
class Candidate:
    """A wish that has options and is not pinned; ``preferred`` and ``current`` are indices of
    its options (at the preferred centre; equal to its unpinned current place)."""

    wish: DayWish
    options: tuple[Option, ...]
    preferred: frozenset[int]
    current: int | None


@dataclass(frozen=True)
class Instance:
    """What the allocation decides on.

    ``candidates`` in queue order; ``pinned`` the wishes whose places are kept, with them;
    ``refused`` the first reason of each wish that has no option; ``capacity`` the seats of
    each centre and weekday left after the pinned places; ``current`` the unpinned current
    places by wish.
    """

    candidates: tuple[Candidate, ...]
    pinned: dict[str, Option]
    refused: dict[str, DayReason]
    capacity: dict[Seat, int]
    current: dict[str, CurrentPlace]


def queue_order(wish: DayWish) -> tuple[int, date, str]:
    """Higher priority first, then earlier received, then the wish id."""
    return (-wish.priority, wish.received, wish.wish_id)


class OpenDays:
    """When each day centre is open: seats on the weekday and no closure that day."""

    def __init__(self, scenario: Scenario, services: Services) -> None:
        self.first = scenario.horizon_start
        self.end = scenario.horizon_end
        self.seats: dict[Seat, int] = {
            (row.centre_id, row.weekday): row.seats for row in services.day_seats
        }
        closed: dict[str, list[tuple[date, date]]] = defaultdict(list)
        for closure in services.day_closures:
            closed[closure.centre_id].append((closure.start, closure.end))
        self.closed = {centre: sorted(spans) for centre, spans in closed.items()}
        self._cache: dict[tuple[str, int, date], date | None] = {}

    def has_seats(self, centre_id: str, weekday: int) -> bool:
        return self.seats.get((centre_id, weekday), 0) > 0

    def first_on(self, centre_id: str, weekday: int, wished: date) -> date | None:
        """The first day from ``wished`` on, inside the horizon, that is ``weekday`` and not
        closed at the centre."""
        key = (centre_id, weekday, wished)
        if key not in self._cache:
            day = max(wished, self.first)
            day += timedelta(days=(weekday - day.isoweekday()) % 7)
            spans = self.closed.get(centre_id, ())
            while day < self.end and any(start <= day < end for start, end in spans):
                day += timedelta(days=7)
            self._cache[key] = day if day < self.end else None
        return self._cache[key]

    def first_of(self, centre_id: str, weekdays: tuple[int, ...], wished: date) -> date | None:
        days = [self.first_on(centre_id, weekday, wished) for weekday in weekdays]
        found = [day for day in days if day is not None]
        return min(found) if found else None


def compile_instance(scenario: Scenario, services: Services) -> Instance:
    """The candidates, pinned places, refusals and free seats of the scenario's wishes."""
    rules, service_rules = scenario.rules, services.rules
    kinds = set(service_rules.day_centre_kinds or ())
    day_centres = sorted(
        (c for c in scenario.centres if c.kind in kinds), key=lambda c: c.centre_id
    )
    opening = OpenDays(scenario, services)
    places = {place.wish_id: place for place in services.day_places}
    capacity = dict(opening.seats)
    pinned: dict[str, Option] = {}
    refused: dict[str, DayReason] = {}
    candidates: list[Candidate] = []
    for wish in sorted(services.day_wishes, key=queue_order):
        place = places.get(wish.wish_id)
        if place is not None and place.pinned:
            weekdays = tuple(sorted(place.weekdays))
            start = opening.first_of(place.centre_id, weekdays, wish.first_day)
            pinned[wish.wish_id] = Option(
                place.centre_id, weekdays, start or max(wish.first_day, scenario.horizon_start)
            )
            for weekday in weekdays:
                key = (place.centre_id, weekday)
                capacity[key] = capacity.get(key, 0) - 1
            continue
        person = scenario.person_by_id[wish.person_id]
        if rules.exclude_self_appointed_helper and person.self_appointed_helper:
            refused[wish.wish_id] = DayReason.SELF_APPOINTED_HELPER
            continue
        if rules.require_consent and not person.consent:
            refused[wish.wish_id] = DayReason.NO_CONSENT
            continue
        most = service_rules.day_centre_days_per_week
        if most is not None and wish.days_per_week > most:
            refused[wish.wish_id] = DayReason.DAYS_LIMIT
            continue
        suitable = [c for c in day_centres if person.needs <= c.tags]
        if not suitable:
            refused[wish.wish_id] = DayReason.NO_SUITABLE_CENTRE
            continue
        if max(wish.first_day, scenario.horizon_start) >= scenario.horizon_end:
            refused[wish.wish_id] = DayReason.OUTSIDE_HORIZON
            continue
        options: list[Option] = []
        for centre in suitable:
            usable = sorted(d for d in wish.weekdays if opening.has_seats(centre.centre_id, d))
            for weekdays in combinations(usable, wish.days_per_week):
                start = opening.first_of(centre.centre_id, weekdays, wish.first_day)
                if start is not None:
                    options.append(Option(centre.centre_id, weekdays, start))
        if not options:
            refused[wish.wish_id] = DayReason.WEEKDAYS
            continue
        preferred = frozenset(
            index for index, o in enumerate(options) if o.centre_id == wish.preferred_centre
        )
        current = None
        if place is not None:
            signature = (place.centre_id, tuple(sorted(place.weekdays)))
            current = next(
                (index for index, o in enumerate(options) if o.signature == signature), None
            )
        candidates.append(Candidate(wish, tuple(options), preferred, current))
    current_places = {wish_id: p for wish_id, p in places.items() if not p.pinned}
    return Instance(tuple(candidates), pinned, refused, capacity, current_places)
