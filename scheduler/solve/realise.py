"""Deal out centres to a pooled solution: each granted stay gets one centre of its pool.

The pooled model keeps Hall's condition night by night, which is necessary but not enough (a stay
cannot change centre during its stay), so a pooled solution is a plan only once every stay has a
centre with a free bed on all its nights. First fit by arrival usually finds one at once; where it
does not, a small CP-SAT model of just the centre choices decides.

While no criterion fixed so far depends on the centres (the persons' tiers, the shift), a stay
may go to any centre usable at its start, not only to those of its pool.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from time import perf_counter

from ortools.sat.python import cp_model

from scheduler.solve.cpsat import Pick, Pool, limit_beds
from scheduler.solve.instance import Candidate, Instance
from scheduler.solve.occupancy import Choice, Occupancy

log = logging.getLogger(__name__)
SEARCH_SHARE = 0.1
"""The share of the part's remaining time a search for centres may take: when first fit fails,
a deal is usually found at once or not at all."""


def realise(
    instance: Instance,
    candidates: dict[str, Candidate],
    picks: dict[str, Pick],
    previous: dict[str, Choice],
    deadline: float,
    workers: int,
    *,
    strict: bool,
) -> dict[str, Choice] | None:
    """The plan that grants every pick at a centre of its pool (``strict``) or at any centre
    usable at its start, or ``None`` if there is none (or none was found by ``deadline``).

    A stay the ``previous`` plan has at the same start keeps its centre there if it may: those
    stays fitted together before, and only the new ones are to be placed. They go, by arrival,
    to the centre with room that the other stays need least (the centre's *pressure*: each stay
    adds one divided by the number of centres it may use), so generic stays leave the centres
    with rare features to those who need them.
    """
    if not strict:
        picks = {
            r: (_usable(instance, candidates[r], start), start) for r, (_, start) in picks.items()
        }
    pressure: dict[str, float] = defaultdict(float)
    for pool, _ in picks.values():
        for centre_id in pool:
            pressure[centre_id] += 1 / len(pool)
    ordered = [
        (r, (tuple(sorted(pool, key=pressure.__getitem__)), start))
        for r, (pool, start) in sorted(picks.items(), key=lambda p: (p[1][1], len(p[1][0])))
    ]
    dealt, left = _deal(instance, candidates, ordered, previous)
    if left:
        # Centres kept from the previous plan may block new stays: deal everything anew.
        dealt, left = _deal(instance, candidates, ordered, {})
    if not left:
        return dealt
    return _search(instance, candidates, picks, dealt, deadline, workers)


def repair(
    instance: Instance,
    candidates: dict[str, Candidate],
    picks: dict[str, Pick],
    previous: dict[str, Choice],
) -> dict[str, Choice]:
    """As many picks as fit, the objective's groups in rank order: each at a centre of its pool
    with room, else at another usable centre; a pick with no room is left out."""
    rank = {group: i for i, group in enumerate(instance.groups)}
    ordered = [
        (r, ((*pool, *(c for c in _usable(instance, candidates[r], s) if c not in pool)), s))
        for r, (pool, s) in sorted(
            picks.items(), key=lambda p: (rank[candidates[p[0]].group], p[1][1])
        )
    ]
    return _deal(instance, candidates, ordered, previous)[0]


def _deal(
    instance: Instance,
    candidates: dict[str, Candidate],
    ordered: list[tuple[str, Pick]],
    previous: dict[str, Choice],
) -> tuple[dict[str, Choice], list[str]]:
    """Each pick in ``ordered`` at the first of its centres with room, those keeping their
    centre from ``previous`` first; returns the plan and the picks that found no room."""
    occupancy = Occupancy(instance)
    moved = []
    for request_id, (centres, start) in ordered:
        centre = previous.get(request_id, ("", -1))[0]
        if previous.get(request_id) == (centre, start) and centre in centres:
            occupancy.grant(candidates[request_id], centre, start)
        else:
            moved.append((request_id, (centres, start)))
    left = []
    for request_id, (centres, start) in moved:
        candidate = candidates[request_id]
        centre = next(
            (c for c in centres if occupancy.centre_has_room(c, start, candidate.length)), ""
        )
        if centre:
            occupancy.grant(candidate, centre, start)
        else:
            left.append(request_id)
    return occupancy.granted, left


def _usable(instance: Instance, candidate: Candidate, start: int) -> Pool:
    """The candidate's centres with a free bed on every night of a stay from ``start``."""
    return tuple(
        c
        for c in candidate.centres
        if min(instance.capacity[c][start : start + candidate.length]) >= 1
    )


def _search(
    instance: Instance,
    candidates: dict[str, Candidate],
    picks: dict[str, Pick],
    hint: dict[str, Choice],
    deadline: float,
    workers: int,
) -> dict[str, Choice] | None:
    """The centres by CP-SAT, starting from the partial deal ``hint``."""
    model = cp_model.CpModel()
    chosen: dict[tuple[str, str], cp_model.IntVar] = {}
    by_centre: dict[str, list[tuple[int, int, cp_model.IntVar]]] = defaultdict(list)
    for request_id, (pool, start) in picks.items():
        end = start + candidates[request_id].length
        for centre_id in pool:
            literal = model.new_bool_var(f"{request_id}@{centre_id}")
            chosen[request_id, centre_id] = literal
            model.add_hint(literal, hint.get(request_id) == (centre_id, start))
            by_centre[centre_id].append((start, end, literal))
        model.add_exactly_one(chosen[request_id, c] for c in pool)
    for centre_id, stays in by_centre.items():
        limit_beds(model, stays, instance.capacity[centre_id])
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.0, SEARCH_SHARE * (deadline - perf_counter()))
    solver.parameters.num_workers = workers
    status = solver.solve(model)
    log.info("centres searched: %s in %.2f s", solver.status_name(status), solver.wall_time)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    return {
        request_id: (centre_id, picks[request_id][1])
        for (request_id, centre_id), literal in chosen.items()
        if solver.value(literal)
    }
