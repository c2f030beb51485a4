"""The solvers: CP-SAT for the lexicographic optimum, greedy first-come-first-served as baseline."""

from scheduler.solve.api import METHODS, SolveResult, solve
from scheduler.solve.stages import Progress

__all__ = ["METHODS", "Progress", "SolveResult", "solve"]
