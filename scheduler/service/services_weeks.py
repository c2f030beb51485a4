"""The figures of a ``ServicesView`` the app draws: a day centre's week (seats used and free per
weekday, closed days, who comes), the waiting list, each person's three services, the
relief visits of a week with the hours used against the grant, and the relief teams' hours
in a week.

A place counts on a day from its first day on; a closed day has no seats in use.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from scheduler.domain.daycare import DayDecision, DayPlace, DayWish
from scheduler.domain.model import Person
from scheduler.domain.relief import ReliefGrant, ReliefTeam, ReliefVisit
from scheduler.service.services_view import ServicesView

WEEK = 7


def week_days(year: int, week: int) -> list[date]:
    """Monday … Sunday of ISO week ``week`` of ``year``."""
    monday = date.fromisocalendar(year, week, 1)
    return [monday + timedelta(days=n) for n in range(WEEK)]


@dataclass(frozen=True)
class DayCell:
    """One day of a day centre's week: its seats, how many are in use, whether it is closed,
    and the persons who come."""

    day: date
    seats: int
    closed: bool
    persons: tuple[Person, ...]

    @property
    def used(self) -> int:
        return 0 if self.closed else len(self.persons)

    @property
    def free(self) -> int:
        return 0 if self.closed else max(self.seats - self.used, 0)


def _closed(view: ServicesView, centre_id: str, day: date) -> bool:
    return any(
        c.centre_id == centre_id and c.start <= day < c.end for c in view.services.day_closures
    )


def centre_week(view: ServicesView, centre_id: str, year: int, week: int) -> list[DayCell]:
    """The seven days of the week at day centre ``centre_id``."""
    seats = {s.weekday: s.seats for s in view.services.day_seats if s.centre_id == centre_id}
    persons = view.scenario.person_by_id
    cells = []
    for day in week_days(year, week):
        coming = tuple(
            persons[view.services.wish_by_id[p.wish_id].person_id]
            for p in view.plan.places
            if p.centre_id == centre_id and day.isoweekday() in p.weekdays and p.start <= day
        )
        closed = _closed(view, centre_id, day)
        cells.append(DayCell(day, seats.get(day.isoweekday(), 0), closed, () if closed else coming))
    return cells


@dataclass(frozen=True)
class DayService:
    """A person's day-centre wish and what the day plan in force decided (``None``: not
    allocated since the wish came)."""

    wish: DayWish
    decision: DayDecision | None


@dataclass(frozen=True)
class GrantUse:
    """A relief grant with its visits and the minutes used in the period holding ``on``."""

    grant: ReliefGrant
    visits: tuple[ReliefVisit, ...]
    period_start: date
    used_minutes: int


@dataclass(frozen=True)
class PersonServices:
    """What a person has of the day centre and of relief at home."""

    day: DayService | None
    relief: tuple[GrantUse, ...]


def period_start(grant: ReliefGrant, day: date) -> date:
    """The first day of the grant's period (of 7 or 14 days from its start) holding ``day``."""
    periods = (day - grant.start).days // grant.period_days
    return grant.start + timedelta(days=periods * grant.period_days)


def grant_use(view: ServicesView, grant: ReliefGrant, on: date) -> GrantUse:
    """The grant's visits and the minutes used in its period holding ``on``."""
    visits = tuple(v for v in view.services.relief_visits if v.grant_id == grant.grant_id)
    first = period_start(grant, max(on, grant.start))
    last = first + timedelta(days=grant.period_days)
    used = sum(v.minutes for v in visits if first <= v.day < last)
    return GrantUse(grant, visits, first, used)


def person_services(view: ServicesView, person_id: str, on: date) -> PersonServices:
    """The person's day-centre wish and decision and their relief grants (hours used in the
    period holding ``on``)."""
    wish = next((w for w in view.services.day_wishes if w.person_id == person_id), None)
    day = None if wish is None else DayService(wish, view.plan.by_wish.get(wish.wish_id))
    grants = tuple(
        grant_use(view, g, on) for g in view.services.relief_grants if g.person_id == person_id
    )
    return PersonServices(day, grants)


def waiting(view: ServicesView) -> list[DayDecision]:
    """The waiting list of the day plan in force, in queue order."""
    return view.plan.waiting


@dataclass(frozen=True)
class VisitLine:
    """A relief visit of a week with its person and the minutes its grant's period allows and
    has used (all visits of the period, also those outside the week)."""

    visit: ReliefVisit
    person: Person
    grant: ReliefGrant
    used_minutes: int


def relief_week(view: ServicesView, year: int, week: int) -> list[VisitLine]:
    """The relief visits of ISO week ``week`` of ``year``, by day and time."""
    days = week_days(year, week)
    grants = view.services.grant_by_id
    persons = view.scenario.person_by_id
    used: dict[tuple[str, date], int] = defaultdict(int)
    for visit in view.services.relief_visits:
        grant = grants[visit.grant_id]
        used[grant.grant_id, period_start(grant, visit.day)] += visit.minutes
    lines = []
    for visit in view.services.relief_visits:
        if days[0] <= visit.day <= days[-1]:
            grant = grants[visit.grant_id]
            period = used[grant.grant_id, period_start(grant, visit.day)]
            lines.append(VisitLine(visit, persons[grant.person_id], grant, period))
    return sorted(lines, key=lambda line: (line.visit.day, line.visit.start, line.visit.visit_id))


@dataclass(frozen=True)
class TeamWeek:
    """A relief team's week: the minutes of the visits of its grants in the ISO week against
    the team's minutes per week (``scheduler.domain.check_relief`` counts them the same way)."""

    team: ReliefTeam
    planned_minutes: int

    @property
    def over_minutes(self) -> int:
        """How far the week's visits go over the team's hours (0: within them)."""
        return max(self.planned_minutes - self.team.minutes_per_week, 0)


@dataclass(frozen=True)
class TeamsWeek:
    """Every team's week, in the stored order, and the minutes of the week's visits whose
    grant names no stored team."""

    teams: tuple[TeamWeek, ...]
    without_team: int


def teams_week(view: ServicesView, year: int, week: int) -> TeamsWeek:
    """The relief teams' hours planned in ISO week ``week`` of ``year`` (no teams: empty)."""
    days = week_days(year, week)
    teams = {team.team_id for team in view.services.relief_teams}
    grants = view.services.grant_by_id
    used: dict[str | None, int] = defaultdict(int)
    for visit in view.services.relief_visits:
        grant = grants.get(visit.grant_id)
        if grant is not None and days[0] <= visit.day <= days[-1]:
            used[grant.team_id if grant.team_id in teams else None] += visit.minutes
    found = tuple(TeamWeek(team, used[team.team_id]) for team in view.services.relief_teams)
    return TeamsWeek(found, used[None])


def places_at(view: ServicesView, centre_id: str) -> list[tuple[Person, DayPlace]]:
    """Who has a place at the centre, with the place, by name."""
    persons = view.scenario.person_by_id
    found = [
        (persons[view.services.wish_by_id[p.wish_id].person_id], p)
        for p in view.plan.places
        if p.centre_id == centre_id
    ]
    return sorted(found, key=lambda item: (item[0].name, item[1].wish_id))
