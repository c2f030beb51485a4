"""Fictitious day-centre places and relief at home for a generated scenario (issue 14).

At Haderslev's scale (size S) there are two day centres, open Monday to Friday with 6–9 seats a
day, closed on the public holidays of 2027 and one of them for two summer weeks; some families
already have a place (most of them promised, i.e. pinned), a few dozen more wish one, for one or
two days a week (now and then three, more than the standard gives) on the weekdays they can use,
so that some wait. Relief at home is granted to a few dozen other persons (and to one family
with a place and a wish for a stay, who so has all three services), per week (up to 3
hours) or per 14 days (up to 6 hours), and the visits of the year use those hours, now and then
less (unused hours lapse), in the daytime. Teams of relief workers have the hours the visits
need. Every draw comes from one ``random.Random`` seeded from the size and seed, apart from the
stays' draws, so the stays of a generated scenario do not change.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta

from scheduler.domain.daycare import (
    CurrentPlace,
    DayClosure,
    DaySeats,
    DayWish,
)
from scheduler.domain.model import Centre, Person, Scenario
from scheduler.domain.relief import FORTNIGHT_DAYS, WEEK_DAYS, ReliefGrant, ReliefTeam, ReliefVisit
from scheduler.domain.services import ServiceRules, Services
from scheduler.generate.season import HORIZON_END, HORIZON_START, YEAR
from scheduler.generate.tags import district_tag

DAY_CENTRE_KIND = "dagcenter"
DAY_CENTRE_NAMES = ("Nord", "Syd", "Øst", "Vest", "Midt", "Skovly", "Engly", "Bakkely", "Søly")
DAY_CENTRE_TAGS = ("demens", "skærmet")  # no lift, no bariatric care: "forflytning med hjælp
# fra to medarbejdere eller hjælpemiddel" is not for a day centre (Haderslev)
WORKDAYS = (1, 2, 3, 4, 5)
# Public holidays of 2027 on weekdays (Easter Sunday is 28 March): closed day-centre days.
HOLIDAYS_2027 = (
    date(YEAR, 1, 1),  # nytårsdag
    date(YEAR, 3, 25),  # skærtorsdag
    date(YEAR, 3, 26),  # langfredag
    date(YEAR, 3, 29),  # 2. påskedag
    date(YEAR, 5, 6),  # Kristi himmelfartsdag
    date(YEAR, 5, 17),  # 2. pinsedag
    date(YEAR, 12, 24),  # juleaftensdag
    date(YEAR, 12, 31),  # nytårsaftensdag
)
SUMMER_BREAK = (date(YEAR, 7, 19), date(YEAR, 8, 2))  # weeks 29-30 at one day centre
PINNED_SHARE = 0.8  # current places promised to the family
ALL_WEEKDAYS_SHARE = 0.4  # families who can use any weekday
TWO_DAYS_SHARE = 0.5
OVER_LIMIT_SHARE = 0.04  # wishes for three days a week
PREFERRED_SHARE = 0.5
FORTNIGHT_SHARE = 0.4
WEEK_HOURS = (3, 3, 2, 1.5)
FORTNIGHT_HOURS = (6, 6, 4, 3)
SKIP_SHARE = 0.15  # periods with no visit: the hours lapse
ENDED_SHARE = 0.3  # grants that end within the year


@dataclass(frozen=True)
class ServiceSpec:
    """Counts of both services in one size: day centres, families that already have a place,
    new wishes, relief grants and teams of relief workers."""

    day_centres: int
    current: int
    wishes: int
    grants: int
    teams: int


SERVICE_SIZES: dict[str, ServiceSpec] = {
    "XS": ServiceSpec(day_centres=1, current=4, wishes=8, grants=4, teams=1),
    "S": ServiceSpec(day_centres=2, current=25, wishes=40, grants=24, teams=2),
    "M": ServiceSpec(day_centres=6, current=80, wishes=150, grants=160, teams=5),
    "L": ServiceSpec(day_centres=20, current=280, wishes=450, grants=1000, teams=20),
}


def add_services(
    scenario: Scenario, rules: ServiceRules, size: str, seed: int, districts: int
) -> tuple[Scenario, Services]:
    """The scenario with its day centres added to its centres, and its services.

    ``districts`` is the number of districts of a region (0: none): each district then has
    its share of the day centres, tagged with its district like its other centres.
    """
    spec = SERVICE_SIZES[size]
    rng = random.Random(f"respite-services-{size}-{seed}")
    centres = _day_centres(rng, spec.day_centres, districts)
    seats = _seats(rng, centres)
    closures = [
        DayClosure(c.centre_id, day, day + timedelta(days=1))
        for c in centres
        for day in HOLIDAYS_2027
    ]
    closures.append(DayClosure(centres[0].centre_id, *SUMMER_BREAK))
    persons = list(scenario.persons)
    rng.shuffle(persons)
    wishers = persons[: spec.current + spec.wishes]
    wishes, places = _wishes(rng, wishers, spec.current, centres)
    others = persons[spec.current + spec.wishes :]
    eligible = [p for p in others if p.consent and not p.self_appointed_helper]
    relief_persons = _with_all_three(eligible[: spec.grants], wishes, places, scenario)
    teams = [f"T{number:02d}" for number in range(1, spec.teams + 1)]
    grants = _grants(rng, relief_persons, teams)
    visits = _visits(rng, grants)
    services = Services(
        rules=rules,
        day_seats=tuple(seats),
        day_closures=tuple(sorted(closures, key=lambda c: (c.centre_id, c.start))),
        day_wishes=tuple(wishes),
        day_places=tuple(places),
        relief_grants=tuple(grants),
        relief_visits=tuple(visits),
        relief_teams=tuple(_teams(teams, grants, visits)),
    )
    return replace(scenario, centres=(*scenario.centres, *centres)), services


def _with_all_three(
    relief_persons: list[Person],
    wishes: list[DayWish],
    places: list[CurrentPlace],
    scenario: Scenario,
) -> list[Person]:
    """The persons to grant relief, the first of them replaced by a family with all three
    services: the first wisher with a day-centre place already and a wish for a stay who may
    have relief (so Borgere shows a stay, a place and a grant together). No draw changes."""
    placed = {place.wish_id for place in places}
    staying = {request.person_id for request in scenario.requests}
    persons = scenario.person_by_id
    family = next(
        (
            persons[wish.person_id]
            for wish in wishes
            if wish.wish_id in placed
            and wish.person_id in staying
            and persons[wish.person_id].consent
            and not persons[wish.person_id].self_appointed_helper
        ),
        None,
    )
    if family is None or not relief_persons:
        return relief_persons
    return [family, *relief_persons[1:]]


def _day_centres(rng: random.Random, count: int, districts: int) -> list[Centre]:
    centres = []
    for index in range(count):
        word = DAY_CENTRE_NAMES[index % len(DAY_CENTRE_NAMES)]
        repeat = index // len(DAY_CENTRE_NAMES)
        name = f"Dagcenter {word}" + (f" {repeat + 1}" if repeat else "") + " (fiktivt)"
        tags = {tag for tag in DAY_CENTRE_TAGS if rng.random() < 0.6}
        if districts:
            district = index % districts + 1
            tags.add(district_tag(district))
            name = name.replace(" (fiktivt)", f", område {district:02d} (fiktivt)")
        centres.append(Centre(f"D{index + 1:02d}", name, DAY_CENTRE_KIND, 0, frozenset(tags)))
    if not any("demens" in c.tags for c in centres):  # persons with dementia are the core
        centres[0] = replace(centres[0], tags=centres[0].tags | {"demens"})
    return centres


def _seats(rng: random.Random, centres: list[Centre]) -> list[DaySeats]:
    """Monday to Thursday the same seats, Friday two fewer; closed at the weekend."""
    seats = []
    for centre in centres:
        base = rng.randint(6, 9)
        for weekday in WORKDAYS:
            seats.append(DaySeats(centre.centre_id, weekday, base - 2 if weekday == 5 else base))
    return seats


def _usable_weekdays(rng: random.Random) -> frozenset[int]:
    if rng.random() < ALL_WEEKDAYS_SHARE:
        return frozenset(range(1, 8))
    return frozenset(rng.sample(WORKDAYS, rng.randint(2, 4)))


def _wishes(
    rng: random.Random, persons: list[Person], current: int, centres: list[Centre]
) -> tuple[list[DayWish], list[CurrentPlace]]:
    """Wishes of families with a place already (the first ``current``) and new wishes."""
    wishes, places = [], []
    for index, person in enumerate(persons):
        wish_id = f"W{index + 1:04d}"
        suitable = [c for c in centres if person.needs <= c.tags]
        days = 2 if rng.random() < TWO_DAYS_SHARE else 1
        weekdays = _usable_weekdays(rng)
        preferred = None
        if suitable and rng.random() < PREFERRED_SHARE:
            preferred = rng.choice(suitable).centre_id
        priority = rng.choices((0, 1, 2), weights=(80, 15, 5))[0]
        if index < current:
            received = date(YEAR - 1, 1, 1) + timedelta(days=rng.randint(0, 300))
            first_day = received + timedelta(days=rng.randint(14, 42))
            eligible = not person.self_appointed_helper and person.consent
            if suitable and eligible:
                centre = next((c for c in suitable if c.centre_id == preferred), suitable[0])
                chosen = frozenset(rng.sample(sorted(weekdays & set(WORKDAYS)), days))
                places.append(
                    CurrentPlace(wish_id, centre.centre_id, chosen, rng.random() < PINNED_SHARE)
                )
        else:
            received = date(YEAR - 1, 10, 1) + timedelta(days=rng.randint(0, 240))
            first_day = received + timedelta(days=rng.randint(14, 42))
            if rng.random() < OVER_LIMIT_SHARE:
                days = 3
        wishes.append(
            DayWish(
                wish_id, person.person_id, received, first_day, days, weekdays, preferred, priority
            )
        )
    return wishes, _fitting(places, centres)


def _fitting(places: list[CurrentPlace], centres: list[Centre]) -> list[CurrentPlace]:
    """Current places within the seats of 6 a day (the fewest a generated centre has, less
    two on Friday): later places over that are left out, so pinned places always fit."""
    used: Counter[tuple[str, int]] = Counter()
    kept = []
    for place in places:
        if all(used[place.centre_id, d] < (4 if d == 5 else 6) for d in place.weekdays):
            used.update((place.centre_id, d) for d in place.weekdays)
            kept.append(place)
    return kept


def _grants(rng: random.Random, persons: list[Person], teams: list[str]) -> list[ReliefGrant]:
    grants = []
    for index, person in enumerate(persons):
        fortnight = rng.random() < FORTNIGHT_SHARE
        hours = rng.choice(FORTNIGHT_HOURS if fortnight else WEEK_HOURS)
        start = date(YEAR - 1, 6, 1) + timedelta(days=rng.randint(0, 500))
        end = None
        if rng.random() < ENDED_SHARE:
            end = start + timedelta(weeks=rng.randint(8, 40))
        grants.append(
            ReliefGrant(
                grant_id=f"G{index + 1:04d}",
                person_id=person.person_id,
                minutes=round(hours * 60),
                period_days=FORTNIGHT_DAYS if fortnight else WEEK_DAYS,
                start=start,
                end=end,
                team_id=rng.choice(teams),
            )
        )
    return grants


def _visits(rng: random.Random, grants: list[ReliefGrant]) -> list[ReliefVisit]:
    """The visits of each period of a grant inside the planning year, in the daytime: one visit
    of up to the period's hours, or (per 14 days) now and then two on different days."""
    visits: list[ReliefVisit] = []
    for grant in grants:
        period = grant.start
        while period < HORIZON_END and (grant.end is None or period < grant.end):
            days = [
                period + timedelta(days=i)
                for i in range(grant.period_days)
                if HORIZON_START <= period + timedelta(days=i) < HORIZON_END
                and (grant.end is None or period + timedelta(days=i) < grant.end)
                and (period + timedelta(days=i)).isoweekday() != 7
            ]
            if days and rng.random() >= SKIP_SHARE:
                split = grant.per_fortnight and len(days) > 1 and rng.random() < 0.5
                parts = (
                    [grant.minutes // 2, grant.minutes - grant.minutes // 2]
                    if split
                    else [
                        grant.minutes if rng.random() < 0.7 else grant.minutes // 2 // 30 * 30 or 30
                    ]
                )
                for day, minutes in zip(sorted(rng.sample(days, len(parts))), parts, strict=True):
                    start = rng.randrange(8 * 60, 21 * 60 - minutes + 1, 30)
                    visits.append(
                        ReliefVisit(
                            f"V{len(visits) + 1:06d}", grant.grant_id, day, start, start + minutes
                        )
                    )
            period += timedelta(days=grant.period_days)
    return visits


def _teams(
    teams: list[str], grants: list[ReliefGrant], visits: list[ReliefVisit]
) -> list[ReliefTeam]:
    """Each team works the hours its busiest ISO week needs, rounded up to 5 hours, plus 5."""
    team_of = {grant.grant_id: grant.team_id for grant in grants}
    used: Counter[tuple[str | None, date]] = Counter()
    for visit in visits:
        monday = visit.day - timedelta(days=visit.day.isoweekday() - 1)
        used[team_of[visit.grant_id], monday] += visit.minutes
    found = []
    for number, team_id in enumerate(teams, start=1):
        busiest = max((m for (t, _), m in used.items() if t == team_id), default=0)
        hours = 5 * math.ceil(busiest / 60 / 5) + 5
        name = f"Afløserteam {DAY_CENTRE_NAMES[(number - 1) % len(DAY_CENTRE_NAMES)]} (fiktivt)"
        found.append(ReliefTeam(team_id, hours * 60, name))
    return found
