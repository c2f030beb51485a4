"""The planning use case's solver status."""

from __future__ import annotations

from scheduler.domain.model import Plan
from scheduler.service.planning import solver_status
from scheduler.solve import SolveResult, SolveStatus


def result(method: str, optimal: bool) -> SolveResult:
    status = SolveStatus.OPTIMAL if optimal else SolveStatus.FEASIBLE
    return SolveResult(Plan(), method, status, (), ())


def test_solver_status() -> None:
    assert solver_status(result("greedy", False)) == "greedy"
    assert solver_status(result("cpsat", True)) == "optimal"
    assert solver_status(result("cpsat", False)) == "feasible"
