"""The CP-SAT model of day-centre places: a set of wishes that must all have a place, one option
each, and per centre and weekday at most its free seats.

Wishes with the same options (and, when optimising, the same preferred centre and current
place) are interchangeable, so they are counted, not told apart: one integer per kind of wish
and option says how many of that kind take it. Without this the proof that one more wish does
not fit is a pigeonhole argument over every way of swapping alike wishes, which took CP-SAT a
minute on generated L; counted, it takes a fraction of a second.

It answers two questions: can these wishes all have a place (a feasibility search), and which
options serve the most at their preferred centre, then keep the most current places (an
optimisation with weights that make the two exact in that order).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ortools.sat.python import cp_model

from scheduler.daycare.instance import Candidate, Seat

Signature = tuple[str, tuple[int, ...]]
Kind = tuple[tuple[Signature, ...], frozenset[int], int | None]


@dataclass(frozen=True)
class ModelAnswer:
    """What a search found: ``feasible`` (a solution exists), ``proven`` (the answer is
    certain: infeasible, or optimal), and the option chosen per candidate when feasible."""

    feasible: bool
    proven: bool
    choice: dict[int, int]


def solve_places(
    candidates: Sequence[Candidate],
    members: Sequence[int],
    capacity: Mapping[Seat, int],
    *,
    hint: Mapping[int, int] | None = None,
    optimise: bool = False,
    time_limit: float = 10.0,
    workers: int = 1,
    seed: int = 0,
) -> ModelAnswer:
    """Give every candidate of ``members`` (indices into ``candidates``) one of its options
    within ``capacity``.

    With ``optimise`` the options are chosen to serve the most at their preferred centre and,
    among those, to keep the most current places; otherwise any solution answers. ``hint`` (an
    option per candidate) is where the search starts, and a candidate keeps its hinted option
    where the counts allow.
    """
    kinds: dict[Kind, list[int]] = defaultdict(list)
    for index in sorted(members):
        candidate = candidates[index]
        signatures = tuple(o.signature for o in candidate.options)
        if optimise:
            kinds[signatures, candidate.preferred, candidate.current].append(index)
        else:
            kinds[signatures, frozenset(), None].append(index)
    model = cp_model.CpModel()
    counts: dict[tuple[int, int], cp_model.IntVar] = {}
    using: dict[Seat, list[cp_model.IntVar]] = defaultdict(list)
    order = list(kinds.items())
    for number, ((signatures, _, _), indices) in enumerate(order):
        own = []
        for option, (centre_id, weekdays) in enumerate(signatures):
            count = model.new_int_var(0, len(indices), f"k{number}_o{option}")
            counts[number, option] = count
            own.append(count)
            for weekday in weekdays:
                using[centre_id, weekday].append(count)
        model.add(cp_model.LinearExpr.sum(own) == len(indices))
    for seat, used in using.items():
        model.add(cp_model.LinearExpr.sum(used) <= max(capacity.get(seat, 0), 0))
    if optimise:
        kept = [
            counts[number, current]
            for number, ((_, _, current), _) in enumerate(order)
            if current is not None
        ]
        preferred = [
            counts[number, option]
            for number, ((_, chosen, _), _) in enumerate(order)
            for option in sorted(chosen)
        ]
        weight = sum(len(indices) for (_, _, current), indices in order if current is not None)
        model.maximize(
            (weight + 1) * cp_model.LinearExpr.sum(preferred) + cp_model.LinearExpr.sum(kept)
        )
    if hint:
        for number, (_, indices) in enumerate(order):
            hinted = [hint[i] for i in indices if i in hint]
            for (kind, option), count in counts.items():
                if kind == number:
                    model.add_hint(count, hinted.count(option))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(time_limit, 0.01)
    solver.parameters.num_search_workers = workers
    solver.parameters.random_seed = seed
    # Every constraint in the LP: counting seats proves most "does not fit" at the root. At
    # the default level a single worker left a proof of 29 seat-days wished against 28 free
    # unfinished after two minutes (generated S, seed 3); at 2 it takes milliseconds.
    solver.parameters.linearization_level = 2
    status = solver.solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return ModelAnswer(False, status == cp_model.INFEASIBLE, {})
    choice: dict[int, int] = {}
    for number, ((signatures, _, _), indices) in enumerate(order):
        left = [solver.value(counts[number, option]) for option in range(len(signatures))]
        rest = []
        for index in indices:  # the hinted option first, where the count allows
            wanted = hint.get(index) if hint else None
            if wanted is not None and left[wanted] > 0:
                choice[index] = wanted
                left[wanted] -= 1
            else:
                rest.append(index)
        for index in rest:
            option = next(n for n, count in enumerate(left) if count > 0)
            choice[index] = option
            left[option] -= 1
    return ModelAnswer(True, status == cp_model.OPTIMAL, choice)
