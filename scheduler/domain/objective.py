"""What a plan optimises (``docs/rules.md``, "How plans are ranked"), as a vector to compare plans
by.

The vector is lexicographic and every entry is "larger is better": tier by tier the distinct
persons served and then their granted nights, then the negated total shift, the stays at the
preferred centre, and the negated number of changed unpinned bookings.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from scheduler.domain.model import Plan, Request, Rules, Scenario


class Tier(enum.StrEnum):
    """The tiers of ``docs/rules.md`` in their order of precedence."""

    ACUTE = "acute"
    TIMELY = "timely"
    LATE = "late"


def summer_year(request: Request, rules: Rules) -> int | None:
    """The year whose summer window the request's wished nights touch, or ``None``."""
    last_night = date.fromordinal(request.end.toordinal() - 1)
    for year in range(request.start.year, last_night.year + 1):
        first, last = rules.summer_window(year)
        if request.start <= last and last_night >= first:
            return year
    return None


def is_late_summer_wish(request: Request, rules: Rules) -> bool:
    """A planned wish touching a summer window, received after that year's deadline."""
    if request.is_acute or rules.summer_deadline is None:
        return False
    year = summer_year(request, rules)
    return year is not None and request.received > rules.summer_deadline.in_year(year)


def tier_of(request: Request, rules: Rules) -> Tier:
    if request.is_acute:
        return Tier.ACUTE
    return Tier.LATE if is_late_summer_wish(request, rules) else Tier.TIMELY


@dataclass(frozen=True)
class Group:
    """A set of requests whose persons and nights form one pair of entries in the vector:
    all acute requests, or the timely (or late) requests of one priority level."""

    tier: Tier
    priority: int | None

    @property
    def label(self) -> str:
        return self.tier.value if self.priority is None else f"{self.tier.value}.p{self.priority}"


def group_of(request: Request, rules: Rules) -> Group:
    tier = tier_of(request, rules)
    return Group(tier, None if tier is Tier.ACUTE else request.priority)


def ranked_groups(scenario: Scenario) -> list[Group]:
    """The groups present in the scenario, most important first."""
    present = {group_of(r, scenario.rules) for r in scenario.requests}
    order = {Tier.ACUTE: 0, Tier.TIMELY: 1, Tier.LATE: 2}
    return sorted(present, key=lambda g: (order[g.tier], -(g.priority or 0)))


class Measure(enum.StrEnum):
    """What an entry of the vector counts."""

    PERSONS = "persons"
    NIGHTS = "nights"
    SHIFT = "shift"
    PREFERRED = "preferred"
    CHANGES = "changes"


GROUP_MEASURES = (Measure.PERSONS, Measure.NIGHTS)
"""The measures counted per group; the others count over the whole plan."""
PLAN_MEASURES = (Measure.SHIFT, Measure.PREFERRED, Measure.CHANGES)
"""The measures counted over the whole plan, in the vector's order after the groups."""
MINIMISED = frozenset({Measure.SHIFT, Measure.CHANGES})
"""Measures that count something to keep small: the vector holds them negated."""


@dataclass(frozen=True)
class Entry:
    """One entry of the objective vector: a group's persons served or nights, or one of the
    counts over the whole plan (shift, stays at the preferred centre, changed bookings)."""

    group: Group | None
    """The group counted; ``None`` for a count over the whole plan."""
    measure: Measure

    def __post_init__(self) -> None:
        per_group = self.measure in GROUP_MEASURES
        if (self.group is not None) != per_group:
            raise ValueError(f"{self.measure.value} needs {'a' if per_group else 'no'} group")

    @property
    def minimised(self) -> bool:
        """Whether the entry counts something to keep small (held negated in the vector, so
        that every entry is "larger is better")."""
        return self.measure in MINIMISED

    @property
    def label(self) -> str:
        """The entry as text: ``timely.p1.nights``, ``acute.persons``, ``shift``."""
        if self.group is None:
            return self.measure.value
        return f"{self.group.label}.{self.measure.value}"


def vector_entries(groups: list[Group]) -> list[Entry]:
    """The vector's entries for ``groups`` (ranked, as ``ranked_groups`` gives them), most
    important first: per group the persons served and then the nights, then the shift, the
    stays at the preferred centre and the changed bookings."""
    entries = [Entry(group, measure) for group in groups for measure in GROUP_MEASURES]
    return entries + [Entry(None, measure) for measure in PLAN_MEASURES]


ObjectiveVector = tuple[tuple[Entry, int], ...]
LabelledVector = tuple[tuple[str, int], ...]
"""An objective vector with each entry as its label: plain data, as the store keeps it."""


def objective(scenario: Scenario, plan: Plan) -> ObjectiveVector:
    """The plan's lexicographic objective vector; compare two with ``values``."""
    rules = scenario.rules
    persons: dict[Group, set[str]] = defaultdict(set)
    nights: dict[Group, int] = defaultdict(int)
    shift = preferred = 0
    for request in scenario.requests:
        decision = plan.by_request.get(request.request_id)
        if decision is None or decision.stay is None:
            continue
        stay = decision.stay
        group = group_of(request, rules)
        persons[group].add(request.person_id)
        nights[group] += stay.nights
        shift += abs((stay.start - request.start).days)
        preferred += int(stay.centre_id == request.preferred_centre)
    changes = 0
    for booking in scenario.bookings:
        if booking.pinned:
            continue
        decision = plan.by_request.get(booking.request_id)
        kept = decision.stay if decision else None
        if kept is None or (kept.centre_id, kept.start) != (booking.centre_id, booking.start):
            changes += 1
    counted = {Measure.SHIFT: -shift, Measure.PREFERRED: preferred, Measure.CHANGES: -changes}
    vector = []
    for entry in vector_entries(ranked_groups(scenario)):
        if entry.group is None:
            vector.append((entry, counted[entry.measure]))
        elif entry.measure is Measure.PERSONS:
            vector.append((entry, len(persons[entry.group])))
        else:
            vector.append((entry, nights[entry.group]))
    return tuple(vector)


def labelled(vector: ObjectiveVector) -> LabelledVector:
    """The vector with each entry as its label."""
    return tuple((entry.label, value) for entry, value in vector)


def values(vector: ObjectiveVector | LabelledVector) -> tuple[int, ...]:
    """The vector's numbers, for lexicographic comparison (larger is better)."""
    return tuple(value for _, value in vector)
