"""The part model's bookkeeping: option literals come first and in order (``owner`` relies on
it), and a criterion's ceiling bounds every plan."""

from __future__ import annotations

from pathlib import Path

from scheduler.domain.objective import Group, Measure, Tier
from scheduler.io.scenario_reader import read_scenario
from scheduler.solve.api import _served_by_pinned
from scheduler.solve.cpsat import PartModel
from scheduler.solve.instance import build_instance
from scheduler.solve.parts import independent_parts

VALID = Path(__file__).parents[1] / "data" / "valid"


def _model() -> PartModel:
    instance = build_instance(read_scenario(VALID))
    return PartModel(instance, max(independent_parts(instance.candidates), key=len), exact=False)


def test_option_literals_are_the_first_variables_in_order() -> None:
    model = _model()
    model.criteria(set())  # makes the "served" variables, after the options
    indices = [o.literal.index for options in model.options for o in options]
    assert indices == list(range(len(indices)))
    assert list(model.owner) == [
        position for position, options in enumerate(model.options) for _ in options
    ]


def test_the_ceiling_takes_each_candidate_once_at_its_best() -> None:
    model = _model()
    criteria = model.criteria(set())
    nights = next(c for c in criteria if c.entry.measure is Measure.NIGHTS and c.literals)
    best = {}
    for literal, weight in zip(nights.literals, nights.weights, strict=True):
        position = model.owner[literal.index]
        best[position] = max(best.get(position, 0), weight)
    assert model.ceiling(nights) == sum(best.values()) > 0
    assert _served_by_pinned(model.instance) == {(Group(Tier.TIMELY, 1), "P1")}
