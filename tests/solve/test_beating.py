"""``may_beat``: the candidates some pooled plan reaching a value grants, checked one by one."""

from __future__ import annotations

from time import perf_counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ortools.sat.python import cp_model

from scheduler.domain.model import Scenario
from scheduler.generate import generate
from scheduler.solve.beating import may_beat
from scheduler.solve.cpsat import Criterion, PartModel
from scheduler.solve.instance import build_instance
from scheduler.solve.params import SolveParams
from tests.strategies import scenarios

PARAMS = SolveParams(workers=1)


def _grants_while_reaching(model: PartModel, goal: Criterion, position: int, better: int) -> bool:
    """Whether some plan of the pooled ``model`` grants the candidate at ``position`` while
    ``goal`` reaches ``better`` (one CP-SAT run)."""
    trial = model.model.clone()
    trial.clear_hints()
    trial.clear_objective()
    trial.add(cp_model.LinearExpr.weighted_sum(goal.literals, goal.weights) >= better)
    trial.add(cp_model.LinearExpr.sum([o.literal for o in model.options[position]]) >= 1)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    return solver.solve(trial) in (cp_model.OPTIMAL, cp_model.FEASIBLE)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario=scenarios(max_centres=3, max_persons=4, max_requests=6), data=st.data())
def test_exactly_the_candidates_a_plan_reaching_the_value_can_grant(
    scenario: Scenario, data: st.DataObject
) -> None:
    instance = build_instance(scenario)
    model = PartModel(instance, instance.candidates, exact=False)
    criteria = [c for c in model.criteria(set()) if c.literals]
    if not criteria:
        return
    goal = data.draw(st.sampled_from(criteria))
    better = data.draw(st.integers(1, max(1, model.ceiling(goal))))
    ids = [c.request_id for c in instance.candidates]
    granted = set(data.draw(st.lists(st.sampled_from(ids), unique=True)) if ids else [])
    found = may_beat(model, goal, granted, better, perf_counter() + 60, PARAMS)
    assert found is not None
    expected = {
        candidate.request_id
        for position, candidate in enumerate(instance.candidates)
        if candidate.request_id not in granted
        and model.options[position]
        and _grants_while_reaching(model, goal, position, better)
    }
    assert found == expected


def test_nothing_is_settled_once_the_time_is_up() -> None:
    scenario, _ = generate("XS", 1)
    instance = build_instance(scenario)
    model = PartModel(instance, instance.candidates, exact=False)
    goal = next(c for c in model.criteria(set()) if c.literals)
    assert may_beat(model, goal, set(), 1, perf_counter() - 1, PARAMS) is None
