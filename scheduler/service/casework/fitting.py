"""Does a stay fit the published plan with every other promise held where it is, and if not,
what would: the nearest dates at the same centre, the same dates at another centre, and the
stays whose moving would make room.

The verdict is the independent checker's (``scheduler.domain.checker``); the search for
alternatives uses the published plan held fixed (``FixedPlan``, as acute placement does) and
has each alternative it finds confirmed by the checker before it is offered.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from scheduler.domain.checker import Violation, check_plan, stay_violations
from scheduler.domain.model import Decision, Plan, Reason, Request, Scenario, Stay
from scheduler.service.casework.published import as_wished, with_request
from scheduler.service.operations.acute import LATER_MAY_FIT
from scheduler.service.operations.placement import (
    Change,
    FixedPlan,
    granted_decisions,
    rejudged,
)

OTHERS_FINDINGS = frozenset({"not_maximal", "wrong_reason"})
"""Checker findings about rejected requests: a change may free room for a rejected request (it
is then on the waiting list) or change a rejection's first reason (the person's own are judged
again), so neither speaks against the change."""


def verdict(scenario: Scenario, plan: Plan, request_id: str) -> tuple[Violation, ...]:
    """The checker's findings on ``plan`` (``check_plan``) that name ``request_id``, other than
    the waiting list's (``OTHERS_FINDINGS``). Empty: the request's stay keeps every rule."""
    return tuple(
        v
        for v in check_plan(scenario, plan)
        if request_id in v.request_ids and v.rule not in OTHERS_FINDINGS
    )


def stay_faults(scenario: Scenario, stays: Sequence[Stay], stay: Stay) -> tuple[Violation, ...]:
    """The rules ``stay`` breaks among ``stays`` (the plan's other stays), judged by the checker
    on the stays that can clash with it: those at its centre and its person's. Bed labels are
    not judged (``stay`` may have none yet)."""
    person_id = scenario.request_by_id[stay.request_id].person_id
    requests = scenario.request_by_id
    near = [
        s
        for s in stays
        if s.request_id != stay.request_id
        and (s.centre_id == stay.centre_id or requests[s.request_id].person_id == person_id)
    ]
    found = stay_violations(scenario, [*near, stay], check_beds=False)
    return tuple(v for v in found if stay.request_id in v.request_ids)


@dataclass(frozen=True)
class Blocking:
    """A stay that would have to move to make room; ``promised`` when it is pinned (a promise
    to its family, as every stay of a published plan is)."""

    stay: Stay
    promised: bool


@dataclass(frozen=True)
class Alternatives:
    """What would fit instead of a wished stay that does not.

    ``nearest``: the nearest earlier and later dates of the same length at the wished centre
    (each only if one fits); ``other_centres``: the wished dates at each other suitable centre
    that has room; ``blocking``: the fewest stays at the wished centre whose leaving would free
    a bed on every night of the wished dates (empty when beds are not what is missing, or no
    moving frees them); ``longest``: for an extension, the longest one that fits.
    """

    nearest: tuple[Stay, ...] = ()
    other_centres: tuple[Stay, ...] = ()
    blocking: tuple[Blocking, ...] = ()
    longest: Stay | None = None
    """When the stay was to be extended: the latest departure before the wished one that
    fits (at the wished centre, from the wished start), if any is later than the current."""


def without(plan: Plan, request_id: str) -> Plan:
    """The plan without the request's decision."""
    return Plan(tuple(d for d in plan.decisions if d.request_id != request_id))


def alternatives(
    scenario: Scenario,
    plan: Plan,
    wished: Stay,
    pinned: Iterable[str],
    capacity_short: bool,
    current: Stay | None = None,
) -> Alternatives:
    """What would fit instead of ``wished`` (a stay for a request of ``scenario``), with every
    stay of ``plan`` but the request's own held where it is.

    ``capacity_short`` asks for the stays that block the wished dates (only beds can be freed
    by moving others); ``current`` is the stay as it is now, for the longest extension.
    """
    rest = without(plan, wished.request_id)
    request = replace(scenario.request_by_id[wished.request_id], start=wished.start, end=wished.end)
    wished_scenario = with_request(scenario, request)
    fixed = FixedPlan(wished_scenario, rest)
    index = fixed.instance.index(wished.start)
    suitable = fixed.suitable_centres(request)
    nearest: list[Stay] = []
    if wished.centre_id in suitable:
        for starts in (range(index - 1, -1, -1), range(index + 1, fixed.instance.days)):
            found = _first_fit(fixed, scenario, rest, request, wished.centre_id, starts)
            if found is not None:
                nearest.append(found)
    others = [
        found
        for centre_id in suitable
        if centre_id != wished.centre_id
        and (found := _first_fit(fixed, scenario, rest, request, centre_id, [index])) is not None
    ]
    blocking: tuple[Blocking, ...] = ()
    if capacity_short:
        promised = set(pinned)
        blocking = tuple(
            Blocking(s, s.request_id in promised) for s in blocking_stays(scenario, rest, wished)
        )
    longest = None
    if current is not None and _extends(current, wished):
        longest = _longest(scenario, rest, wished, current.end)
    nearest.sort(key=lambda s: s.start)
    return Alternatives(tuple(nearest), tuple(others), blocking, longest)


def _extends(current: Stay, wished: Stay) -> bool:
    """Whether ``wished`` only moves the departure of ``current`` later."""
    same = (current.centre_id, current.start) == (wished.centre_id, wished.start)
    return same and wished.end > current.end


def _longest(scenario: Scenario, rest: Plan, wished: Stay, least: date) -> Stay | None:
    """The stay from the wished start at the wished centre with the latest departure before
    the wished one and after ``least`` that the checker accepts."""
    end = wished.end - timedelta(days=1)
    while end > least:
        stay = replace(wished, bed=0, end=end)
        if not stay_faults(as_wished(scenario, stay), rest.stays, stay):
            return stay
        end -= timedelta(days=1)
    return None


def _first_fit(
    fixed: FixedPlan,
    scenario: Scenario,
    rest: Plan,
    request: Request,
    centre_id: str,
    starts: Iterable[int],
) -> Stay | None:
    """The first of ``starts`` (day indices, in order) where the request's stay fits at the
    centre as the fixed plan stands and the checker agrees."""
    candidate = replace(fixed.candidate(request, starts), centres=(centre_id,))
    ledger = fixed.ledger
    for start in ledger.open_starts(candidate):
        if not ledger.centre_has_room(centre_id, start, start + candidate.length):
            continue
        stay = fixed.stay_at(candidate, centre_id, start)
        if not stay_faults(as_wished(scenario, stay), rest.stays, stay):
            return stay
    return None


def blocking_stays(scenario: Scenario, plan: Plan, wished: Stay) -> tuple[Stay, ...]:
    """The fewest stays at the wished centre (found greedily: each time the one covering most of
    the still-full nights) whose leaving frees a bed on every night of ``wished``; none when
    some night has no open bed at all."""
    centre = scenario.centre_by_id[wished.centre_id]
    closed: Counter[date] = Counter()
    for closure in scenario.closures:
        if closure.centre_id == centre.centre_id:
            for night in _nights(closure.start, closure.end):
                closed[night] += closure.beds_closed
    here = [s for s in plan.stays if s.centre_id == centre.centre_id]
    full: set[date] = set()
    for night in _nights(wished.start, wished.end):
        beds = centre.beds - closed[night]
        if beds <= 0:
            return ()
        if sum(1 for s in here if s.start <= night < s.end) >= beds:
            full.add(night)
    chosen: list[Stay] = []
    while full:
        best = max(here, key=lambda s: len(full & set(_nights(s.start, s.end))), default=None)
        if best is None or not full & set(_nights(best.start, best.end)):
            return ()
        chosen.append(best)
        here.remove(best)
        full -= set(_nights(best.start, best.end))
    return tuple(chosen)


def _nights(start: date, end: date) -> list[date]:
    return [start + timedelta(days=i) for i in range((end - start).days)]


@dataclass(frozen=True)
class NewPlacement:
    """Where a new request goes in the published plan, or why it cannot.

    ``change`` is what the plan gets when it fits (the stay, relabelled stays, the person's
    rejections judged again); ``earliest`` is, when it does not fit, the earliest stay of its
    length after its flex window that fits as the plan stands (if any).
    """

    request: Request
    stay: Stay | None
    reason: Reason | None
    change: Change
    earliest: Stay | None = None


def place_new(scenario: Scenario, plan: Plan, request: Request) -> NewPlacement:
    """Place ``request`` (in ``scenario``, not in ``plan``) without moving any stay: the start
    nearest to the wished one within the flex window (an acute request: later days first, as
    acute placement does), the preferred centre first."""
    fixed = FixedPlan(scenario, plan, [request])
    wished = fixed.instance.index(request.start)
    order = (lambda day: (day < wished, abs(day - wished))) if request.is_acute else None
    stay = fixed.fit(request, order)
    if stay is not None:
        granted = fixed.grant(stay)
        decisions = granted_decisions(request, granted, plan)
        decisions += rejudged(fixed, plan, request.person_id, request.request_id)
        return NewPlacement(request, granted[0], None, Change(tuple(decisions)))
    reason = fixed.reason(request) or Reason.CAPACITY
    rejected = Change((Decision(request.request_id, request.person_id, reason=reason),))
    earliest = None
    if reason is Reason.CAPACITY or reason in LATER_MAY_FIT:
        first = wished + request.flex_days + 1
        candidate = fixed.candidate(request, range(first, fixed.instance.days))
        choice = fixed.ledger.first_fit(candidate)
        earliest = None if choice is None else fixed.stay_at(candidate, *choice)
    return NewPlacement(request, None, reason, rejected, earliest)
