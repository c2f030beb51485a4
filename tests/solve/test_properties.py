"""Properties of every plan on random scenarios: it keeps every rule, every reason is the true
first reason, it is maximal (all checked by the independent checker), for CP-SAT and greedy."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from scheduler.domain.checker import check_plan
from scheduler.domain.model import Scenario
from scheduler.domain.objective import values
from scheduler.solve import solve
from tests.strategies import scenarios

SMALL = scenarios(
    max_centres=3,
    max_beds=3,
    max_persons=8,
    max_requests=20,
    horizon_days=45,
    max_flex=3,
    max_length=9,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SMALL)
def test_cpsat_plans_keep_every_rule_and_beat_greedy(scenario: Scenario) -> None:
    optimum = solve(scenario, time_limit=30)
    greedy = solve(scenario, method="greedy")
    assert check_plan(scenario, optimum.plan) == []
    assert check_plan(scenario, greedy.plan) == []
    assert optimum.optimal
    assert values(optimum.objective) >= values(greedy.objective)
    assert optimum.bounds == tuple(v for _, v in optimum.objective)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SMALL)
def test_a_run_out_of_time_still_gives_a_valid_maximal_plan(scenario: Scenario) -> None:
    result = solve(scenario, time_limit=0)
    assert check_plan(scenario, result.plan) == []
    assert values(result.objective) >= values(solve(scenario, method="greedy").objective)
