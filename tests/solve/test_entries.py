"""One vocabulary for the objective: the solver searches exactly the entries the domain's
objective vector holds, in the same order, so a bound or a value is matched by its entry."""

from __future__ import annotations

import pytest

from scheduler.domain.objective import Entry, Group, Measure, Tier, objective, ranked_groups
from scheduler.generate import generate
from scheduler.solve import solve
from scheduler.solve.api import _served_by_pinned
from scheduler.solve.cpsat import PartModel
from scheduler.solve.instance import build_instance
from scheduler.solve.parts import independent_parts


@pytest.mark.parametrize("seed", [1, 2])
def test_the_solvers_entries_are_the_objectives_in_order(seed: int) -> None:
    scenario, _ = generate("XS", seed)
    instance = build_instance(scenario)
    expected = [entry for entry, _ in objective(scenario, solve(scenario, method="greedy").plan)]
    assert len(ranked_groups(scenario)) > 1
    for part in independent_parts(instance.candidates):
        for exact in (False, True):
            model = PartModel(instance, part, exact=exact)
            criteria = model.criteria(_served_by_pinned(instance))
            assert [c.entry for c in criteria] == expected


def test_an_entry_is_labelled_as_before_and_knows_whether_it_is_minimised() -> None:
    timely = Group(Tier.TIMELY, 1)
    assert Entry(timely, Measure.NIGHTS).label == "timely.p1.nights"
    assert Entry(Group(Tier.ACUTE, None), Measure.PERSONS).label == "acute.persons"
    assert Entry(None, Measure.SHIFT).label == "shift"
    assert [Entry(None, m).minimised for m in (Measure.SHIFT, Measure.PREFERRED)] == [True, False]
    assert Entry(None, Measure.CHANGES).minimised
    assert not Entry(timely, Measure.PERSONS).minimised
    with pytest.raises(ValueError):
        Entry(None, Measure.NIGHTS)
    with pytest.raises(ValueError):
        Entry(timely, Measure.SHIFT)
