"""Re-planning one change to a published plan (``replan``): every promise the change does not
touch stays where it is, the result is the optimum of what is left open (brute force agrees on
tiny scenarios), every plan keeps the rules, and it is never worse than the plan carried over.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from scheduler.bench.changes import KINDS, random_change
from scheduler.domain.checker import check_plan
from scheduler.domain.model import Centre, Closure, Person, Request, Scenario
from scheduler.domain.objective import values
from scheduler.generate import generate
from scheduler.solve import SolveParams, SolveStatus, solve
from scheduler.solve.replan import carried_over, pinned_scenario, replan
from tests.builders import BASE_RULES
from tests.solve.brute_force import brute_force_optimum
from tests.strategies import scenarios

DAY = date(2027, 2, 1)


def _night(days: int) -> date:
    return DAY + timedelta(days=days)


def _two_centres() -> Scenario:
    """A has one bed, B one bed. R1 and R2 want nights 0-3; R3 (waiting) nights 1-2 at A or B,
    received last; R4 wants nights 5-7 and prefers A."""
    centres = (
        Centre("A", "A", "plejecenter", 1),
        Centre("B", "B", "plejecenter", 1),
    )
    persons = tuple(Person(f"P{i}", f"Person {i}") for i in range(1, 5))
    requests = (
        Request("R1", "P1", DAY, _night(0), _night(3)),
        Request("R2", "P2", DAY, _night(0), _night(3)),
        Request("R3", "P3", DAY + timedelta(1), _night(1), _night(2)),
        Request("R4", "P4", DAY, _night(5), _night(7), preferred_centre="A"),
    )
    return Scenario(BASE_RULES, DAY, DAY + timedelta(14), centres, (), persons, requests)


def test_a_cancellation_gives_the_freed_bed_to_the_waiting_list() -> None:
    scenario = _two_centres()
    published = solve(scenario, time_limit=10).plan
    assert published.by_request["R3"].stay is None
    cancelled = replace(
        scenario, requests=tuple(r for r in scenario.requests if r.request_id != "R1")
    )
    result = replan(cancelled, published)
    assert result.status is SolveStatus.OPTIMAL
    assert result.plan.by_request["R3"].stay is not None
    for request_id in ("R2", "R4"):
        before, after = (
            published.by_request[request_id].stay,
            result.plan.by_request[request_id].stay,
        )
        assert after is not None and before is not None
        assert (after.centre_id, after.start, after.end) == (
            before.centre_id,
            before.start,
            before.end,
        )
    assert check_plan(pinned_scenario(cancelled, published), result.plan) == []


def test_a_closed_bed_moves_only_the_stays_it_displaces() -> None:
    """A's bed closes on nights 5-6: R4 (preferring A) has to go to B; R1 and R2 stay put."""
    scenario = _two_centres()
    published = solve(scenario, time_limit=10).plan
    assert published.by_request["R4"].stay.centre_id == "A"  # type: ignore[union-attr]
    closed = replace(scenario, closures=(Closure("A", _night(5), _night(7), 1),))
    pinned = pinned_scenario(closed, published)
    assert {b.request_id for b in pinned.bookings if not b.pinned} == {"R4"}
    result = replan(closed, published)
    stay = result.plan.by_request["R4"].stay
    assert stay is not None and stay.centre_id == "B"
    assert result.optimal and check_plan(pinned, result.plan) == []
    for request_id in ("R1", "R2"):
        assert result.plan.by_request[request_id].stay == published.by_request[request_id].stay


def test_a_touched_stay_may_move_and_an_untouched_promise_may_not() -> None:
    """R4 moved a day later: only R4 is re-planned; a new wish that could only fit by moving a
    promise is rejected."""
    scenario = _two_centres()
    published = solve(scenario, time_limit=10).plan
    moved = Request("R4", "P4", DAY, _night(6), _night(8), preferred_centre="A")
    wish = Request("R5", "P3", DAY, _night(0), _night(3))
    requests = (*(moved if r.request_id == "R4" else r for r in scenario.requests), wish)
    changed = replace(scenario, requests=requests)
    result = replan(changed, published, touched=["R4"])
    assert result.optimal
    stay = result.plan.by_request["R4"].stay
    assert stay is not None and (stay.start, stay.centre_id) == (_night(6), "A")
    assert result.plan.by_request["R5"].stay is None
    assert check_plan(pinned_scenario(changed, published, ["R4"]), result.plan) == []


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(max_requests=5), st.sampled_from(KINDS), st.randoms(use_true_random=False))
def test_replan_equals_brute_force_with_the_other_promises_pinned(
    scenario: Scenario, kind: str, rng: random.Random
) -> None:
    published = solve(scenario, time_limit=20).plan
    assume(published.stays or kind in ("new_wish", "close_bed"))
    assume(any(c.beds > 0 for c in scenario.centres))
    change = random_change(scenario, published, rng, kind)
    result = replan(change.scenario, published, change.touched, SolveParams(time_limit=20))
    pinned = pinned_scenario(change.scenario, published, change.touched)
    assert check_plan(pinned, result.plan) == []
    assert result.optimal
    assert values(result.vector) == brute_force_optimum(pinned)
    base = carried_over(change.scenario, published, change.touched)
    assert values(result.vector) >= values(base.vector)
    # Every promise the change did not touch (and no rule freed) is kept as it was.
    for booking in pinned.bookings:
        if booking.pinned:
            stay = result.plan.by_request[booking.request_id].stay
            assert stay is not None
            assert (stay.centre_id, stay.start, stay.end) == (
                booking.centre_id,
                booking.start,
                booking.end,
            )


def test_changes_to_a_generated_plan_are_replanned_valid_and_never_worse() -> None:
    scenario, _ = generate("XS", 3)
    published = solve(scenario, time_limit=20).plan
    rng = random.Random(5)
    for kind in KINDS:
        change = random_change(scenario, published, rng, kind)
        result = replan(change.scenario, published, change.touched)
        pinned = pinned_scenario(change.scenario, published, change.touched)
        assert check_plan(pinned, result.plan) == [], change.note
        base = carried_over(change.scenario, published, change.touched)
        assert values(result.vector) >= values(base.vector), change.note
        assert all(
            value <= bound
            for (_, value), bound in zip(result.vector, result.bounds, strict=True)
            if bound is not None
        )
