"""Deal out centres to a pooled solution: each granted stay gets one centre of its pool.

The pooled model keeps Hall's condition night by night, which is necessary but not enough (a stay
cannot change centre during its stay), so a pooled solution is a plan only once every stay has a
centre with a free bed on all its nights. First fit by arrival usually finds one at once; where it
does not, a stay in the way may move to another centre, and then the stays around those left are
dealt anew by a small CP-SAT model of just the centre choices.

While no criterion fixed so far depends on the centres (the persons' tiers, the shift), a stay
may go to any centre usable at its start, not only to those of its pool.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from dataclasses import dataclass
from time import perf_counter

from ortools.sat.python import cp_model

from scheduler.solve.cpsat import Pick, Pool, limit_beds
from scheduler.solve.instance import Candidate, Instance
from scheduler.solve.ledger import Choice, Ledger
from scheduler.solve.params import SolveParams
from scheduler.solve.workers import set_parameters

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DealContext:
    """What every deal of one part shares: the instance, the part's candidates by request, the
    part's deadline, and the parameters (a search's share of the time left, its workers)."""

    instance: Instance
    candidates: dict[str, Candidate]
    deadline: float
    params: SolveParams

    def search_stop(self) -> float:
        """When a CP-SAT search for centres begun now must stop."""
        left = max(0.0, self.deadline - perf_counter())
        return perf_counter() + self.params.deal_search_share * left


def realise(
    context: DealContext,
    picks: dict[str, Pick],
    previous: dict[str, Choice],
    *,
    strict: bool,
) -> dict[str, Choice] | None:
    """The plan that grants every pick at a centre of its pool (``strict``) or at any centre
    usable at its start, or ``None`` if there is none (or none was found by ``deadline``).

    Unless ``strict``, a stay that finds no room may also take another of its allowed starts
    (the persons and nights granted stay the same; the shift may grow).

    A stay the ``previous`` plan has at the same start keeps its centre there if it may: those
    stays fitted together before, and only the new ones are to be placed. They go, by arrival,
    to the centre with room that the other stays need least (the centre's *pressure*: each stay
    adds one divided by the number of centres it may use), so generic stays leave the centres
    with rare features to those who need them; on one day, the stays with fewer centres and
    fewer allowed starts go first.
    """
    picks, dealt, left = deal_first_fit(context, picks, previous, strict=strict)
    if not left:
        return dealt
    if not strict:
        moved = _move_starts(context, dealt, left)
        if moved is not None:
            return moved
    log.info("%d of %d stays found no centre at once", len(left), len(picks))
    return _search(context, picks, dealt, left)


def deal_first_fit(
    context: DealContext,
    picks: dict[str, Pick],
    previous: dict[str, Choice],
    *,
    strict: bool,
) -> tuple[dict[str, Pick], dict[str, Choice], list[str]]:
    """The first step of ``realise``, with no search: the picks (each with every centre usable
    at its start unless ``strict``), the plan of those dealt out, and the picks left over."""
    candidates = context.candidates
    if not strict:
        picks = _loose(context, picks)
    pressure: dict[str, float] = defaultdict(float)
    for pool, _ in picks.values():
        for centre_id in pool:
            pressure[centre_id] += 1 / len(pool)
    ordered = [
        (r, (tuple(sorted(pool, key=pressure.__getitem__)), start))
        for r, (pool, start) in sorted(
            picks.items(), key=lambda p: (p[1][1], len(p[1][0]), len(candidates[p[0]].starts))
        )
    ]
    dealt, left = _deal(context, ordered, previous)
    if left:
        # Centres kept from the previous plan may block new stays: deal everything anew.
        dealt, left = _deal(context, ordered, {})
    return picks, dealt, left


def _move_starts(
    context: DealContext, dealt: dict[str, Choice], left: list[str]
) -> dict[str, Choice] | None:
    """``dealt`` with each stay of ``left`` at its first fit over all its starts and centres
    (keeping the person's other stays and yearly nights), or ``None`` if one does not fit."""
    candidates = context.candidates
    ledger = Ledger(context.instance)
    for request_id, (centre_id, start) in dealt.items():
        ledger.grant(candidates[request_id], centre_id, start)
    for request_id in left:
        choice = ledger.first_fit(candidates[request_id])
        if choice is None:
            return None
        ledger.grant(candidates[request_id], *choice)
    return ledger.granted


def repair(
    context: DealContext, picks: dict[str, Pick], previous: dict[str, Choice]
) -> dict[str, Choice]:
    """As many picks as fit, the objective's groups in rank order, within a group first the
    stays that alone serve their person: each at a centre of its pool with room, else at
    another usable centre; a pick with no room is left out."""
    instance, candidates = context.instance, context.candidates
    rank = {group: i for i, group in enumerate(instance.groups)}
    stays = Counter((c.group, c.person_id) for c in (candidates[r] for r in picks))

    def key(pick: tuple[str, Pick]) -> tuple[int, bool, int]:
        candidate = candidates[pick[0]]
        return rank[candidate.group], stays[candidate.group, candidate.person_id] > 1, pick[1][1]

    ordered = [
        (r, ((*pool, *(c for c in _usable(instance, candidates[r], s) if c not in pool)), s))
        for r, (pool, s) in sorted(picks.items(), key=key)
    ]
    return _deal(context, ordered, previous)[0]


def _deal(
    context: DealContext, ordered: list[tuple[str, Pick]], previous: dict[str, Choice]
) -> tuple[dict[str, Choice], list[str]]:
    """Each pick in ``ordered`` at the first of its centres with room, those keeping their
    centre from ``previous`` first; a pick that finds no room may move one stay in its way to
    another of that stay's centres. Returns the plan and the picks that found no room."""
    candidates = context.candidates
    beds = _Beds(context.instance)
    allowed = dict(ordered)
    moved = []
    for request_id, (centres, start) in ordered:
        centre = previous.get(request_id, ("", -1))[0]
        if previous.get(request_id) == (centre, start) and centre in centres:
            beds.place(request_id, centre, start, start + candidates[request_id].length)
        else:
            moved.append((request_id, (centres, start)))
    left = []
    for request_id, (centres, start) in moved:
        end = start + candidates[request_id].length
        centre = next((c for c in centres if beds.has_room(c, start, end)), "")
        if centre:
            beds.place(request_id, centre, start, end)
        elif not beds.place_moving_one(request_id, centres, start, end, allowed):
            left.append(request_id)
    return beds.granted, left


class _Beds:
    """Beds taken per centre and night, and which stay is where (so that one can move)."""

    def __init__(self, instance: Instance) -> None:
        self.capacity = instance.capacity
        self.taken = {c: [0] * instance.days for c in instance.capacity}
        self.granted: dict[str, Choice] = {}
        self.ends: dict[str, int] = {}
        self.at: dict[str, set[str]] = defaultdict(set)

    def has_room(self, centre_id: str, start: int, end: int) -> bool:
        taken, capacity = self.taken[centre_id], self.capacity[centre_id]
        return all(taken[d] < capacity[d] for d in range(start, end))

    def place(self, request_id: str, centre_id: str, start: int, end: int) -> None:
        self._count(centre_id, start, end, 1)
        self.granted[request_id] = (centre_id, start)
        self.ends[request_id] = end
        self.at[centre_id].add(request_id)

    def remove(self, request_id: str) -> None:
        centre_id, start = self.granted.pop(request_id)
        self._count(centre_id, start, self.ends.pop(request_id), -1)
        self.at[centre_id].discard(request_id)

    def place_moving_one(
        self,
        request_id: str,
        centres: Pool,
        start: int,
        end: int,
        allowed: dict[str, Pick],
    ) -> bool:
        """Place the stay at one of ``centres`` by moving one stay that covers every full night
        there to another of its own centres; whether that worked."""
        for centre_id in centres:
            taken, capacity = self.taken[centre_id], self.capacity[centre_id]
            full = [d for d in range(start, end) if taken[d] >= capacity[d]]
            if any(capacity[d] < 1 for d in full):
                continue
            for other in sorted(self.at[centre_id]):
                other_start, other_end = self.granted[other][1], self.ends[other]
                if not (other_start <= full[0] and full[-1] < other_end):
                    continue
                self.remove(other)
                elsewhere = next(
                    (
                        c
                        for c in allowed[other][0]
                        if c != centre_id and self.has_room(c, other_start, other_end)
                    ),
                    "",
                )
                if elsewhere:
                    self.place(other, elsewhere, other_start, other_end)
                    self.place(request_id, centre_id, start, end)
                    return True
                self.place(other, centre_id, other_start, other_end)
        return False

    def _count(self, centre_id: str, start: int, end: int, step: int) -> None:
        taken = self.taken[centre_id]
        for d in range(start, end):
            taken[d] += step


def _loose(context: DealContext, picks: dict[str, Pick]) -> dict[str, Pick]:
    """Each pick with every centre usable at its start as its pool."""
    instance, candidates = context.instance, context.candidates
    return {r: (_usable(instance, candidates[r], s), s) for r, (_, s) in picks.items()}


def _usable(instance: Instance, candidate: Candidate, start: int) -> Pool:
    """The candidate's centres with a free bed on every night of a stay from ``start``."""
    return tuple(
        c
        for c in candidate.centres
        if min(instance.capacity[c][start : start + candidate.length]) >= 1
    )


def deal_preferring(
    context: DealContext, picks: dict[str, Pick], hint: dict[str, Choice]
) -> dict[str, Choice] | None:
    """Every pick at its start, at any usable centre, as many as can be within their pool (so
    the persons, nights and shift of the picks are kept, and as much of what the pools stand
    for as fits); ``None`` if no deal was found."""
    stop = context.search_stop()
    loose = _loose(context, picks)
    wanted = {r: pool for r, (pool, _) in picks.items()}
    return _assign(context, loose, context.instance.capacity, hint, stop, wanted)[0]


def _search(
    context: DealContext, picks: dict[str, Pick], dealt: dict[str, Choice], left: list[str]
) -> dict[str, Choice] | None:
    """Deal anew, by CP-SAT, the stays that found no centre and those sharing a night with the
    window around them; the others stay where first fit put them. A window proven too narrow
    is widened on both sides by its width, up to the whole horizon."""
    instance, candidates = context.instance, context.candidates
    first = min(picks[r][1] for r in left)
    last = max(picks[r][1] + candidates[r].length for r in left)
    stop = context.search_stop()
    while True:
        free = {
            r
            for r, (_, start) in picks.items()
            if start < last and first < start + candidates[r].length
        }
        capacity = {c: list(beds) for c, beds in instance.capacity.items()}
        for request_id, (centre_id, start) in dealt.items():
            if request_id not in free:
                for night in range(start, start + candidates[request_id].length):
                    capacity[centre_id][night] -= 1
        found, status = _assign(context, {r: picks[r] for r in free}, capacity, dealt, stop)
        if found is not None:
            return {**{r: c for r, c in dealt.items() if r not in free}, **found}
        if status != cp_model.INFEASIBLE or (first <= 0 and last >= instance.days):
            return None
        width = last - first
        first, last = max(0, first - width), min(instance.days, last + width)


def _assign(
    context: DealContext,
    picks: dict[str, Pick],
    capacity: dict[str, list[int]],
    hint: dict[str, Choice],
    stop: float,
    wanted: dict[str, Pool] | None = None,
) -> tuple[dict[str, Choice] | None, cp_model.CpSolverStatus]:
    """A centre of its pool for every pick within ``capacity``, by CP-SAT; and its status. With
    ``wanted``, as many picks as can are at a centre of their wanted pool."""
    candidates = context.candidates
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
        limit_beds(model, stays, capacity[centre_id])
    if wanted is not None:
        model.maximize(
            cp_model.LinearExpr.sum(
                [chosen[r, c] for r, pool in wanted.items() for c in pool if (r, c) in chosen]
            )
        )
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.0, stop - perf_counter())
    set_parameters(solver.parameters, len(chosen), context.params)
    status = solver.solve(model)
    log.info(
        "centres of %d stays searched: %s in %.2f s",
        len(picks),
        solver.status_name(status),
        solver.wall_time,
    )
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None, status
    found = {
        request_id: (centre_id, picks[request_id][1])
        for (request_id, centre_id), literal in chosen.items()
        if solver.value(literal)
    }
    return found, status
