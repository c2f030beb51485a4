"""The scenario compiled for solving: days as integers, each request's candidate stays.

Day ``0`` is ``horizon_start``; a stay is the half-open range of day indices ``[start, end)``
(a ``Span``), ``end = start + length``: every function that takes a stay's nights takes
``start, end``.
Everything a request can never get (ineligible, unsuitable, too long or too short, no allowed
start, a start that alone breaks a yearly limit or collides with a pinned stay) is filtered out
here, so the solvers only choose among stays that could be granted if the beds allowed it.

A person's years are calendar years, or grant years beginning on the month and day of their
``grant_start``; each is named by the calendar year it begins in. Only the stays that *count*
(all but acute ones where the profile says ``acute_counts_toward_limits = false``) are held to
the yearly limits on nights and stays.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from scheduler.domain.model import Booking, Centre, Person, Request, Scenario
from scheduler.domain.objective import Group, group_of, ranked_groups

Span = tuple[int, int]
"""Nights ``[start, end)`` as day indices: a stay, or a window of nights."""


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
    counts: bool = True
    """Whether a stay for it counts toward the person's yearly limits."""

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
    pinned_stays: dict[str, list[Span]] = field(default_factory=dict)
    """Per person, the ``[start, end)`` day ranges of their pinned stays."""
    pinned_nights: dict[tuple[str, int], int] = field(default_factory=dict)
    """Per (person, year), the nights their counting pinned stays take."""
    pinned_arrivals: dict[tuple[str, int], int] = field(default_factory=dict)
    """Per (person, year), the counting pinned stays that arrive in it."""
    _year_starts: dict[tuple[int, int], list[tuple[int, int]]] = field(default_factory=dict)
    """Per anniversary (month, day), (first day index, year) of every year the horizon
    touches; filled as persons ask."""

    def day(self, index: int) -> date:
        return self.scenario.horizon_start + timedelta(days=index)

    def index(self, day: date) -> int:
        return (day - self.scenario.horizon_start).days

    def year_starts(self, person_id: str) -> list[tuple[int, int]]:
        """(first day index, year) of each of the person's years that the horizon touches."""
        person = self.scenario.person_by_id[person_id]
        begins = anniversary(person)
        if begins not in self._year_starts:
            self._year_starts[begins] = _year_starts(self.scenario, begins)
        return self._year_starts[begins]

    def year_of(self, person_id: str, day: int) -> int:
        """The person's year holding the day index ``day`` (inside the horizon)."""
        starts = self.year_starts(person_id)
        return next(year for first, year in reversed(starts) if first <= day)

    def nights_by_year(self, person_id: str, start: int, end: int) -> list[tuple[int, int]]:
        """(year, nights) of the stay ``[start, end)``, for the person's years it touches."""
        starts = self.year_starts(person_id)
        parts = []
        for i, (first, year) in enumerate(starts):
            last = starts[i + 1][0] if i + 1 < len(starts) else self.days
            nights = min(end, last) - max(start, first)
            if nights > 0:
                parts.append((year, nights))
        return parts

    def _holds_horizon_start(self, person: Person, year: int) -> bool:
        return self.year_starts(person.person_id)[0][1] == year

    def annual_room(self, person: Person, year: int) -> int:
        """Nights the person may still be granted in ``year`` besides their pinned stays."""
        used = person.used_nights if self._holds_horizon_start(person, year) else 0
        pinned = self.pinned_nights.get((person.person_id, year), 0)
        return self.scenario.annual_limit(person) - used - pinned

    def stays_room(self, person: Person, year: int) -> int | None:
        """Counting stays the person may still arrive for in ``year`` besides their pinned
        ones; ``None`` when the profile sets no limit on stays."""
        limit = self.scenario.rules.max_stays_per_year
        if limit is None:
            return None
        used = person.used_stays if self._holds_horizon_start(person, year) else 0
        return limit - used - self.pinned_arrivals.get((person.person_id, year), 0)

    def keeps_yearly_limits(self, person_id: str, start: int, end: int) -> bool:
        """Whether a counting stay ``[start, end)`` alone fits the nights and stays left to the
        person besides their pinned stays."""
        person = self.scenario.person_by_id[person_id]
        stays = self.stays_room(person, self.year_of(person_id, start))
        if stays is not None and stays < 1:
            return False
        return all(
            nights <= self.annual_room(person, year)
            for year, nights in self.nights_by_year(person_id, start, end)
        )


def anniversary(person: Person) -> tuple[int, int]:
    """(month, day) on which the person's years begin: 1 January, or the grant's day
    (``docs/rules.md``: a 29 February counts as 1 March in every year)."""
    grant = person.grant_start
    if grant is None:
        return (1, 1)
    return (3, 1) if (grant.month, grant.day) == (2, 29) else (grant.month, grant.day)


def counts_toward_limits(request: Request, scenario: Scenario) -> bool:
    """Whether a stay for ``request`` counts toward the yearly limits."""
    return scenario.rules.acute_counts_toward_limits or not request.is_acute


def suitable(centre: Centre, person: Person, request: Request, scenario: Scenario) -> bool:
    """A centre of a kind allowed for the request (acute requests may have kinds of their own)
    that has every one of the person's needs."""
    rules = scenario.rules
    kinds = rules.centre_kinds
    if request.is_acute and rules.acute_centre_kinds is not None:
        kinds = rules.acute_centre_kinds
    return centre.kind in kinds and person.needs <= centre.tags


def eligibility_applies(request: Request, scenario: Scenario) -> bool:
    """Whether the § 94 and consent rules judge the request (not acute ones where the profile
    says ``acute_eligibility = false``)."""
    return scenario.rules.acute_eligibility or not request.is_acute


def eligible(person: Person, request: Request, scenario: Scenario) -> bool:
    rules = scenario.rules
    if not eligibility_applies(request, scenario):
        return True
    if rules.exclude_self_appointed_helper and person.self_appointed_helper:
        return False
    return not (rules.require_consent and not person.consent)


def length_allowed(request: Request, scenario: Scenario) -> bool:
    """The wished length lies within the profile's shortest and longest stay."""
    rules = scenario.rules
    if rules.max_stay_nights is not None and request.nights > rules.max_stay_nights:
        return False
    return rules.min_stay_nights is None or request.nights >= rules.min_stay_nights


def on_allowed_weekdays(start: date, end: date, scenario: Scenario) -> bool:
    """The stay arrives on an allowed arrival weekday and departs on an allowed departure one."""
    rules = scenario.rules
    return (
        start.isoweekday() in rules.arrival_weekdays
        and end.isoweekday() in rules.departure_weekdays
    )


def allowed_starts(request: Request, scenario: Scenario) -> list[date]:
    """Starts within the flex window, inside the horizon, on allowed weekdays."""
    length = timedelta(days=request.nights)
    return [
        start
        for start in in_horizon(request, scenario)
        if on_allowed_weekdays(start, start + length, scenario)
    ]


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


def _year_starts(scenario: Scenario, begins: tuple[int, int]) -> list[tuple[int, int]]:
    """(first day index, year) of the years beginning each ``begins`` (month, day) that the
    horizon touches; the first year may have begun before the horizon (index 0)."""
    first, last = scenario.horizon_start, scenario.horizon_end
    year = first.year if (first.month, first.day) >= begins else first.year - 1
    starts = [(0, year)]
    while True:
        year += 1
        boundary = (date(year, *begins) - first).days
        if boundary >= (last - first).days:
            return starts
        starts.append((boundary, year))


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
    )
    pinned_ids = {b.request_id for b in instance.pinned}
    stays: dict[str, list[Span]] = defaultdict(list)
    nights_taken: dict[tuple[str, int], int] = defaultdict(int)
    arrivals: dict[tuple[str, int], int] = defaultdict(int)
    for booking in instance.pinned:
        request = scenario.request_by_id[booking.request_id]
        person_id = request.person_id
        start, end = instance.index(booking.start), instance.index(booking.end)
        stays[person_id].append((start, end))
        # An operation may load only the persons it concerns (with every stay the plan holds):
        # the others' yearly limits are not asked for, so their stays take only beds.
        known = person_id in scenario.person_by_id
        if known and counts_toward_limits(request, scenario):
            for year, nights in instance.nights_by_year(person_id, start, end):
                nights_taken[person_id, year] += nights
            arrivals[person_id, instance.year_of(person_id, start)] += 1
        beds = instance.capacity[booking.centre_id]
        for d in range(max(0, start), min(days, end)):
            beds[d] = max(0, beds[d] - 1)
    instance.pinned_stays = dict(stays)
    instance.pinned_nights = dict(nights_taken)
    instance.pinned_arrivals = dict(arrivals)
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
    if not eligible(person, request, scenario) or not length_allowed(request, scenario):
        return None
    centres = [c.centre_id for c in scenario.centres if suitable(c, person, request, scenario)]
    centres.sort(key=lambda c: c != request.preferred_centre)
    length = request.nights
    wished = instance.index(request.start)
    pinned = instance.pinned_stays.get(person.person_id, [])
    counts = counts_toward_limits(request, scenario)
    starts = []
    for day in allowed_starts(request, scenario):
        start = instance.index(day)
        if any(start <= b and a <= start + length for a, b in pinned):
            continue  # overlaps or touches a pinned stay
        if counts and not instance.keeps_yearly_limits(person.person_id, start, start + length):
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
        counts=counts,
    )
