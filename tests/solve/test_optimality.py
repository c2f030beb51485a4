"""CP-SAT reaches the true lexicographic optimum: compared with brute force on tiny scenarios."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from scheduler.domain.checker import check_plan
from scheduler.domain.model import Scenario
from scheduler.domain.objective import values
from scheduler.solve import solve
from tests.solve.brute_force import brute_force_optimum
from tests.strategies import scenarios


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_cpsat_equals_brute_force(scenario: Scenario) -> None:
    result = solve(scenario, time_limit=20)
    assert check_plan(scenario, result.plan) == []
    assert result.optimal
    assert values(result.objective) == brute_force_optimum(scenario)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(max_centres=1, max_beds=1, max_persons=4, max_requests=5, max_flex=2))
def test_cpsat_equals_brute_force_on_one_contested_bed(scenario: Scenario) -> None:
    result = solve(scenario, time_limit=20)
    assert values(result.objective) == brute_force_optimum(scenario)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_greedy_is_never_better_than_the_optimum(scenario: Scenario) -> None:
    greedy = solve(scenario, method="greedy")
    assert check_plan(scenario, greedy.plan) == []
    assert values(greedy.objective) <= brute_force_optimum(scenario)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(max_persons=4, max_requests=6, max_length=4))
def test_cpsat_equals_brute_force_with_more_requests(scenario: Scenario) -> None:
    result = solve(scenario, time_limit=20)
    assert result.optimal
    assert values(result.objective) == brute_force_optimum(scenario)
