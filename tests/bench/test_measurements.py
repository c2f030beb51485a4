"""Objective entries summed per tier, and gaps against CP-SAT's bounds."""

from __future__ import annotations

from scheduler.bench.measurements import add_gaps, empty_row, tier_sums
from scheduler.domain.model import Plan
from scheduler.domain.objective import Group, ObjectiveVector, Tier, vector_entries
from scheduler.solve import SolveResult, SolveStatus


def result(vector: ObjectiveVector, bounds: tuple[int | None, ...]) -> SolveResult:
    """A result with only an objective vector and bounds."""
    return SolveResult(Plan(), "cpsat", SolveStatus.TIMED_OUT, vector, bounds, (), 1.0, 1)


def test_entries_are_summed_per_tier_and_an_unknown_bound_spoils_its_sum() -> None:
    groups = [Group(Tier.ACUTE, None), Group(Tier.TIMELY, 1), Group(Tier.TIMELY, 0)]
    groups.append(Group(Tier.LATE, 0))
    numbers = (3, 40, 5, 50, 7, 70, 2, 10, -4, 9, 0)
    vector = tuple(zip(vector_entries(groups), numbers, strict=True))
    bounds = (3, 42, 6, 55, 7, 70, None, 12, -4, 9, 0)
    values, sums = tier_sums(result(vector, bounds))
    assert values[(Tier.TIMELY, "persons")] == 12
    assert values[(Tier.TIMELY, "nights")] == 120
    assert sums[(Tier.ACUTE, "nights")] == 42
    assert sums[(Tier.TIMELY, "persons")] == 13
    assert sums[(Tier.LATE, "persons")] is None
    assert sums[(Tier.LATE, "nights")] == 12


def test_gaps_use_the_cpsat_bound_of_the_same_size_and_seed() -> None:
    greedy, cpsat, other = (
        empty_row("S", 1, "greedy", 60.0),
        empty_row("S", 1, "cpsat", 60.0),
        empty_row("S", 2, "greedy", 60.0),
    )
    greedy["value_persons_acute"] = other["value_persons_acute"] = 4
    cpsat["value_persons_acute"], cpsat["bound_persons_acute"] = 5, 6
    rows = add_gaps([greedy, cpsat, other])
    assert [r["gap_persons_acute"] for r in rows] == [2, 1, None]
    assert rows[0]["gap_nights_acute"] is None
