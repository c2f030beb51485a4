"""The peer model (``method="highs"``: the plain time-indexed MIP solved by HiGHS) reaches the
same lexicographic optimum as brute force on tiny scenarios, and its plans keep every rule by
the independent checker, also when the time runs out."""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings

from scheduler.domain.checker import check_plan
from scheduler.domain.model import Scenario
from scheduler.domain.objective import values
from scheduler.generate import generate
from scheduler.solve import SearchModel, SolveStatus, solve
from scheduler.solve.api import _served_by_pinned
from scheduler.solve.greedy import greedy
from scheduler.solve.instance import build_instance
from scheduler.solve.mip import TimeIndexedMip
from tests.solve.brute_force import brute_force_optimum
from tests.strategies import scenarios


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_the_mip_equals_brute_force(scenario: Scenario) -> None:
    result = solve(scenario, method="highs", time_limit=20)
    assert check_plan(scenario, result.plan) == []
    assert result.optimal
    assert values(result.objective) == brute_force_optimum(scenario)
    assert result.bounds == tuple(v for _, v in result.objective)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(max_persons=4, max_requests=6, max_length=4))
def test_the_mip_equals_brute_force_with_more_requests(scenario: Scenario) -> None:
    result = solve(scenario, method="highs", time_limit=20)
    assert check_plan(scenario, result.plan) == []
    assert values(result.objective) == brute_force_optimum(scenario)


def test_the_mip_agrees_with_cpsat_on_generated_scenarios_and_reports_each_entry() -> None:
    for seed in (1, 2):
        scenario, _ = generate("XS", seed)
        peer = solve(scenario, method="highs", time_limit=60)
        cpsat = solve(scenario, time_limit=60)
        assert peer.optimal and cpsat.optimal
        assert values(peer.objective) == values(cpsat.objective)
        assert [c.entry for c in peer.criteria] == [entry for entry, _ in peer.vector]
        assert SearchModel.MIP in {c.model for c in peer.criteria}
        assert check_plan(scenario, peer.plan) == []


def test_out_of_time_the_mip_still_gives_a_valid_maximal_plan() -> None:
    scenario, _ = generate("XS", 3)
    result = solve(scenario, method="highs", time_limit=0)
    assert result.status is SolveStatus.TIMED_OUT
    assert check_plan(scenario, result.plan) == []
    assert values(result.objective) >= values(solve(scenario, method="greedy").objective)


def test_a_mip_search_stopped_by_the_time_limit_keeps_a_valid_plan_and_bounds() -> None:
    scenario, _ = generate("S", 1)
    result = solve(scenario, method="highs", time_limit=3)
    assert check_plan(scenario, result.plan) == []
    assert all(
        bound is None or value <= bound
        for (_, value), bound in zip(result.vector, result.bounds, strict=True)
    )
    assert values(result.objective) >= values(solve(scenario, method="greedy").objective)


def test_a_solution_that_breaks_a_row_is_not_taken() -> None:
    """HiGHS's answers are checked against the rows: two stays of one request break its row."""
    scenario, _ = generate("XS", 1)
    instance = build_instance(scenario)
    mip = TimeIndexedMip(instance, _served_by_pinned(instance))
    plan = greedy(instance).granted
    values = mip.solution(plan)
    assert mip.feasible(values)
    twice = next(i for i in range(len(instance.candidates)) if (mip.candidate == i).sum() > 1)
    broken = values.copy()
    broken[np.flatnonzero(mip.candidate == twice)[:2]] = 1.0
    assert not mip.feasible(broken)
