"""The scenario compiled for solving: days as integers, each request's candidate stays.

Day ``0`` is ``horizon_start``; a stay is the half-open range of day indices ``[s, s + length)``.
Everything a request can never get (ineligible, unsuitable, too long, no allowed start, a start
that alone breaks the yearly limit or collides with a pinned stay) is filtered out here, so the
solvers only choose among stays that could be granted if the beds allowed it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from scheduler.domain.model import Booking, Centre, Person, Request, Scenario
from scheduler.domain.objective import Group, group_of, ranked_groups


@dataclass(frozen=True)
class Candidate:
    """A request that is still to be decided, with the stays it may get.

    ``starts`` are the allowed day indices, nearest to the wished start first; ``centres`` the
    suitable centres, the preferred one first.
    """

    request: Request
    order: int
    length: int
    wished: int
    starts: tuple[int, ...]
    centres: tuple[str, ...]
    group: Group

    @property
    def request_id(self) -> str:
        return self.request.request_id

    @property
    def person_id(self) -> str:
        return self.request.person_id


@dataclass
class Instance:
    """A scenario ready for the solvers: capacities, pinned stays and candidates."""

    scenario: Scenario
    days: int
    capacity: dict[str, list[int]]
    pinned: list[Booking]
    candidates: list[Candidate]
    groups: list[Group]
    year_starts: list[tuple[int, int]] = field(default_factory=list)
    """(first day index, calendar year) for every year the horizon touches."""
    pinned_stays: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    """Per person, the ``[start, end)`` day ranges of their pinned stays."""
    pinned_nights: dict[tuple[str, int], int] = field(default_factory=dict)
    """Per (person, year), the nights their pinned stays take."""

    def day(self, index: int) -> date:
        return self.scenario.horizon_start + timedelta(days=index)

    def index(self, day: date) -> int:
        return (day - self.scenario.horizon_start).days

    def nights_by_year(self, start: int, length: int) -> list[tuple[int, int]]:
        """(calendar year, nights) of the stay ``[start, start + length)``, for years it touches."""
        end = start + length
        parts = []
        for i, (first, year) in enumerate(self.year_starts):
            last = self.year_starts[i + 1][0] if i + 1 < len(self.year_starts) else self.days
            nights = min(end, last) - max(start, first)
            if nights > 0:
                parts.append((year, nights))
        return parts

    def annual_room(self, person: Person, year: int) -> int:
        """Nights the person may still be granted in ``year`` besides their pinned stays."""
        used = person.used_nights if year == self.scenario.horizon_start.year else 0
        pinned = self.pinned_nights.get((person.person_id, year), 0)
        return self.scenario.annual_limit(person) - used - pinned


def suitable(centre: Centre, person: Person, scenario: Scenario) -> bool:
    """A centre of an allowed kind that has every one of the person's needs."""
    return centre.kind in scenario.rules.centre_kinds and person.needs <= centre.tags


def eligible(person: Person, scenario: Scenario) -> bool:
    rules = scenario.rules
    if rules.exclude_self_appointed_helper and person.self_appointed_helper:
        return False
    return not (rules.require_consent and not person.consent)


def allowed_starts(request: Request, scenario: Scenario) -> list[date]:
    """Starts within the flex window, inside the horizon, on an allowed weekday."""
    weekdays = scenario.rules.arrival_weekdays
    return [start for start in in_horizon(request, scenario) if start.isoweekday() in weekdays]


def in_horizon(request: Request, scenario: Scenario) -> list[date]:
    """Starts within the flex window whose stay lies inside the horizon, earliest first.

    Only the shifts that can land inside the horizon are tried, so a flex window of any width
    (even one reaching past the calendar's first or last day) costs no more than the horizon.
    """
    first = max(-request.flex_days, (scenario.horizon_start - request.start).days)
    last = min(request.flex_days, (scenario.horizon_end - request.end).days)
    return [request.start + timedelta(days=shift) for shift in range(first, last + 1)]


def _capacity(scenario: Scenario, days: int) -> dict[str, list[int]]:
    capacity = {c.centre_id: [c.beds] * days for c in scenario.centres}
    for closure in scenario.closures:
        nights = capacity[closure.centre_id]
        first = max(0, (closure.start - scenario.horizon_start).days)
        last = min(days, (closure.end - scenario.horizon_start).days)
        for d in range(first, last):
            nights[d] = max(0, nights[d] - closure.beds_closed)
    return capacity


def _year_starts(scenario: Scenario) -> list[tuple[int, int]]:
    first, last = scenario.horizon_start, scenario.horizon_end
    starts = [(0, first.year)]
    for year in range(first.year + 1, last.year + 1):
        boundary = (date(year, 1, 1) - first).days
        if boundary < (last - first).days:
            starts.append((boundary, year))
    return starts


def build_instance(scenario: Scenario) -> Instance:
    """Compile the scenario; pinned bookings are taken as they stand (validated on input).

    ``capacity`` is what is left for the candidates: beds less closures less pinned stays.
    """
    return _compile(scenario, [b for b in scenario.bookings if b.pinned])


def pin_stays(instance: Instance, stays: dict[str, tuple[str, int]]) -> Instance:
    """The instance with ``stays`` (request → centre and start day index) pinned too: their
    beds, days and yearly nights are taken, and the other requests are compiled again."""
    scenario = instance.scenario
    extra = [
        Booking(
            request_id,
            centre_id,
            instance.day(start),
            instance.day(start + scenario.request_by_id[request_id].nights),
            pinned=True,
        )
        for request_id, (centre_id, start) in stays.items()
    ]
    return _compile(scenario, instance.pinned + extra)


def _compile(scenario: Scenario, pinned: list[Booking]) -> Instance:
    days = (scenario.horizon_end - scenario.horizon_start).days
    instance = Instance(
        scenario=scenario,
        days=days,
        capacity=_capacity(scenario, days),
        pinned=pinned,
        candidates=[],
        groups=ranked_groups(scenario),
        year_starts=_year_starts(scenario),
    )
    pinned_ids = {b.request_id for b in instance.pinned}
    stays: dict[str, list[tuple[int, int]]] = defaultdict(list)
    nights_taken: dict[tuple[str, int], int] = defaultdict(int)
    for booking in instance.pinned:
        person_id = scenario.request_by_id[booking.request_id].person_id
        start, end = instance.index(booking.start), instance.index(booking.end)
        stays[person_id].append((start, end))
        for year, nights in instance.nights_by_year(start, end - start):
            nights_taken[person_id, year] += nights
        beds = instance.capacity[booking.centre_id]
        for d in range(max(0, start), min(days, end)):
            beds[d] = max(0, beds[d] - 1)
    instance.pinned_stays = dict(stays)
    instance.pinned_nights = dict(nights_taken)
    for order, request in enumerate(scenario.requests):
        if request.request_id in pinned_ids:
            continue
        person = scenario.person_by_id[request.person_id]
        candidate = _candidate(instance, order, request, person)
        if candidate is not None:
            instance.candidates.append(candidate)
    return instance


def _candidate(
    instance: Instance,
    order: int,
    request: Request,
    person: Person,
) -> Candidate | None:
    scenario = instance.scenario
    limit = scenario.rules.max_stay_nights
    if not eligible(person, scenario) or (limit is not None and request.nights > limit):
        return None
    centres = [c.centre_id for c in scenario.centres if suitable(c, person, scenario)]
    centres.sort(key=lambda c: c != request.preferred_centre)
    length = request.nights
    wished = instance.index(request.start)
    pinned = instance.pinned_stays.get(person.person_id, [])
    starts = []
    for day in allowed_starts(request, scenario):
        start = instance.index(day)
        if any(start <= b and a <= start + length for a, b in pinned):
            continue  # overlaps or touches a pinned stay
        if any(
            nights > instance.annual_room(person, year)
            for year, nights in instance.nights_by_year(start, length)
        ):
            continue
        starts.append(start)
    starts.sort(key=lambda s: (abs(s - wished), s))
    usable = [
        c for c in centres if any(min(instance.capacity[c][s : s + length]) > 0 for s in starts)
    ]
    if not starts or not usable:
        return None
    return Candidate(
        request=request,
        order=order,
        length=length,
        wished=wished,
        starts=tuple(starts),
        centres=tuple(usable),
        group=group_of(request, scenario.rules),
    )
