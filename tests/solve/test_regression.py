"""A guard that does not depend on timing: on fixed generated scenarios (size XS, seeds 1-5, and
size S, seed 1, a Haderslev year) the solver proves the optimum and its objective vector equals
the stored proven optimum. The time limits are generous (S is proven in 10-30 s on 2 cores), so
only a much slower machine or a weaker model makes them bite. If a change to the model makes
this fail, either the change broke the objective or the stored optima were wrong: find out which
before updating ``tests/data/regression/*-optima.json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scheduler.domain.checker import check_plan
from scheduler.domain.objective import values
from scheduler.generate import generate
from scheduler.solve import solve

STORED = Path(__file__).parents[1] / "data" / "regression"
OPTIMA = {
    (size, seed): optimum
    for size in ("XS", "S")
    for seed, optimum in json.loads((STORED / f"{size.lower()}-optima.json").read_text()).items()
}


@pytest.mark.parametrize(("size", "seed"), sorted(OPTIMA, key=lambda key: (key[0], int(key[1]))))
def test_objective_equals_the_stored_proven_optimum(size: str, seed: str) -> None:
    scenario, _ = generate(size, int(seed))
    result = solve(scenario, time_limit=300)
    greedy = solve(scenario, method="greedy")
    assert result.optimal
    assert dict(result.objective) == OPTIMA[size, seed]
    assert check_plan(scenario, result.plan) == []
    assert values(result.objective) >= values(greedy.objective)
