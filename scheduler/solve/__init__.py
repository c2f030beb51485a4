"""The solvers: CP-SAT for the lexicographic optimum, greedy first-come-first-served as baseline,
the peer MIP (HiGHS); and ``replan`` for one change to a published plan."""

from scheduler.solve.api import METHODS, solve
from scheduler.solve.lexicographic import Progress
from scheduler.solve.params import SolveParams
from scheduler.solve.replan import carried_over, pinned_scenario, replan
from scheduler.solve.result import CriterionResult, SearchModel, SolveResult, SolveStatus

__all__ = [
    "METHODS",
    "CriterionResult",
    "Progress",
    "SearchModel",
    "SolveParams",
    "SolveResult",
    "SolveStatus",
    "carried_over",
    "pinned_scenario",
    "replan",
    "solve",
]
