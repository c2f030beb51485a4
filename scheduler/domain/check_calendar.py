"""Night arithmetic and bed occupancy for the plan checker, written night by night.

The checker shares no code with the solver, so it keeps its own small helpers here: the nights of
a half-open stay ``[start, end)``, how they split over the person's years (calendar years, or
grant years), which stays count toward the yearly limits, when two stays of one person clash,
and how many stays each centre holds on each night.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

from scheduler.domain.model import Person, Request, Rules, Scenario, Stay

ONE_DAY = timedelta(days=1)


def nights(start: date, end: date) -> Iterator[date]:
    """The nights ``start`` … ``end - 1`` of a stay (none when ``end <= start``)."""
    night = start
    while night < end:
        yield night
        night += ONE_DAY


def person_year(person: Person, day: date) -> int:
    """The person's year holding ``day``, named by the calendar year it begins in.

    Without ``grant_start`` the years are calendar years. With it they begin each year on its
    month and day (``docs/rules.md``: a 29 February counts as 1 March in every year), so a day
    before that anniversary belongs to the year that began the calendar year before.
    """
    grant = person.grant_start
    if grant is None:
        return day.year
    begins = (3, 1) if (grant.month, grant.day) == (2, 29) else (grant.month, grant.day)
    return day.year if (day.month, day.day) >= begins else day.year - 1


def year_period(person: Person, year: int) -> str:
    """The person's ``year`` as a reader sees it: ``2027``, or a grant year's first and last day
    (``2026-09-01–2027-08-31``)."""
    if person.grant_start is None:
        return str(year)
    first = date(year, 1, 1)
    while person_year(person, first) != year:
        first += ONE_DAY
    last = first
    while person_year(person, last + ONE_DAY) == year:
        last += ONE_DAY
    return f"{first.isoformat()}–{last.isoformat()}"


def nights_per_year(person: Person, start: date, end: date) -> Counter[int]:
    """How many nights of ``[start, end)`` fall in each of the person's years (a stay may span
    the turn of a year)."""
    return Counter(person_year(person, night) for night in nights(start, end))


def counts_toward_limits(rules: Rules, request: Request) -> bool:
    """Whether a granted stay for ``request`` counts toward the yearly limits: all do, except
    acute ones where the profile says ``acute_counts_toward_limits = false``."""
    return rules.acute_counts_toward_limits or not request.is_acute


def overlaps_or_touches(first: tuple[date, date], second: tuple[date, date]) -> bool:
    """Whether two stays ``(start, end)`` share a night or one arrives on the other's departure day.

    ``docs/rules.md``: two stays of one person must have the next arrival strictly after the
    previous departure day; otherwise they would be one stay.
    """
    return first[0] <= second[1] and second[0] <= first[1]


def holds_horizon_start(scenario: Scenario, person: Person, year: int) -> bool:
    """Whether the person's ``year`` holds ``horizon_start``: the only year in which their
    ``used_nights`` and ``used_stays`` (used outside the scenario) count."""
    return person_year(person, scenario.horizon_start) == year


def used_before(scenario: Scenario, person: Person, year: int) -> int:
    """Nights the person used outside the scenario in their ``year``."""
    return person.used_nights if holds_horizon_start(scenario, person, year) else 0


def stays_before(scenario: Scenario, person: Person, year: int) -> int:
    """Stays the person used outside the scenario in their ``year``."""
    return person.used_stays if holds_horizon_start(scenario, person, year) else 0


class CentreNights:
    """Which stays each centre holds on each night, and how many beds it has that night.

    Parameters
    ----------
    scenario
        Gives the centres' beds and closures.
    stays
        The granted stays; stays at unknown centres are counted too (the centre has no beds).
    """

    def __init__(self, scenario: Scenario, stays: Iterable[Stay]) -> None:
        self._beds = {c.centre_id: c.beds for c in scenario.centres}
        self._closed: Counter[tuple[str, date]] = Counter()
        for closure in scenario.closures:
            for night in nights(closure.start, closure.end):
                self._closed[closure.centre_id, night] += closure.beds_closed
        self._stays: defaultdict[tuple[str, date], list[Stay]] = defaultdict(list)
        for stay in stays:
            for night in nights(stay.start, stay.end):
                self._stays[stay.centre_id, night].append(stay)

    def capacity(self, centre_id: str, night: date) -> int:
        """Beds in use that night: the centre's beds minus every closure covering the night."""
        return self._beds.get(centre_id, 0) - self._closed[centre_id, night]

    def stays_on(self, centre_id: str, night: date) -> list[Stay]:
        """The stays at the centre that night."""
        return self._stays.get((centre_id, night), [])

    def occupied(self) -> list[tuple[str, date]]:
        """Every (centre, night) holding at least one stay, sorted by centre and night."""
        return sorted(self._stays)

    def has_room(self, centre_id: str, start: date, end: date) -> bool:
        """Whether one more stay ``[start, end)`` fits at the centre on every one of its nights."""
        return all(
            len(self.stays_on(centre_id, night)) < self.capacity(centre_id, night)
            for night in nights(start, end)
        )
