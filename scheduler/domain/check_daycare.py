"""The independent checker of a day plan (``day_plan.csv``) against ``docs/rules.md``,
"Day-centre places".

It shares no code with the allocation (``scheduler.daycare``): suitability, usable choices, the
first open day, the queue order and the reasons are all worked out here anew from the
scenario. What it can see from the plan alone it holds the plan to: seats, closed days, days a
week, usable weekdays, suitability, eligibility, pinned places, the first reason of every wish
without a place, the queue numbers, and the order: no waiting wish could take a seat given the
places of the wishes before it in the queue.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from itertools import combinations

from scheduler.domain.check_violation import Violation
from scheduler.domain.daycare import DayDecision, DayPlace, DayPlan, DayReason, DayWish
from scheduler.domain.model import Centre, Scenario
from scheduler.domain.services import Services

Choice = tuple[str, frozenset[int], date]
"""A usable choice of a wish: centre, weekdays and the first day the person would come."""


def check_day_plan(scenario: Scenario, services: Services, plan: DayPlan) -> list[Violation]:
    """Every rule the day plan breaks, in a stable order; empty when it keeps them all.

    First the rows (missing, repeated, unknown, wrong person), then each granted place, the
    seats, the pinned places, the reasons of the wishes without a place, the order of the
    waiting list and its numbers. Where a wish has several rows only the first is judged.
    """
    judge = DayJudge(scenario, services)
    chosen = judge.chosen(plan)
    found = judge.row_violations(plan)
    for decision in chosen.values():
        if decision.place is not None:
            found += judge.place_violations(decision.place)
    found += judge.seat_violations([d.place for d in chosen.values() if d.place is not None])
    found += judge.pinned_violations(chosen)
    found += judge.reason_violations(chosen)
    found += judge.order_violations(chosen)
    found += judge.queue_violations(chosen)
    return found


def place_violations(
    scenario: Scenario, services: Services, places: Sequence[DayPlace]
) -> list[Violation]:
    """The rules the given places break on their own and together (seats), without the order
    of the waiting list: what pinned places must keep, and what makes a set of places valid."""
    judge = DayJudge(scenario, services)
    found: list[Violation] = []
    for place in places:
        found += judge.place_violations(place)
    return found + judge.seat_violations(places)


def first_open_day(
    scenario: Scenario, services: Services, centre_id: str, weekdays: Iterable[int], wished: date
) -> date | None:
    """The first day on or after ``wished`` (and the horizon's start) that the centre is open
    on one of ``weekdays``, inside the horizon; ``None`` when there is none."""
    return DayJudge(scenario, services).first_open_day(centre_id, frozenset(weekdays), wished)


def queue_key(wish: DayWish) -> tuple[int, date, str]:
    """The waiting list's order: higher priority first, then earlier received, then the id."""
    return (-wish.priority, wish.received, wish.wish_id)


class DayJudge:
    """The scenario's day-centre facts, worked out once for the checks."""

    def __init__(self, scenario: Scenario, services: Services) -> None:
        self.scenario = scenario
        self.services = services
        self.rules = services.rules
        self.wishes = {w.wish_id: w for w in services.day_wishes}
        kinds = set(self.rules.day_centre_kinds or ())
        self.day_centres: dict[str, Centre] = {
            c.centre_id: c for c in scenario.centres if c.kind in kinds
        }
        self.seats: dict[tuple[str, int], int] = {
            (s.centre_id, s.weekday): s.seats for s in services.day_seats
        }
        closed: dict[str, list[tuple[date, date]]] = defaultdict(list)
        for closure in services.day_closures:
            closed[closure.centre_id].append((closure.start, closure.end))
        self.closed = {centre: sorted(spans) for centre, spans in closed.items()}
        self.pinned = {p.wish_id: p for p in services.day_places if p.pinned}

    # rows

    def chosen(self, plan: DayPlan) -> dict[str, DayDecision]:
        """The first row of each known wish."""
        chosen: dict[str, DayDecision] = {}
        for decision in plan.decisions:
            if decision.wish_id in self.wishes:
                chosen.setdefault(decision.wish_id, decision)
        return chosen

    def row_violations(self, plan: DayPlan) -> list[Violation]:
        counts = Counter(d.wish_id for d in plan.decisions)
        chosen = self.chosen(plan)
        found: list[Violation] = []
        for wish in self.services.day_wishes:
            decision = chosen.get(wish.wish_id)
            if decision is None:
                found.append(_violation("day_missing_decision", [wish.wish_id]))
                continue
            if counts[wish.wish_id] > 1:
                found.append(
                    _violation("day_duplicate_decision", [wish.wish_id], count=counts[wish.wish_id])
                )
            if decision.person_id != wish.person_id:
                found.append(
                    _violation(
                        "day_person_mismatch",
                        [wish.wish_id],
                        expected=wish.person_id,
                        found=decision.person_id,
                    )
                )
        found += [
            _violation("day_unknown_wish", [wish_id])
            for wish_id in counts
            if wish_id not in self.wishes
        ]
        return found

    # a granted place

    def place_violations(self, place: DayPlace) -> list[Violation]:
        """The rules one granted place breaks on its own (seats are counted together)."""
        wish = self.wishes.get(place.wish_id)
        if wish is None:
            return [_violation("day_unknown_wish", [place.wish_id])]
        ids = [wish.wish_id]
        found: list[Violation] = []
        if self.ineligible(wish) is not None:
            found.append(_violation("day_eligibility", ids))
        most = self.rules.day_centre_days_per_week
        if most is not None and wish.days_per_week > most:
            found.append(_violation("day_days_limit", ids, days=wish.days_per_week, most=most))
        centre = self.scenario.centre_by_id.get(place.centre_id)
        if centre is None:
            return [*found, _violation("day_unknown_centre", ids, centre=place.centre_id)]
        if not self.suits(centre, wish):
            found.append(_violation("day_suitability", ids, centre=place.centre_id))
        if len(place.weekdays) != wish.days_per_week:
            found.append(
                _violation(
                    "day_days_per_week",
                    ids,
                    days=len(place.weekdays),
                    wished=wish.days_per_week,
                )
            )
        unusable = place.weekdays - wish.weekdays
        if unusable:
            found.append(_violation("day_weekday", ids, weekdays=unusable))
        found += self._start_violations(wish, place)
        return found

    def _start_violations(self, wish: DayWish, place: DayPlace) -> list[Violation]:
        """The place begins on the first open day of its weekdays on or after the wished first
        day, inside the horizon; a start on a closed day is named as such."""
        expected = self.first_open_day(place.centre_id, place.weekdays, wish.first_day)
        if place.start == expected:
            return []
        ids = [wish.wish_id]
        if self.is_closed(place.centre_id, place.start):
            return [_violation("day_closed", ids, centre=place.centre_id, day=place.start)]
        return [_violation("day_start", ids, start=place.start, expected=expected)]

    def seat_violations(self, places: Iterable[DayPlace]) -> list[Violation]:
        """Each centre and weekday holding more places than it has seats (none on a weekday
        without seats)."""
        holders: dict[tuple[str, int], list[str]] = defaultdict(list)
        for place in places:
            if place.centre_id not in self.scenario.centre_by_id:
                continue  # an unknown centre is reported as such
            for weekday in place.weekdays:
                holders[place.centre_id, weekday].append(place.wish_id)
        found = []
        for (centre_id, weekday), wish_ids in sorted(holders.items()):
            seats = self.seats.get((centre_id, weekday), 0)
            if len(wish_ids) > seats:
                found.append(
                    _violation(
                        "day_seats",
                        sorted(wish_ids),
                        centre=centre_id,
                        weekday=weekday,
                        places=len(wish_ids),
                        seats=seats,
                    )
                )
        return found

    def pinned_violations(self, chosen: Mapping[str, DayDecision]) -> list[Violation]:
        found = []
        for wish_id, pinned in sorted(self.pinned.items()):
            decision = chosen.get(wish_id)
            if decision is None:
                continue  # reported as missing
            place = decision.place
            if (
                place is None
                or place.centre_id != pinned.centre_id
                or place.weekdays != pinned.weekdays
            ):
                found.append(
                    _violation(
                        "day_pinned_moved",
                        [wish_id],
                        centre=pinned.centre_id,
                        weekdays=pinned.weekdays,
                    )
                )
        return found

    # wishes without a place

    def reason_violations(self, chosen: Mapping[str, DayDecision]) -> list[Violation]:
        """Each wish without a place must carry the first reason that applies: a refusal
        reason, else ``capacity`` (waiting)."""
        found = []
        for wish_id, decision in chosen.items():
            if decision.place is not None or wish_id in self.pinned:
                continue
            wish = self.wishes[wish_id]
            true = self.first_reason(wish) or DayReason.CAPACITY
            if decision.reason is not true:
                found.append(
                    _violation("day_wrong_reason", [wish_id], stated=decision.reason, true=true)
                )
        return found

    def order_violations(self, chosen: Mapping[str, DayDecision]) -> list[Violation]:
        """No waiting wish could take a seat given the places of the wishes before it in the
        queue (pinned places come before every wish)."""
        granted = [
            (self.wishes[wish_id], decision.place)
            for wish_id, decision in chosen.items()
            if decision.place is not None
        ]
        found = []
        for wish_id, decision in chosen.items():
            if decision.place is not None or decision.reason is not DayReason.CAPACITY:
                continue
            wish = self.wishes[wish_id]
            if self.first_reason(wish) is not None:
                continue  # a wrong reason, reported above
            key = queue_key(wish)
            used = Counter[tuple[str, int]]()
            for other, place in granted:
                if other.wish_id in self.pinned or queue_key(other) < key:
                    used.update((place.centre_id, weekday) for weekday in place.weekdays)
            fitting = next(
                (
                    (centre_id, weekdays)
                    for centre_id, weekdays, _ in self.choices(wish)
                    if all(used[centre_id, w] < self.seats.get((centre_id, w), 0) for w in weekdays)
                ),
                None,
            )
            if fitting is not None:
                found.append(
                    _violation("day_order", [wish_id], centre=fitting[0], weekdays=fitting[1])
                )
        return found

    def queue_violations(self, chosen: Mapping[str, DayDecision]) -> list[Violation]:
        """The waiting wishes are numbered 1, 2, … in queue order."""
        waiting = sorted(
            (
                self.wishes[wish_id]
                for wish_id, decision in chosen.items()
                if decision.place is None and decision.reason is DayReason.CAPACITY
            ),
            key=queue_key,
        )
        found = []
        for number, wish in enumerate(waiting, start=1):
            stated = chosen[wish.wish_id].queue
            if stated != number:
                found.append(_violation("day_queue", [wish.wish_id], stated=stated, true=number))
        for wish_id, decision in chosen.items():
            if decision.queue is not None and decision.reason is not DayReason.CAPACITY:
                found.append(_violation("day_queue_not_waiting", [wish_id], stated=decision.queue))
        return found

    # facts

    def ineligible(self, wish: DayWish) -> DayReason | None:
        person = self.scenario.person_by_id.get(wish.person_id)
        if person is None:
            return None
        if self.scenario.rules.exclude_self_appointed_helper and person.self_appointed_helper:
            return DayReason.SELF_APPOINTED_HELPER
        if self.scenario.rules.require_consent and not person.consent:
            return DayReason.NO_CONSENT
        return None

    def suits(self, centre: Centre, wish: DayWish) -> bool:
        """A day centre of a kind the profile names, with every tag the person needs."""
        person = self.scenario.person_by_id.get(wish.person_id)
        needs = person.needs if person is not None else frozenset()
        return centre.centre_id in self.day_centres and needs <= centre.tags

    def first_reason(self, wish: DayWish) -> DayReason | None:
        """The first refusal reason that applies to the wish; ``None`` when it has a usable
        choice (then only seats decide)."""
        reason = self.ineligible(wish)
        if reason is not None:
            return reason
        most = self.rules.day_centre_days_per_week
        if most is not None and wish.days_per_week > most:
            return DayReason.DAYS_LIMIT
        if not any(self.suits(c, wish) for c in self.day_centres.values()):
            return DayReason.NO_SUITABLE_CENTRE
        if max(wish.first_day, self.scenario.horizon_start) >= self.scenario.horizon_end:
            return DayReason.OUTSIDE_HORIZON
        if not self.choices(wish):
            return DayReason.WEEKDAYS
        return None

    def choices(self, wish: DayWish) -> list[Choice]:
        """Every usable choice: a suitable centre and exactly ``days_per_week`` of the wish's
        weekdays on which it has seats, with a first open day inside the horizon."""
        found: list[Choice] = []
        for centre_id, centre in sorted(self.day_centres.items()):
            if not self.suits(centre, wish):
                continue
            open_days = sorted(w for w in wish.weekdays if self.seats.get((centre_id, w), 0) > 0)
            for days in combinations(open_days, wish.days_per_week):
                weekdays = frozenset(days)
                start = self.first_open_day(centre_id, weekdays, wish.first_day)
                if start is not None:
                    found.append((centre_id, weekdays, start))
        return found

    def is_closed(self, centre_id: str, day: date) -> bool:
        return any(start <= day < end for start, end in self.closed.get(centre_id, ()))

    def first_open_day(self, centre_id: str, weekdays: frozenset[int], wished: date) -> date | None:
        open_weekdays = {w for w in weekdays if self.seats.get((centre_id, w), 0) > 0}
        if not open_weekdays:
            return None
        day = max(wished, self.scenario.horizon_start)
        spans = self.closed.get(centre_id, [])
        while day < self.scenario.horizon_end:
            span = next((s for s in spans if s[0] <= day < s[1]), None)
            if span is not None:
                day = span[1]
                continue
            if day.isoweekday() in open_weekdays:
                return day
            day += timedelta(days=1)
        return None


def _violation(rule: str, wish_ids: Sequence[str], **params: object) -> Violation:
    """A violation of ``rule``; its message is ``checker.<rule>`` with ``wish`` the first id."""
    return Violation(rule, tuple(wish_ids), f"checker.{rule}", {"wish": wish_ids[0], **params})
