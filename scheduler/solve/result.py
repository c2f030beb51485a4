"""What a solve returns: the plan, its objective vector with the proven bounds, a status, and per
part and criterion what was reached, by which model, in how long (as PyJobShop's ``Result``)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from scheduler.domain.model import Plan
from scheduler.domain.objective import Entry, LabelledVector, ObjectiveVector, labelled


class SolveStatus(enum.StrEnum):
    """How far a plan, or one criterion of one part, is known to be from the optimum.

    For a whole solve the status is the worst of its criteria's (``timed_out`` before
    ``feasible`` before ``optimal``), except for the two cases that search nothing.
    """

    OPTIMAL = "optimal"
    """Proven: every criterion of every part reached its bound, so the vector is the
    lexicographic optimum (CP-SAT only; also when there was nothing to decide)."""
    FEASIBLE = "feasible"
    """A plan that keeps every rule and is maximal, not proven optimal although the time did not
    run out: greedy (which proves nothing), or CP-SAT where a criterion was settled by mending
    (a local search in the exact model, for parts too large for it, which proves nothing)."""
    TIMED_OUT = "timed_out"
    """A plan that keeps every rule and is maximal, but the time limit ended the search before
    every criterion was proven: CP-SAT stopped a criterion's search at its share of the time
    (with or without a better plan), or a criterion was never searched because no time was left
    (its bound is then its ceiling)."""
    INFEASIBLE_INPUT = "infeasible_input"
    """No plan can keep every rule: a pinned booking breaks one on its own (as the scenario
    readers judge it). Nothing is planned: the plan is empty and so are the vector and bounds."""


class SearchModel(enum.StrEnum):
    """The model whose search settled a criterion's value in a part (see ``docs/solver.md``)."""

    NONE = "none"
    """No search: the plan already reached the criterion's ceiling, the criterion had nothing to
    decide in the part, or no time was left."""
    POOLED = "pooled"
    """The pooled model (centres that no criterion tells apart share a pool); its solution was
    dealt out to centres, or it found nothing better than the plan it started from."""
    EXACT = "exact"
    """The whole exact model (one pool per centre), after a pooled solution could not be dealt
    out."""
    NARROWED = "narrowed"
    """The exact model of just the candidates granted by the pooled plan or the current one,
    whose value the pooled bound then proved (so the whole exact model searched nothing)."""
    MIP = "mip"
    """The peer model (``method="highs"``): the plain time-indexed MIP solved by HiGHS."""
    MENDED = "mended"
    """For a part too large for the exact model: the nights around the stays the pooled plan
    could not deal out, planned anew in the exact model with the rest of the plan pinned."""


@dataclass(frozen=True)
class CriterionResult:
    """What one criterion (one entry of the vector) reached in one part."""

    entry: Entry
    value: int | None
    """The part's value of the entry; ``None`` when it was never searched (no time left)."""
    bound: int
    """No plan of the part beats this, given the values fixed before it."""
    status: SolveStatus
    """``optimal``, ``feasible`` or ``timed_out``, as for a whole solve."""
    model: SearchModel
    seconds: float = 0.0
    """Wall time spent on the criterion, dealing out and falling back included."""
    part: int = 0
    """The part's number, in the order the parts were solved (from 1)."""

    @property
    def optimal(self) -> bool:
        return self.status is SolveStatus.OPTIMAL


def overall_status(criteria: tuple[CriterionResult, ...]) -> SolveStatus:
    """A CP-SAT solve's status from its criteria's: the worst of them."""
    statuses = {c.status for c in criteria}
    for status in (SolveStatus.TIMED_OUT, SolveStatus.FEASIBLE):
        if status in statuses:
            return status
    return SolveStatus.OPTIMAL


@dataclass(frozen=True)
class SolveResult:
    """A plan with its objective vector and, for CP-SAT, the proven bound of every entry.

    ``bounds`` holds for each entry of ``vector`` the best value any plan could reach given the
    entries before it as found: CP-SAT's proven bound, or where a part ran out of time before the
    entry was searched, the entry's ceiling (every candidate at its best). ``None`` for greedy.
    ``criteria`` holds, part by part in the order solved, what each criterion reached (empty for
    greedy).
    """

    plan: Plan
    method: str
    status: SolveStatus
    vector: ObjectiveVector
    bounds: tuple[int | None, ...]
    criteria: tuple[CriterionResult, ...] = ()
    wall_time: float = 0.0
    parts: int = 0

    @property
    def optimal(self) -> bool:
        """Whether the plan is proven to be the lexicographic optimum."""
        return self.status is SolveStatus.OPTIMAL

    @property
    def objective(self) -> LabelledVector:
        """``vector`` with each entry as its label: plain data, as the store keeps it."""
        return labelled(self.vector)
