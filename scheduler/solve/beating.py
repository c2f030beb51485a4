"""Which candidates a plan better than a known one could grant, by the pooled relaxation.

When a pooled plan cannot be dealt out, the narrowed model finds the best plan of the candidates
the pooled search and the plan so far grant, of value v; then the whole exact model must prove
that no plan reaches v + 1, which took 28 s on generated S seed 3 (the preferred centre). Any
plan that reaches v + 1 is a pooled plan that does too (the pooled model is a relaxation), so it
grants only candidates that some such pooled plan grants. Those are found round by round: each
round asks the pooled model for a plan reaching v + 1 with as many candidates not yet known to be
possible as it can, until there is none. On generated S seeds 1-3, 14, 2 and 5 of about 120
candidates outside the narrowed set were possible, in 2-5 rounds of 0.3-2.4 s, and the exact
model of the narrowed set and those proved the optimum in 1.0-3.3 s (seed 3: 1.1 s).
"""

from __future__ import annotations

from time import perf_counter

from ortools.sat.python import cp_model

from scheduler.solve.cpsat import Criterion, PartModel
from scheduler.solve.params import SolveParams
from scheduler.solve.race import Race
from scheduler.solve.workers import set_parameters


def may_beat(
    model: PartModel,
    goal: Criterion,
    granted: set[str],
    better: int,
    stop: float,
    params: SolveParams,
    race: Race | None = None,
) -> set[str] | None:
    """The candidates outside ``granted`` that some plan of the pooled ``model`` (with every
    value fixed in it so far) grants while ``goal`` reaches ``better``; ``None`` when that is
    not settled by ``stop``, or the ``race`` is over."""
    base = model.model.clone()
    base.clear_hints()
    base.add(_weighted(base, [literal.index for literal in goal.literals], goal.weights) >= better)
    unknown = {
        candidate.request_id: [option.literal.index for option in options]
        for candidate, options in zip(model.candidates, model.options, strict=True)
        if candidate.request_id not in granted and options
    }
    possible: set[str] = set()
    while unknown:
        outside = [index for indices in unknown.values() for index in indices]
        trial = base.clone()
        count = _weighted(trial, outside, [1] * len(outside))
        trial.add(count >= 1)
        trial.maximize(count)
        solver = cp_model.CpSolver()
        solver.parameters.max_time_in_seconds = max(0.0, stop - perf_counter())
        set_parameters(solver.parameters, model.literal_count, params)
        if race is not None and not race.enter(solver):
            return None
        status = solver.solve(trial)
        if status == cp_model.INFEASIBLE:
            return possible
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return None
        solution = solver.response_proto.solution
        found = {r for r, indices in unknown.items() if any(solution[i] for i in indices)}
        possible |= found
        for request_id in found:
            del unknown[request_id]
    return possible


def _weighted(
    model: cp_model.CpModel, indices: list[int], weights: list[int]
) -> cp_model.LinearExpr:
    """The weighted sum of ``model``'s Boolean variables at ``indices``."""
    literals = [model.get_bool_var_from_proto_index(index) for index in indices]
    return cp_model.LinearExpr.weighted_sum(literals, weights)
