"""The planning use case's solver status."""

from __future__ import annotations

from scheduler.domain.model import Plan
from scheduler.service.planning import solver_status
from scheduler.solve import SolveResult


def result(method: str, optimal: bool) -> SolveResult:
    return SolveResult(Plan(), method, optimal, (), (), 0.0, 0)


def test_solver_status() -> None:
    assert solver_status(result("greedy", False)) == "greedy"
    assert solver_status(result("cpsat", True)) == "optimal"
    assert solver_status(result("cpsat", False)) == "feasible"
