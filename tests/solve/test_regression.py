"""A guard that does not depend on timing: on fixed generated scenarios (size XS, seeds 1-5) the
solver proves the optimum and its objective vector equals the stored proven optimum. If a change
to the model makes this fail, either the change broke the objective or the stored optima were
wrong: find out which before updating ``tests/data/regression/xs-optima.json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scheduler.domain.checker import check_plan
from scheduler.domain.objective import values
from scheduler.generate import generate
from scheduler.solve import solve

OPTIMA = json.loads(
    (Path(__file__).parents[1] / "data" / "regression" / "xs-optima.json").read_text()
)


@pytest.mark.parametrize("seed", sorted(OPTIMA, key=int))
def test_objective_equals_the_stored_proven_optimum(seed: str) -> None:
    scenario, _ = generate("XS", int(seed))
    result = solve(scenario, time_limit=120)
    greedy = solve(scenario, method="greedy")
    assert result.optimal
    assert dict(result.objective) == OPTIMA[seed]
    assert check_plan(scenario, result.plan) == []
    assert values(result.objective) >= values(greedy.objective)
