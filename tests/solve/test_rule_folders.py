"""The solvers keep every rule: each tiny rule scenario of ``tests/data/rules`` (built so that the
rule bites) is solved, and the independent checker must find nothing. Where the folder's kept
plan is the hand-made optimum, CP-SAT must match its objective."""

from __future__ import annotations

from pathlib import Path

import pytest

from scheduler.domain.checker import check_plan
from scheduler.domain.objective import objective, values
from scheduler.io.plan_csv import read_plan_csv
from scheduler.io.scenario_reader import read_scenario
from scheduler.solve import METHODS, solve

RULES = Path(__file__).parents[1] / "data" / "rules"
FOLDERS = sorted(p for p in RULES.iterdir() if (p / "scenario.toml").exists())


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_solver_keeps_every_rule(folder: Path, method: str) -> None:
    scenario = read_scenario(folder)
    result = solve(scenario, time_limit=10, method=method)
    assert check_plan(scenario, result.plan) == []


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_cpsat_is_at_least_as_good_as_the_kept_plan(folder: Path) -> None:
    scenario = read_scenario(folder)
    kept = read_plan_csv(folder / "plan-kept.csv")
    result = solve(scenario, time_limit=10)
    assert result.optimal
    assert values(result.objective) >= values(objective(scenario, kept))
