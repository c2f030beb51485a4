"""A solve's status and what each criterion of each part reached: the status is the worst of the
criteria's, greedy proves nothing, no time means timed out, and a pinned booking that breaks a
rule on its own means no plan at all."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from scheduler.domain.model import Booking, Centre, Person, Request, Scenario
from scheduler.generate import generate
from scheduler.solve import SearchModel, SolveStatus, solve
from tests.builders import BASE_RULES

DAY = date(2027, 2, 1)


def test_greedy_is_feasible_and_searches_no_criterion() -> None:
    scenario, _ = generate("XS", 1)
    result = solve(scenario, method="greedy")
    assert result.status is SolveStatus.FEASIBLE and not result.optimal
    assert result.criteria == ()
    assert set(result.bounds) == {None}


def test_cpsat_reports_every_criterion_of_every_part_in_the_vectors_order() -> None:
    scenario, _ = generate("XS", 2)
    result = solve(scenario, time_limit=20, workers=1)
    entries = [entry for entry, _ in result.vector]
    assert result.parts >= 1
    for part in range(1, result.parts + 1):
        assert [c.entry for c in result.criteria if c.part == part] == entries
    for criterion in result.criteria:
        assert criterion.seconds >= 0
        assert criterion.value is not None and criterion.value <= criterion.bound
        if criterion.model is SearchModel.NONE:
            assert criterion.status is SolveStatus.OPTIMAL
            assert criterion.value == criterion.bound
    assert result.optimal == all(c.optimal for c in result.criteria)
    assert result.status is SolveStatus.OPTIMAL


def test_with_no_time_the_criteria_short_of_their_ceiling_are_timed_out_unsearched() -> None:
    scenario, _ = generate("XS", 1)
    result = solve(scenario, time_limit=0)
    assert result.status is SolveStatus.TIMED_OUT and not result.optimal
    assert {c.model for c in result.criteria} == {SearchModel.NONE}
    short = [c for c in result.criteria if not c.optimal]
    assert short and all(c.value is None and c.status is SolveStatus.TIMED_OUT for c in short)


def test_a_pinned_booking_that_breaks_a_rule_on_its_own_means_no_plan() -> None:
    centres = (Centre("A", "A", "plejecenter", 1, frozenset()),)
    persons = (Person("P1", "X"), Person("P2", "Y"))
    requests = (
        Request("R1", "P1", DAY, DAY, DAY + timedelta(3)),
        Request("R2", "P2", DAY, DAY + timedelta(1), DAY + timedelta(4)),
    )
    scenario = Scenario(BASE_RULES, DAY, DAY + timedelta(10), centres, (), persons, requests)
    assert solve(scenario).status is SolveStatus.OPTIMAL
    bookings = tuple(Booking(r.request_id, "A", r.start, r.end, pinned=True) for r in requests)
    result = solve(replace(scenario, bookings=bookings))
    assert result.status is SolveStatus.INFEASIBLE_INPUT and not result.optimal
    assert result.plan.decisions == () and result.vector == () and result.criteria == ()
