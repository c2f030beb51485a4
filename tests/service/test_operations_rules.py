"""Acute placement, cancellation and the waiting list keep every rule (judged by the checker)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scheduler.domain.checker import check_plan
from scheduler.domain.model import Booking, Plan, Scenario
from scheduler.service.operations.acute import acute_request, place_acute
from scheduler.service.operations.waiting import accept_change, cancel_change, offers
from scheduler.solve import solve
from tests.strategies import scenarios

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def published(scenario: Scenario, plan: Plan) -> Scenario:
    """The scenario with every stay of ``plan`` pinned, as the store publishes it."""
    pins = tuple(Booking(s.request_id, s.centre_id, s.start, s.end, True) for s in plan.stays)
    return replace(scenario, bookings=pins)


@SETTINGS
@given(scenarios(max_requests=6, max_beds=1), st.data())
def test_acute_placement_keeps_every_rule_and_moves_nothing(
    scenario: Scenario, data: st.DataObject
) -> None:
    plan = solve(scenario, method="greedy").plan
    person = data.draw(st.sampled_from(scenario.persons))
    start = scenario.horizon_start + timedelta(days=data.draw(st.integers(0, 15)))
    request = acute_request(
        "A-1",
        person.person_id,
        start,
        data.draw(st.integers(1, 4)),
        data.draw(st.integers(0, 2)),
        scenario.horizon_start,
    )
    with_acute = replace(scenario, requests=(*scenario.requests, request))
    placement = place_acute(with_acute, plan, request, pinned=set())
    after = placement.change.apply(plan)
    assert check_plan(published(with_acute, plan), after) == []
    assert (placement.stay is None) == (placement.reason is not None)


@SETTINGS
@given(scenarios(max_requests=6, max_beds=1), st.data())
def test_cancel_offers_accept_keeps_every_rule(scenario: Scenario, data: st.DataObject) -> None:
    plan = solve(scenario, method="greedy").plan
    granted = [s.request_id for s in plan.stays]
    if not granted:
        return
    gone = data.draw(st.sampled_from(granted))
    plan = cancel_change(scenario, plan, gone).apply(plan)
    scenario = replace(
        scenario, requests=tuple(r for r in scenario.requests if r.request_id != gone)
    )
    waiting = offers(scenario, plan)
    not_maximal = {v.request_ids[0] for v in check_plan(scenario, plan) if v.rule == "not_maximal"}
    assert {o.request_id for o in waiting} == not_maximal
    assert not [v for v in check_plan(scenario, plan) if v.rule != "not_maximal"]
    while waiting:
        stay, change = accept_change(scenario, plan, waiting[0].request_id)
        assert (stay.centre_id, stay.start) == (waiting[0].stay.centre_id, waiting[0].stay.start)
        plan = change.apply(plan)
        assert not [v for v in check_plan(scenario, plan) if v.rule != "not_maximal"]
        waiting = offers(scenario, plan)
    assert check_plan(scenario, plan) == []
