"""Read-only views of the store for the app: a plan version with the data it was made from,
occupancy per night and week, arrivals and departures, each person's year, and a comparison of
two plans.

A view for one centre (a centre manager's) holds nothing about other centres: only the stays
at that centre, the requests and persons behind them (a person with their name and the needs
the stay must meet, nothing more), and no rejections.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import Engine

from scheduler.domain.check_calendar import counts_toward_limits, person_year, year_period
from scheduler.domain.errors import UserError
from scheduler.domain.model import Centre, Decision, Person, Plan, Reason, Request, Scenario, Stay
from scheduler.domain.objective import Tier, tier_of
from scheduler.io.plan_occupancy import occupancy
from scheduler.service.versions import PlanVersionInfo, list_versions, load_plan, load_scenario
from scheduler.store.plan_repo import VersionStatus


class Which(enum.StrEnum):
    """Which plan version a view shows."""

    NEWEST = "newest"
    PUBLISHED = "published"


@dataclass(frozen=True)
class PlanView:
    """A plan version (none yet: ``version`` is ``None`` and the plan empty) with its data.

    ``pinned`` holds the requests whose stays are promised to the families.
    """

    scenario: Scenario
    plan: Plan
    version: PlanVersionInfo | None
    pinned: frozenset[str]


def plan_view(engine: Engine, which: Which = Which.NEWEST, centre: str | None = None) -> PlanView:
    """The stored data with the newest (or the published) plan version, for one centre or all.

    Raises
    ------
    UserError
        ``store.empty`` when nothing has been imported; ``store.unknown_centre``.
    """
    scenario = load_scenario(engine)
    versions = list_versions(engine)
    if which is Which.PUBLISHED:
        versions = [v for v in versions if v.status is VersionStatus.PUBLISHED]
    version = versions[-1] if versions else None
    if version is None:
        view = PlanView(scenario, Plan(), None, frozenset())
    else:
        plan = load_plan(engine, version.number)
        if version.status is VersionStatus.PUBLISHED:
            pinned = frozenset(stay.request_id for stay in plan.stays)
        else:
            pinned = frozenset(b.request_id for b in scenario.bookings if b.pinned)
        view = PlanView(scenario, plan, version, pinned)
    return view if centre is None else _only_centre(view, centre)


def _only_centre(view: PlanView, centre: str) -> PlanView:
    """The view cut down to the stays at ``centre`` and what a manager there needs to know."""
    scenario = view.scenario
    if centre not in scenario.centre_by_id:
        raise UserError("store.unknown_centre", centre=centre)
    decisions = tuple(
        d for d in view.plan.decisions if d.stay is not None and d.stay.centre_id == centre
    )
    requests = {d.request_id for d in decisions}
    persons = {d.person_id for d in decisions}
    only = replace(
        scenario,
        centres=tuple(c for c in scenario.centres if c.centre_id == centre),
        closures=tuple(c for c in scenario.closures if c.centre_id == centre),
        persons=tuple(
            Person(p.person_id, p.name, p.needs) for p in scenario.persons if p.person_id in persons
        ),
        requests=tuple(r for r in scenario.requests if r.request_id in requests),
        bookings=tuple(b for b in scenario.bookings if b.request_id in requests),
    )
    return PlanView(only, Plan(decisions), view.version, view.pinned & requests)


class Standing(enum.StrEnum):
    """Where a request stands in a plan: granted, rejected, or not planned yet."""

    GRANTED = "granted"
    REJECTED = "rejected"
    UNPLANNED = "unplanned"


@dataclass(frozen=True)
class RequestLine:
    """A request with its person, tier and decision, as the tables of the app show it."""

    request: Request
    person: Person
    tier: Tier
    standing: Standing
    stay: Stay | None
    reason: Reason | None
    pinned: bool


def request_lines(view: PlanView) -> list[RequestLine]:
    """Every request of the view, in the order they were imported."""
    lines = []
    persons = view.scenario.person_by_id
    decisions = view.plan.by_request
    for request in view.scenario.requests:
        decision: Decision | None = decisions.get(request.request_id)
        standing = Standing.UNPLANNED if decision is None else Standing(decision.status.value)
        lines.append(
            RequestLine(
                request,
                persons[request.person_id],
                tier_of(request, view.scenario.rules),
                standing,
                decision.stay if decision else None,
                decision.reason if decision else None,
                request.request_id in view.pinned,
            )
        )
    return lines


@dataclass(frozen=True)
class NightFigures:
    """One centre on one night: respite beds, beds closed, stays, free beds."""

    centre_id: str
    night: date
    beds: int
    closed: int
    occupied: int

    @property
    def open(self) -> int:
        return self.beds - self.closed

    @property
    def free(self) -> int:
        return max(self.open - self.occupied, 0)

    @property
    def percent(self) -> float:
        """Stays as a share of the open beds (0 when every bed is closed)."""
        return 100.0 * self.occupied / self.open if self.open else 0.0


def night_figures(view: PlanView, first: date, last: date) -> list[NightFigures]:
    """Each centre's figures on the nights ``first`` … ``last`` (both inclusive)."""
    centres = view.scenario.centre_by_id
    return [
        NightFigures(
            n.centre_id,
            n.night,
            centres[n.centre_id].beds,
            centres[n.centre_id].beds - n.beds,
            n.occupied,
        )
        for n in occupancy(view.scenario, view.plan)
        if first <= n.night <= last
    ]


@dataclass(frozen=True)
class WeekFigures:
    """One centre in one ISO week: bed-nights open and used, and the fewest beds free."""

    centre_id: str
    year: int
    week: int
    open_nights: int
    used_nights: int
    least_free: int

    @property
    def percent(self) -> float:
        return 100.0 * self.used_nights / self.open_nights if self.open_nights else 0.0


def week_figures(nights: list[NightFigures]) -> list[WeekFigures]:
    """The nights summed per centre and ISO week, in the order they first appear."""
    grouped: dict[tuple[str, int, int], list[NightFigures]] = defaultdict(list)
    for night in nights:
        year, week, _ = night.night.isocalendar()
        grouped[night.centre_id, year, week].append(night)
    return [
        WeekFigures(
            centre,
            year,
            week,
            sum(n.open for n in group),
            sum(n.occupied for n in group),
            min(n.free for n in group),
        )
        for (centre, year, week), group in grouped.items()
    ]


class Move(enum.StrEnum):
    ARRIVAL = "arrival"
    DEPARTURE = "departure"


@dataclass(frozen=True)
class Movement:
    """A person arriving at or leaving a centre on ``day``."""

    day: date
    move: Move
    person: Person
    stay: Stay


def movements(view: PlanView, first: date, days: int) -> list[Movement]:
    """Arrivals and departures on the days ``first`` … ``first + days - 1``, by day."""
    last = first + timedelta(days=days - 1)
    persons = view.scenario.person_by_id
    found = []
    for decision in view.plan.decisions:
        stay = decision.stay
        if stay is None:
            continue
        for day, move in ((stay.start, Move.ARRIVAL), (stay.end, Move.DEPARTURE)):
            if first <= day <= last:
                found.append(Movement(day, move, persons[decision.person_id], stay))
    return sorted(found, key=lambda m: (m.day, m.move != Move.DEPARTURE, m.stay.centre_id))


@dataclass(frozen=True)
class PersonYear:
    """A person's figures in one of their years (calendar or grant year): the yearly nights and
    stays allowed, used before the plan, granted in the plan, and left. Only stays that count
    toward the yearly limits are counted (not acute ones where the profile says so)."""

    person: Person
    year: int
    period: str
    """The year as a reader sees it: ``2027``, or a grant year's first and last day."""
    limit: int
    used: int
    granted: int
    stays_limit: int | None = None
    used_stays: int = 0
    granted_stays: int = 0

    @property
    def left(self) -> int:
        return max(self.limit - self.used - self.granted, 0)

    @property
    def stays_left(self) -> int | None:
        if self.stays_limit is None:
            return None
        return max(self.stays_limit - self.used_stays - self.granted_stays, 0)


def person_years(view: PlanView) -> list[PersonYear]:
    """Every person's figures for each of their years that the horizon touches."""
    scenario = view.scenario
    rules = scenario.rules
    last_night = scenario.horizon_end - timedelta(days=1)
    nights: dict[tuple[str, int], int] = defaultdict(int)
    stays: dict[tuple[str, int], int] = defaultdict(int)
    for decision in view.plan.decisions:
        request = scenario.request_by_id.get(decision.request_id)
        if decision.stay is None or request is None or not counts_toward_limits(rules, request):
            continue
        person = scenario.person_by_id[decision.person_id]
        stays[person.person_id, person_year(person, decision.stay.start)] += 1
        for night in decision.stay.night_dates():
            nights[person.person_id, person_year(person, night)] += 1
    found = []
    for person in scenario.persons:
        first = person_year(person, scenario.horizon_start)
        for year in range(first, person_year(person, last_night) + 1):
            key = (person.person_id, year)
            found.append(
                PersonYear(
                    person,
                    year,
                    year_period(person, year),
                    scenario.annual_limit(person),
                    person.used_nights if year == first else 0,
                    nights[key],
                    rules.max_stays_per_year,
                    person.used_stays if year == first else 0,
                    stays[key],
                )
            )
    return found


class ChangeKind(enum.StrEnum):
    GAINS = "gains"
    LOSES = "loses"
    MOVES = "moves"


@dataclass(frozen=True)
class Change:
    """A request whose stay one plan grants and the other does not, or places differently."""

    kind: ChangeKind
    request_id: str
    person: Person
    before: Stay | None
    after: Stay | None


def compare_plans(scenario: Scenario, before: Plan, after: Plan) -> list[Change]:
    """What ``after`` changes against ``before``: who gains a stay, who loses one, what moves
    (another centre or other dates; a new bed label alone is no change)."""
    persons = scenario.person_by_id
    changes = []
    for decision in after.decisions:
        old = before.by_request.get(decision.request_id)
        was, now = (old.stay if old else None), decision.stay
        if was is None and now is None:
            continue
        if was is None:
            kind = ChangeKind.GAINS
        elif now is None:
            kind = ChangeKind.LOSES
        elif (was.centre_id, was.start, was.end) != (now.centre_id, now.start, now.end):
            kind = ChangeKind.MOVES
        else:
            continue
        changes.append(Change(kind, decision.request_id, persons[decision.person_id], was, now))
    return changes


def published_plan(engine: Engine) -> Plan:
    """The published plan's decisions; an empty plan when none is published."""
    published = [v for v in list_versions(engine) if v.status is VersionStatus.PUBLISHED]
    return load_plan(engine, published[-1].number) if published else Plan()


def centres(engine: Engine) -> tuple[Centre, ...]:
    """The stored centres (none before the first import); they hold no personal data."""
    try:
        return load_scenario(engine).centres
    except UserError:
        return ()
