"""Random changes to a published plan, for the re-planning row of the benchmark (issue 16).

Each change is one of what happens during a year: a family cancels a granted stay, a new wish
comes in, a granted stay is moved or extended, or a centre closes a bed for a week. A change
gives the scenario after it and the requests whose stays it touches (``replan``'s arguments).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import timedelta

from scheduler.domain.model import Closure, Plan, Request, Scenario

KINDS = ("cancel", "new_wish", "move", "extend", "close_bed")


@dataclass(frozen=True)
class Change:
    """One change: its kind, the scenario after it and the requests it touches."""

    kind: str
    scenario: Scenario
    touched: tuple[str, ...]
    note: str


def random_change(scenario: Scenario, plan: Plan, rng: random.Random, kind: str = "") -> Change:
    """A random change of ``kind`` (default: one of ``KINDS`` at random) to the plan."""
    kind = kind or rng.choice(KINDS)
    granted = [s for s in plan.stays]
    if kind == "cancel":
        stay = rng.choice(granted)
        requests = tuple(r for r in scenario.requests if r.request_id != stay.request_id)
        bookings = tuple(b for b in scenario.bookings if b.request_id != stay.request_id)
        changed = replace(scenario, requests=requests, bookings=bookings)
        return Change(kind, changed, (), f"cancel {stay.request_id}")
    if kind == "new_wish":
        model = rng.choice(scenario.requests)
        person = rng.choice(scenario.persons)
        days = (scenario.horizon_end - scenario.horizon_start).days - model.nights
        start = scenario.horizon_start + timedelta(days=rng.randrange(max(1, days)))
        wish = replace(
            model,
            request_id=f"NEW{rng.randrange(10**6):06d}",
            person_id=person.person_id,
            start=start,
            end=start + timedelta(days=model.nights),
            preferred_centre=None,
        )
        changed = replace(scenario, requests=(*scenario.requests, wish))
        return Change(kind, changed, (wish.request_id,), f"new wish {wish.request_id} {start}")
    if kind in ("move", "extend"):
        stay = rng.choice(granted)
        request = scenario.request_by_id[stay.request_id]
        moved = _moved(request, scenario, rng) if kind == "move" else _extended(request, scenario)
        requests = tuple(
            moved if r.request_id == request.request_id else r for r in scenario.requests
        )
        changed = replace(scenario, requests=requests)
        note = f"{kind} {request.request_id} to {moved.start}-{moved.end}"
        return Change(kind, changed, (request.request_id,), note)
    if kind == "close_bed":
        centre = rng.choice([c for c in scenario.centres if c.beds > 0])
        days = (scenario.horizon_end - scenario.horizon_start).days - 7
        start = scenario.horizon_start + timedelta(days=rng.randrange(max(1, days)))
        closure = Closure(centre.centre_id, start, start + timedelta(days=7), 1)
        changed = replace(scenario, closures=(*scenario.closures, closure))
        return Change(kind, changed, (), f"close a bed at {centre.centre_id} from {start}")
    raise ValueError(f"unknown change {kind!r}")


def _moved(request: Request, scenario: Scenario, rng: random.Random) -> Request:
    """The request a week or less earlier or later, inside the horizon."""
    for _ in range(20):
        shift = timedelta(days=rng.choice([-7, -3, -2, -1, 1, 2, 3, 7]))
        start, end = request.start + shift, request.end + shift
        if scenario.horizon_start <= start and end <= scenario.horizon_end:
            return replace(request, start=start, end=end)
    return request


def _extended(request: Request, scenario: Scenario) -> Request:
    """The request two nights longer (fewer where the longest stay or the horizon ends it)."""
    longest = scenario.rules.max_stay_nights or request.nights + 2
    nights = min(request.nights + 2, max(longest, request.nights))
    end = min(request.start + timedelta(days=nights), scenario.horizon_end)
    return replace(request, end=end)
