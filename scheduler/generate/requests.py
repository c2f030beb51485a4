"""Fictitious requests: planned wishes shaped by season, a few acute needs, and heavy users.

Every person asks at least once; some ask often (a few frequent users ask for more than the
yearly 42 nights). A person's wishes are kept apart in time where a few tries allow it, as a
family asks for a summer stay and a Christmas stay rather than two at once.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date, timedelta

from scheduler.domain.model import Centre, Person, Request, RequestKind, Rules
from scheduler.domain.objective import summer_year
from scheduler.generate import season
from scheduler.generate.season import HORIZON_END, YEAR

ACUTE_SHARE = 0.02
ACUTE_OPEN_END_SHARE = 0.7  # acute needs with no agreed end: the profile's acute_nights
NEW_YEAR_SHARE = 0.01  # wishes across New Year (partly outside the horizon)
FREQUENT_SHARE = 1 / 30  # frequent users, asking for more than the yearly limit
FREQUENT_NIGHTS = (7, 10, 14, 14)
FLEX_SHARE = 0.3  # wishes with some flexibility (1-7 days)
PRIORITIES = (0, 1, 2)
PRIORITY_WEIGHTS = (0.85, 0.1, 0.05)
PREFERRED_SHARE = 0.2
SPREAD_TRIES = 5

Taken = dict[str, list[tuple[date, date]]]


def planned_nights(rng: random.Random) -> int:
    """A wished length: mostly one or two weeks, some 3-10 nights, rarely three weeks."""
    draw = rng.random()
    if draw < 0.45:
        return 7
    if draw < 0.75:
        return 14
    if draw < 0.99:
        return rng.randint(3, 10)
    return 21


class RequestMaker:
    """Builds single requests (without ids) for one scenario's rules, centres and season."""

    def __init__(
        self, rng: random.Random, rules: Rules, centres: list[Centre], summer_share: float
    ) -> None:
        self.rng = rng
        self.rules = rules
        self.summer_share = summer_share
        self.centres = [c for c in centres if c.kind in rules.centre_kinds]
        self.summer = season.summer_starts(rules)
        self.other = season.other_starts(rules)
        self.any_day = season.any_day()
        self._suitable: dict[frozenset[str], list[str]] = {}

    def suitable(self, needs: frozenset[str]) -> list[str]:
        """Ids of the centres that have all of ``needs`` (remembered per set of needs)."""
        if needs not in self._suitable:
            self._suitable[needs] = [c.centre_id for c in self.centres if needs <= c.tags]
        return self._suitable[needs]

    def _start(self, nights: int, taken: list[tuple[date, date]], acute: bool) -> date:
        """A wished arrival inside the horizon, apart from the person's other wishes if it can."""
        start = self._season_start(nights, acute)
        for _ in range(SPREAD_TRIES):
            end = start + timedelta(days=nights)
            if all(end < first or last < start for first, last in taken):
                break
            start = self._season_start(nights, acute)
        return start

    def _season_start(self, nights: int, acute: bool) -> date:
        if acute:
            picker = self.any_day
        else:
            picker = self.summer if self.rng.random() < self.summer_share else self.other
        while True:
            start = picker.pick(self.rng)
            if start + timedelta(days=nights) <= HORIZON_END:
                return start

    def _received(self, request: Request) -> date:
        if request.is_acute:
            return season.acute_received(self.rng, request.start)
        deadline = self.rules.summer_deadline
        year = summer_year(request, self.rules)
        if deadline is None or year is None:
            return season.ahead_received(self.rng, request.start)
        return season.summer_received(self.rng, request.start, deadline.in_year(year))

    def _preferred(self, person: Person) -> str | None:
        suitable = self.suitable(person.needs)
        if suitable and self.rng.random() < PREFERRED_SHARE:
            return self.rng.choice(suitable)
        return None

    def _flex(self) -> int:
        return self.rng.randint(1, 7) if self.rng.random() < FLEX_SHARE else 0

    def _finish(self, request: Request, taken: Taken) -> Request:
        taken[request.person_id].append((request.start, request.end))
        return replace(request, received=self._received(request))

    def planned(self, person: Person, taken: Taken, nights: int | None = None) -> Request:
        """A planned wish of ``nights`` (else a drawn length), in season."""
        length = planned_nights(self.rng) if nights is None else nights
        start = self._start(length, taken[person.person_id], acute=False)
        return self._finish(self._planned(person, start, length), taken)

    def new_year(self, person: Person, taken: Taken) -> Request:
        """A wish from the last week of the year into the next (partly outside the horizon)."""
        start = date(YEAR, 12, self.rng.randint(24, 31))
        return self._finish(self._planned(person, start, self.rng.choice((7, 14))), taken)

    def _planned(self, person: Person, start: date, nights: int) -> Request:
        return Request(
            request_id="",
            person_id=person.person_id,
            received=start,
            start=start,
            end=start + timedelta(days=nights),
            flex_days=self._flex(),
            kind=RequestKind.PLANNED,
            priority=self.rng.choices(PRIORITIES, weights=PRIORITY_WEIGHTS)[0],
            preferred_centre=self._preferred(person),
        )

    def acute(self, person: Person, taken: Taken) -> Request:
        """An acute need: mostly of the profile's default length, reported at short notice."""
        open_end = self.rng.random() < ACUTE_OPEN_END_SHARE
        nights = self.rules.acute_nights if open_end else self.rng.randint(3, 10)
        start = self._start(nights, taken[person.person_id], acute=True)
        request = Request(
            request_id="",
            person_id=person.person_id,
            received=start,
            start=start,
            end=start + timedelta(days=nights),
            kind=RequestKind.ACUTE,
        )
        return self._finish(request, taken)


def _frequent_requests(maker: RequestMaker, person: Person, taken: Taken) -> list[Request]:
    """At least four wishes adding up to more than 42 nights (the Haderslev yearly limit)."""
    requests: list[Request] = []
    while len(requests) < 4 or sum(r.nights for r in requests) <= 42:
        nights = maker.rng.choice(FREQUENT_NIGHTS)
        requests.append(maker.planned(person, taken, nights))
    return requests


def make_requests(maker: RequestMaker, persons: list[Person], count: int) -> list[Request]:
    """``count`` requests ``R00001`` … of ``persons``, numbered in the order they arrived."""
    rng = maker.rng
    taken: Taken = defaultdict(list)
    frequent = rng.sample(persons, max(1, round(FREQUENT_SHARE * len(persons))))
    drafts = [r for person in frequent for r in _frequent_requests(maker, person, taken)]
    frequent_ids = {p.person_id for p in frequent}
    others = [p for p in persons if p.person_id not in frequent_ids]
    acute_count = max(2, round(ACUTE_SHARE * count))
    new_year_count = max(2, round(NEW_YEAR_SHARE * count))
    extra = count - len(drafts) - acute_count - new_year_count - len(others)
    if extra < 0:
        raise ValueError(f"{count} requests are too few for {len(persons)} persons")
    weights = [rng.gammavariate(3.0, 1 / 3) for _ in others]
    wishes = Counter(p.person_id for p in others) + Counter(
        p.person_id for p in rng.choices(others, weights=weights, k=extra)
    )
    for person in others:
        drafts += [maker.planned(person, taken) for _ in range(wishes[person.person_id])]
    drafts += [maker.new_year(p, taken) for p in rng.sample(others, new_year_count)]
    drafts += [maker.acute(p, taken) for p in rng.choices(persons, k=acute_count)]
    drafts.sort(key=lambda r: (r.received, r.start, r.person_id))
    width = max(5, len(str(count)))
    return [replace(r, request_id=f"R{i:0{width}d}") for i, r in enumerate(drafts, start=1)]
