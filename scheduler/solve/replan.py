"""Re-plan one change to a published plan: every promise the change does not touch is pinned,
and only what is left open is optimised again.

``replan(scenario, plan, touched, params)`` takes the scenario *after* the change (a cancelled
request left out, a new wish added, a moved or extended request with its new dates, a closure
added), the published plan from before it, and the requests the change concerns. Every stay the
plan grants is pinned (centre, arrival and departure kept; its bed label kept where free),
except

- the stays of ``touched`` requests, and
- the stays that break a rule in the changed scenario (a closure that over-fills a centre, a
  stay whose request was moved or extended, a person's yearly limit that shrank): all the stays
  a broken rule names.

Those stays are *freed*: they become bookings to keep (the objective's last entry counts those
that move) and the plan CP-SAT starts from keeps each where it still fits. Every other request
the pinned plan leaves room for is a candidate too: the new wish, the waiting list around a
cancelled stay's nights, the person's other wishes when a cancellation frees yearly nights.
Requests with no room left beside the pinned stays are compiled away, so the model is only as
large as the change's *reach* (the freed stays and the requests that fit beside the pins).

The result is an ordinary ``SolveResult`` for the changed scenario with the freed stays as
unpinned bookings: ``optimal`` means proven lexicographically optimal with every other promise
as it stands (optimal within the change's reach). It is never lexicographically worse than
the plan carried over (the kept promises, every freed stay where it still fits, then the
waiting list first come, first served), because CP-SAT starts from that plan and never
accepts less.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from time import perf_counter

from scheduler.domain.checker import stay_violations
from scheduler.domain.model import Booking, Plan, Scenario, Stay
from scheduler.solve.api import solve_checked
from scheduler.solve.ledger import Choice
from scheduler.solve.lexicographic import Progress
from scheduler.solve.params import SolveParams
from scheduler.solve.result import SolveResult

REPLAN_TIME_LIMIT = 2.0
"""Seconds a re-plan may take unless ``params`` says otherwise (issue 16's target)."""


def replan(
    scenario: Scenario,
    plan: Plan,
    touched: Iterable[str] = (),
    params: SolveParams | None = None,
    *,
    progress: Callable[[Progress], None] | None = None,
) -> SolveResult:
    """Re-optimise what one change touches, every other promise pinned.

    Parameters
    ----------
    scenario
        The scenario after the change. Its own bookings count only for requests the plan does
        not decide (the plan's stays are the promises); a pinned one of a ``touched`` request
        is freed like the plan's.
    plan
        The published plan before the change. Decisions for requests no longer in the scenario
        (a cancellation) are dropped.
    touched
        Requests whose stays the change may move (e.g. a stay the family asks to move or
        extend, when its request is not changed in the scenario itself). Stays that break a
        rule in the changed scenario are freed without being named here.
    params
        As for ``solve``; default ``SolveParams(time_limit=REPLAN_TIME_LIMIT)``.
    progress
        Called with every better plan CP-SAT finds.

    Returns
    -------
    SolveResult
        The whole plan for the changed scenario, its objective vector (with the freed stays as
        bookings to keep) and bounds; ``status`` ``optimal`` when it is proven optimal with
        the other promises pinned.
    """
    params = params or SolveParams(time_limit=REPLAN_TIME_LIMIT)
    began = perf_counter()
    pinned = pinned_scenario(scenario, plan, touched)
    return solve_checked(pinned, params, "cpsat", progress, began, keep=_freed(pinned))


def carried_over(scenario: Scenario, plan: Plan, touched: Iterable[str] = ()) -> SolveResult:
    """The plan as the change leaves it, re-planned by no search: the promises ``replan`` pins,
    every freed stay where it still fits, then the other requests first come, first served.
    ``replan`` is never worse than this (its vector is at least this one's); its scenario is
    ``pinned_scenario``'s."""
    pinned = pinned_scenario(scenario, plan, touched)
    return solve_checked(pinned, SolveParams(), "greedy", None, perf_counter(), _freed(pinned))


def _freed(pinned: Scenario) -> dict[str, Choice]:
    """The freed stays (the unpinned bookings) as centre and start day index."""
    return {
        b.request_id: (b.centre_id, (b.start - pinned.horizon_start).days)
        for b in pinned.bookings
        if not b.pinned
    }


def pinned_scenario(scenario: Scenario, plan: Plan, touched: Iterable[str] = ()) -> Scenario:
    """The changed scenario with the plan's stays as bookings: pinned, but unpinned for the
    ``touched`` requests and for every stay a broken rule names (freed until the pinned ones
    keep every rule; a pinned booking the scenario brings itself is freed the same way)."""
    requests = scenario.request_by_id
    freed = set(touched)
    bookings: dict[str, Booking] = {
        b.request_id: b for b in scenario.bookings if b.request_id in requests
    }
    for stay in plan.stays:
        if stay.request_id in requests:
            bookings[stay.request_id] = Booking(
                stay.request_id, stay.centre_id, stay.start, stay.end, pinned=True, bed=stay.bed
            )
    while True:
        pinned = [
            Stay(b.request_id, b.centre_id, 0, b.start, b.end)
            for b in bookings.values()
            if b.pinned and b.request_id not in freed
        ]
        broken = {
            request_id
            for violation in stay_violations(scenario, pinned, check_beds=False)
            for request_id in violation.request_ids
        } - freed
        if not broken:
            break
        freed |= broken
    final = tuple(
        replace(b, pinned=False) if b.request_id in freed else b for b in bookings.values()
    )
    return replace(scenario, bookings=final)
