"""The race of two proofs: the first branch to win stops the other's CP-SAT search."""

from __future__ import annotations

import pytest
from ortools.sat.python import cp_model

from scheduler.solve.race import Race

LONG = 600.0
"""A time limit no test waits for: a search that is not stopped would hold the test this long."""


def _hard_search(race: Race) -> tuple[cp_model.CpSolverStatus, float]:
    """A search CP-SAT does not finish in seconds (weighted queens on 40 squares), entered in
    ``race``: its status and the seconds it took."""
    model = cp_model.CpModel()
    size = 40
    queens = [model.new_int_var(0, size - 1, f"q{i}") for i in range(size)]
    model.add_all_different(queens)
    model.add_all_different(q + i for i, q in enumerate(queens))
    model.add_all_different(q - i for i, q in enumerate(queens))
    model.maximize(sum(q * ((7 * i) % 11) for i, q in enumerate(queens)))
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.max_time_in_seconds = LONG
    if not race.enter(solver):
        return cp_model.UNKNOWN, 0.0
    return solver.solve(model), solver.wall_time


def test_the_winner_stops_the_other_search() -> None:
    race = Race()
    outcomes = race.run(
        [lambda: ("proof", 0.0), lambda: _hard_search(race)], won=lambda o: o[0] == "proof"
    )
    status, seconds = outcomes[1]
    assert outcomes[0] == ("proof", 0.0)
    assert status != cp_model.OPTIMAL
    assert seconds < LONG / 10
    assert race.over


def test_a_search_that_has_not_begun_when_the_race_is_over_does_not_begin() -> None:
    race = Race()
    race.stop()
    assert race.run([lambda: _hard_search(race)], won=lambda _: True) == [(cp_model.UNKNOWN, 0.0)]


def test_without_a_winner_every_branch_runs_to_its_end() -> None:
    race = Race()
    assert race.run([lambda: 1, lambda: 2], won=lambda _: False) == [1, 2]
    assert not race.over


def test_a_branch_that_fails_stops_the_other_and_its_error_is_raised() -> None:
    race = Race()
    outcomes: list[tuple[cp_model.CpSolverStatus, float]] = []

    def fails() -> tuple[cp_model.CpSolverStatus, float]:
        raise ValueError("broken")

    def searches() -> tuple[cp_model.CpSolverStatus, float]:
        outcomes.append(_hard_search(race))
        return outcomes[-1]

    with pytest.raises(ValueError, match="broken"):
        race.run([fails, searches], won=lambda _: False)
    status, seconds = outcomes[0]
    assert status != cp_model.OPTIMAL and seconds < LONG / 10
