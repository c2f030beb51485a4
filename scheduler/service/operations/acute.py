"""Acute stays (akutaflastning): a request recorded and placed at once in the published plan.

The stay takes the earliest start from the wished day within the flex window (later days first,
earlier ones of the window only when no later one fits, so the plan stays maximal), at a
suitable centre with a free bed; no booking moves. When nothing fits, the request is recorded as
rejected (it then heads the waiting list) and the answer says which day would fit, and which
unpinned bookings would have to move to make room sooner.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date, timedelta
from time import perf_counter

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.model import Decision, Plan, Reason, Request, RequestKind, Scenario, Stay
from scheduler.service.operations.attempts import run_locked
from scheduler.service.operations.commit import OperationError, publish_change
from scheduler.service.operations.decision_letters import record_placement_letter
from scheduler.service.operations.placement import (
    Change,
    FixedPlan,
    granted_decisions,
    rejudged,
)
from scheduler.store import operations_repo
from scheduler.store.plan_repo import VersionOrigin

LATER_MAY_FIT = frozenset(
    {Reason.ARRIVAL_DAY, Reason.ANNUAL_LIMIT, Reason.STAYS_LIMIT, Reason.PERSON_OVERLAP}
)
"""Reasons besides ``capacity`` that a later start may overcome."""


@dataclass(frozen=True)
class AcutePlacement:
    """Where an acute request goes, or why it cannot, and what would help.

    ``change`` is what the plan gets (the request granted or rejected, labels or reasons of
    other requests that change with it). When rejected: ``earliest`` is the earliest stay after
    the flex window that fits as the plan stands; ``sooner`` a stay inside the window that moving
    the unpinned bookings ``to_move`` would make room for (both ``None`` when there is none).
    """

    request: Request
    stay: Stay | None
    reason: Reason | None
    change: Change
    earliest: Stay | None = None
    sooner: Stay | None = None
    to_move: tuple[Stay, ...] = ()


def acute_request(
    request_id: str, person_id: str, start: date, nights: int, flex_days: int, received: date
) -> Request:
    """The acute request as it is recorded."""
    end = start + timedelta(days=nights)
    return Request(request_id, person_id, received, start, end, flex_days, RequestKind.ACUTE)


def place_acute(
    scenario: Scenario, plan: Plan, request: Request, pinned: Collection[str]
) -> AcutePlacement:
    """Place ``request`` (in ``scenario``, not yet in ``plan``) without moving any booking.

    Parameters
    ----------
    scenario
        Holds every request the plan grants, the new request and the person's other requests.
    plan
        The published plan.
    request
        The acute request.
    pinned
        The requests whose stays are pinned; the others count as movable for ``to_move``.
    """
    fixed = FixedPlan(scenario, plan, [request])
    wished = fixed.instance.index(request.start)
    stay = fixed.fit(request, lambda day: (day < wished, abs(day - wished)))
    if stay is not None:
        granted = fixed.grant(stay)
        decisions = granted_decisions(request, granted, plan)
        decisions += rejudged(fixed, plan, request.person_id, request.request_id)
        return AcutePlacement(request, granted[0], None, Change(tuple(decisions)))
    reason = fixed.reason(request)
    assert reason is not None, "a request with room is placed"
    rejected = Decision(request.request_id, request.person_id, reason=reason)
    placement = AcutePlacement(request, None, reason, Change((rejected,)))
    if reason is not Reason.CAPACITY and reason not in LATER_MAY_FIT:
        return placement
    earliest = _earliest_after(fixed, request)
    if reason is not Reason.CAPACITY:
        return AcutePlacement(request, None, reason, placement.change, earliest)
    sooner, to_move = _room_by_moving(fixed, request, set(pinned))
    return AcutePlacement(request, None, reason, placement.change, earliest, sooner, to_move)


def _earliest_after(fixed: FixedPlan, request: Request) -> Stay | None:
    """The earliest stay of the request's length after its flex window that fits as is."""
    first = fixed.instance.index(request.start) + request.flex_days + 1
    candidate = fixed.candidate(request, range(first, fixed.instance.days))
    choice = fixed.ledger.first_fit(candidate)
    return None if choice is None else fixed.stay_at(candidate, *choice)


def _room_by_moving(
    fixed: FixedPlan, request: Request, pinned: set[str]
) -> tuple[Stay | None, tuple[Stay, ...]]:
    """The window's start and centre that the fewest unpinned stays block, and those stays.

    On each full night one stay has to leave; a stay leaving frees all its nights, so the
    stays are chosen greedily by how many of the still-full nights they cover.
    """
    wished = fixed.instance.index(request.start)
    window = range(wished - request.flex_days, wished + request.flex_days + 1)
    ordered = sorted(window, key=lambda day: (day < wished, abs(day - wished)))
    candidate = fixed.candidate(request, ordered)
    best: tuple[Stay | None, tuple[Stay, ...]] = (None, ())
    for start in fixed.ledger.open_starts(candidate):
        for centre_id in candidate.centres:
            movers = _cover(fixed, centre_id, start, start + candidate.length, pinned)
            if movers is not None and (best[0] is None or len(movers) < len(best[1])):
                best = (fixed.stay_at(candidate, centre_id, start), movers)
    return best


def _cover(
    fixed: FixedPlan, centre_id: str, start: int, end: int, pinned: set[str]
) -> tuple[Stay, ...] | None:
    """Unpinned stays at the centre whose leaving frees a bed on every night of the range."""
    instance, ledger = fixed.instance, fixed.ledger
    full = {d for d in range(start, end) if not ledger.centre_has_room(centre_id, d, d + 1)}
    movable = [
        (s, {instance.index(s.start) + i for i in range(s.nights)} & full)
        for s in fixed.stays
        if s.centre_id == centre_id and s.request_id not in pinned
    ]
    chosen: list[Stay] = []
    while full:
        stay, nights = max(movable, key=lambda m: len(m[1] & full), default=(None, set()))
        if stay is None or not nights & full:
            return None
        chosen.append(stay)
        full -= nights
    return tuple(chosen)


@dataclass(frozen=True)
class AcuteOutcome:
    """The result of ``insert_acute``: the new request, the published version that holds it,
    its placement, the names of the centres named in it, and how many times it was made again
    because another case worker published a plan meanwhile (``operations.attempts``)."""

    request_id: str
    version: int
    placement: AcutePlacement
    centre_names: dict[str, str]
    retries: int = 0


ACUTE_PREFIX = "A-"


def insert_acute(
    engine: Engine,
    person_id: str,
    start: date,
    actor: str,
    *,
    nights: int | None = None,
    flex_days: int = 0,
    received: date | None = None,
) -> AcuteOutcome:
    """Record an acute request and place it in the published plan, in one transaction.

    The request gets the id ``A-<received>-<n>`` (the smallest free ``n``, chosen under the
    writers' lock, so two acute stays at once get two ids); the plan with it (granted, or
    rejected with its reason) is published as a new version derived from the published one.
    When another case worker published meanwhile, the stay is placed again in their plan
    (``operations.attempts``; the outcome counts the ``retries``).

    Parameters
    ----------
    engine
        The store.
    person_id
        The person who needs the stay.
    start
        The day the stay is needed from.
    actor
        Who acts, for the audit log.
    nights
        The stay's length; default the profile's ``acute_nights``.
    flex_days
        How many days the start may move (as ``flex_days`` in ``requests.csv``).
    received
        The day the need was reported; default today.

    Raises
    ------
    OperationError
        ``operations.unknown_person``, ``operations.bad_length`` or
        ``operations.outside_horizon``.
    StalePlanError
        ``operations.lost_race`` when every attempt lost to another publication; nothing is
        kept.
    StoreError
        ``operations.nothing_published`` or ``store.empty``.
    """
    began = perf_counter()
    day = received or date.today()

    def attempt(session: Session) -> AcuteOutcome:
        base = operations_repo.published_version(session)
        scenario, plan = operations_repo.load_published(session, base, [person_id])
        if person_id not in scenario.person_by_id:
            raise OperationError("operations.unknown_person", person=person_id)
        length = scenario.rules.acute_nights if nights is None else nights
        if length < 1 or flex_days < 0:
            raise OperationError("operations.bad_length", nights=length, flex=flex_days)
        if not scenario.horizon_start <= start < scenario.horizon_end:
            raise OperationError(
                "operations.outside_horizon",
                start=start,
                first=scenario.horizon_start,
                end=scenario.horizon_end,
            )
        request_id = operations_repo.next_request_id(session, f"{ACUTE_PREFIX}{day}-")
        request = acute_request(request_id, person_id, start, length, flex_days, day)
        scenario = replace(scenario, requests=(*scenario.requests, request))
        pinned = operations_repo.pinned_requests(session, base)
        placement = place_acute(scenario, plan, request, pinned)
        operations_repo.add_request(session, request, actor)
        number = publish_change(session, base, placement.change, VersionOrigin.ACUTE, actor, began)
        decided = (placement.stay, placement.reason)
        record_placement_letter(session, scenario, request, decided, number, actor)
        names = {c.centre_id: c.name for c in scenario.centres}
        return AcuteOutcome(request_id, number, placement, names)

    outcome, retries = run_locked(engine, attempt)
    return replace(outcome, retries=retries)
