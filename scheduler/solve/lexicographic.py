"""One part solved criterion by criterion, each value fixed before the next is searched.

Consecutive criteria that reward stays may be searched as one *block*: a weighted sum whose
multipliers make it lexicographic (each criterion's multiplier exceeds what every later one in
the block can add, its ceiling), so one CP-SAT search settles them all; a group's persons and
nights are always such a block (``SolveParams.combined_weight_limit``).

The search runs on the pooled model (see ``cpsat``), whose every improved solution is dealt out
to centres (``realise``) before it is taken; the pooled model's bound is a bound for the exact
problem too, so a realised pooled optimum is the exact optimum. When a better pooled solution
cannot be dealt out, a part small enough searches the exact model of just the candidates granted,
then switches to the whole exact model (one pool per centre) with every value fixed so far, and
goes on there; a larger part mends the nights around the stays that could not be dealt out in
the exact model, the rest of the plan pinned.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from time import perf_counter

from ortools.sat.python import cp_model

from scheduler.domain.objective import Entry, Group, Measure
from scheduler.solve.beating import may_beat
from scheduler.solve.cpsat import Criterion, Literal, PartModel, Pick, exact_size
from scheduler.solve.instance import Candidate, Instance, pin_stays
from scheduler.solve.ledger import Choice
from scheduler.solve.params import SolveParams
from scheduler.solve.race import Race
from scheduler.solve.realise import DealContext, deal_first_fit, deal_preferring, realise, repair
from scheduler.solve.result import CriterionResult, SearchModel, SolveStatus
from scheduler.solve.windows import around, freed, inside
from scheduler.solve.workers import set_parameters

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Progress:
    """A progress report: sent for every better plan CP-SAT finds."""

    elapsed: float
    part: int
    parts: int
    entry: Entry
    """The entry being searched (the first of a block)."""
    value: float
    bound: float

    @property
    def stage(self) -> Entry:
        """The former name of ``entry``, kept for callers not yet moved to it."""
        return self.entry


Report = Callable[[Entry, float, float], None]
"""Told the entry searched, and the value and bound of each better solution CP-SAT finds."""
Fill = Callable[[dict[str, Choice]], dict[str, Choice]]
Block = tuple[tuple[int, int], ...]
"""Positions of consecutive criteria searched as one, each with its multiplier (the last 1):
each multiplier exceeds what the later criteria of the block can add together, so maximising
the weighted sum maximises them in order."""


@dataclass(frozen=True)
class _Search:
    """What one CP-SAT search of a block found."""

    model: SearchModel
    status: SolveStatus
    """``optimal`` when proven, else ``timed_out`` (CP-SAT's time ran out)."""
    value: int | None
    """The best weighted value found; ``None`` when CP-SAT found no plan in time."""
    bound: int
    constraint: cp_model.Constraint
    """The requirement that the block keeps the value it had, tightened when it is fixed."""
    picks: dict[str, Pick] = field(default_factory=dict)
    """The plan found, when it is better than the one searched from."""


def solve_part(
    instance: Instance,
    candidates: list[Candidate],
    served_by_pinned: set[tuple[Group, str]],
    hint: dict[str, Choice],
    deadline: float,
    *,
    params: SolveParams | None = None,
    report: Report | None = None,
    fill: Fill | None = None,
) -> tuple[dict[str, Choice], list[CriterionResult]]:
    """Solve the part's criteria in order, fixing each one's value before the next.

    ``hint`` is a feasible plan of the part to start from. ``fill`` adds to a plan every stay
    that still fits. Each criterion's solution is indifferent to the criteria after it (it may
    leave out stays they reward), so before a criterion that rewards stays the plan is filled
    up: the search then starts from a good plan, not a lazy one. A filled plan keeps every
    fixed criterion: a stay that could be added to a proven optimum would have raised it.

    Never raises on a timeout: a criterion that finds no solution in time keeps the last plan
    (at first the hint) and the remaining criteria are reported unproven.
    """
    params = params or SolveParams()
    part = _Part(instance, candidates, served_by_pinned, deadline, params, report)
    choices = dict(hint)
    results: list[CriterionResult] = []
    for block in part.blocks:
        goal = part.goal(block)
        if fill is not None and goal.rewards_stays and part.has_time(goal):
            choices = fill(choices)
        found, choices = part.settle(block, choices)
        results += found
    return choices, results


def blocks_of(model: PartModel, criteria: list[Criterion], params: SolveParams) -> list[Block]:
    """The criteria in blocks searched as one. In a model under ``blocks_below`` literals (and
    unless ``combine_groups`` is off) a group's persons and nights form a block, and
    consecutive such blocks, and single criteria that reward stays, are merged while the
    block's largest multiplier times its first ceiling stays within ``combined_weight_limit``.
    Otherwise, and for a criterion with nothing to decide, every criterion is a block of its
    own."""
    ceilings = [model.ceiling(c) for c in criteria]
    small = model.literal_count < params.blocks_below
    limit = params.combined_weight_limit

    def joinable(position: int) -> bool:
        criterion = criteria[position]
        rewards = criterion.rewards_stays and bool(criterion.literals)
        return params.combine_groups and small and rewards

    units: list[list[int]] = []
    for position, criterion in enumerate(criteria):
        if (
            units
            and joinable(position)
            and joinable(units[-1][-1])
            and len(units[-1]) == 1
            and criterion.entry.group is not None
            and criterion.entry.group == criteria[units[-1][0]].entry.group
        ):
            units[-1].append(position)
        else:
            units.append([position])
    merged: list[list[int]] = []
    for unit in units:
        if merged and all(joinable(p) for p in merged[-1] + unit):
            largest = 1
            for position in merged[-1] + unit:
                largest *= ceilings[position] + 1
            if largest <= limit:
                merged[-1] += unit
                continue
        merged.append(unit)
    blocks = []
    for positions in merged:
        multipliers = [1]
        for position in reversed(positions[1:]):
            multipliers.append(multipliers[-1] * (ceilings[position] + 1))
        blocks.append(tuple(zip(positions, reversed(multipliers), strict=True)))
    return blocks


def split_bound(
    bound: int, values: list[int], ceilings: list[int], multipliers: list[int]
) -> list[tuple[int, bool]]:
    """Each block member's bound, and whether its value reaches it, from the block's weighted
    ``bound`` and the members' ``values`` and ``ceilings`` (every member is at least 0).

    A member's weighted value is at most the bound less what the members before it contribute
    (when they are at their values), so its bound is that rest divided by its multiplier,
    capped by its ceiling; once a member falls short of its bound, the members after it know
    only their ceilings."""
    found = []
    left: int | None = bound
    for value, ceiling, multiplier in zip(values, ceilings, multipliers, strict=True):
        own = ceiling if left is None else max(value, min(ceiling, left // multiplier))
        if left is not None and own == value:
            left -= value * multiplier
        else:
            left = None
        found.append((own, left is not None))
    return found


def combined(criteria: list[Criterion], block: Block) -> Criterion:
    """The block's criteria as one weighted criterion (itself, for a block of one)."""
    if len(block) == 1:
        return criteria[block[0][0]]
    # A person with one option is served by that option's literal itself: such a literal is in
    # both criteria of a pair, and gets the sum of its weights (the ceiling takes one weight per
    # literal).
    weights: dict[int, int] = {}
    literals: dict[int, Literal] = {}
    for position, multiplier in block:
        criterion = criteria[position]
        for literal, weight in zip(criterion.literals, criterion.weights, strict=True):
            literals[literal.index] = literal
            weights[literal.index] = weights.get(literal.index, 0) + multiplier * weight
    members = [criteria[p] for p, _ in block]
    return Criterion(
        members[0].entry,
        list(literals.values()),
        [weights[index] for index in literals],
        rewards_stays=all(c.rewards_stays for c in members),
        needs_centres=any(c.needs_centres for c in members),
    )


class _Part:
    """The model of one part, the values fixed so far, and the time and workers it may use."""

    def __init__(
        self,
        instance: Instance,
        candidates: list[Candidate],
        served_by_pinned: set[tuple[Group, str]],
        deadline: float,
        params: SolveParams,
        report: Report | None,
    ) -> None:
        self.instance = instance
        self.candidates = candidates
        self.by_id = {c.request_id: c for c in candidates}
        self.served_by_pinned = served_by_pinned
        self.deadline = deadline
        self.params = params
        self.dealing = DealContext(instance, self.by_id, deadline, params)
        self.report = report
        self.fixed: list[tuple[Block, int, int | None]] = []
        """(block, lowest weighted value, highest or ``None``) fixed so far."""
        self.exact_affordable = affordable(candidates, params)
        """Whether the exact model may be built when a pooled plan cannot be dealt out (on
        larger parts it would cost the time and memory the pooled model saves)."""
        self._use(PartModel(instance, candidates, exact=False, unions=params.hall_unions))
        self.blocks = blocks_of(self.model, self.criteria, params)

    def _use(self, model: PartModel) -> None:
        self.model = model
        self.criteria = model.criteria(self.served_by_pinned)
        # Kept back per criterion; grows with what a criterion took beyond its limit.
        params = self.params
        self.slack = (
            params.criterion_margin_seconds
            + params.overrun_seconds_per_literal * model.literal_count
        )

    def goal(self, block: Block) -> Criterion:
        """The block as one criterion of the current model."""
        return combined(self.criteria, block)

    def has_time(self, criterion: Criterion) -> bool:
        return bool(criterion.literals) and self.deadline - perf_counter() > self.slack

    def settle(
        self, block: Block, choices: dict[str, Choice]
    ) -> tuple[list[CriterionResult], dict[str, Choice]]:
        """Search the block from the plan ``choices``, fix its value in the model, and say what
        each of its criteria reached; also the plan, at least as good, to go on from."""
        began = perf_counter()
        results, choices = self._settle(block, choices)
        seconds = (perf_counter() - began) / len(results)
        return [replace(r, seconds=seconds) for r in results], choices

    def _settle(
        self, block: Block, choices: dict[str, Choice], upper: int | None = None
    ) -> tuple[list[CriterionResult], dict[str, Choice]]:
        """``settle`` (with ``seconds`` left at zero); ``upper`` is a bound already proven.

        No search when the block has nothing to decide, when the plan reaches its ceiling
        (proven without search) or when no time is left (the ceiling is still a bound). Else
        ``_search``; a better plan found is taken if ``_accept`` deals it out, else
        ``_fall_back`` decides."""
        goal = self.goal(block)
        unsearched = SearchModel.NONE
        if not goal.literals:
            return self._results(block, choices, 0, SolveStatus.OPTIMAL, unsearched), choices
        chosen = self.model.chosen_literals(choices)
        current = _evaluate(goal, chosen)
        ceiling = 0 if self._nobody_served(block) else self._ceiling(goal, upper)
        if current >= ceiling:
            self._fix(block, current, current)
            proven = self._results(block, choices, current, SolveStatus.OPTIMAL, unsearched)
            return proven, choices
        if not self.has_time(goal):
            # None for any later criterion either.
            return self._unsearched(block), choices
        search = self._search(block, chosen, current, ceiling)
        if search.value is None or search.value <= current:
            self._fix_found(block, search, current)
            kept = self._results(block, choices, search.bound, search.status, search.model)
            return kept, choices
        reached, choices = self._accept(block, search, choices, current)
        if not reached:
            return self._fall_back(block, search, choices)
        self._fix_found(block, search, search.value)
        found = self._results(block, choices, search.bound, search.status, search.model)
        return found, choices

    def _results(
        self,
        block: Block,
        choices: dict[str, Choice],
        bound: int,
        status: SolveStatus,
        model: SearchModel,
    ) -> list[CriterionResult]:
        """What each criterion of the block reached with the plan ``choices``, given the
        block's proven ``bound``. A criterion's bound follows from the block's where every
        criterion before it in the block reached its own (the later ones add at least 0);
        after one that did not, it is the criterion's ceiling. A criterion is proven when the
        block is, or when it and every one before it in the block reached its bound."""
        chosen = self.model.chosen_literals(choices)
        members = [self.criteria[position] for position, _ in block]
        found = [_evaluate(criterion, chosen) for criterion in members]
        ceilings = [self.model.ceiling(criterion) for criterion in members]
        multipliers = [multiplier for _, multiplier in block]
        split = split_bound(bound, found, ceilings, multipliers)
        return [
            CriterionResult(
                criterion.entry,
                value,
                own,
                SolveStatus.OPTIMAL if status is SolveStatus.OPTIMAL or proven else status,
                model,
            )
            for criterion, value, (own, proven) in zip(members, found, split, strict=True)
        ]

    def _nobody_served(self, block: Block) -> bool:
        """Whether the block is a group's nights alone after its persons were proven 0, with no
        person of the group served by a pinned stay: then no stay of the group is granted, and
        the nights are 0 without a search (a CP-SAT run on a city's model costs seconds even
        when there is nothing to find)."""
        if len(block) != 1:
            return False
        entry = self.criteria[block[0][0]].entry
        if entry.measure is not Measure.NIGHTS:
            return False
        persons = Entry(entry.group, Measure.PERSONS)
        proven_zero = any(
            len(fixed) == 1 and self.criteria[fixed[0][0]].entry == persons and highest == 0
            for fixed, _, highest in self.fixed
        )
        if not proven_zero:
            return False
        return not any(
            (c.group, c.person_id) in self.served_by_pinned
            for c in self.candidates
            if c.group == entry.group
        )

    def _unsearched(self, block: Block) -> list[CriterionResult]:
        return [
            CriterionResult(
                self.criteria[position].entry,
                None,
                self.model.ceiling(self.criteria[position]),
                SolveStatus.TIMED_OUT,
                SearchModel.NONE,
            )
            for position, _ in block
        ]

    def _search(self, block: Block, chosen: set[int], current: int, ceiling: int) -> _Search:
        """Search the current model for the block from the plan whose true literals are
        ``chosen`` (whose value is ``current``), within its share of the time."""
        goal = self.goal(block)
        began = perf_counter()
        # The plan reaches ``current``: require that, so nothing worse is searched.
        constraint = _require(self.model.model, goal, current, None)
        budget = self._budget(block)
        callback = _Reporter(goal.entry, block[0][1], self.report) if self.report else None
        solver = cp_model.CpSolver()
        status = self._maximise(
            solver, self.model, goal, chosen, budget, callback, proof=self.model.exact
        )
        self.slack = max(self.slack, perf_counter() - began - budget)
        model = SearchModel.EXACT if self.model.exact else SearchModel.POOLED
        log.info(
            "criterion %s (%s model): %s, value %s, bound %s, %.2f s",
            _label(self.criteria, block),
            model.value,
            solver.status_name(status),
            solver.objective_value,
            solver.best_objective_bound,
            solver.wall_time,
        )
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            # CP-SAT's time ran out before it found a plan.
            return _Search(model, SolveStatus.TIMED_OUT, None, ceiling, constraint)
        # Not proven: CP-SAT's time ran out.
        proven = SolveStatus.OPTIMAL if status == cp_model.OPTIMAL else SolveStatus.TIMED_OUT
        value = round(solver.objective_value)
        bound = min(ceiling, round(solver.best_objective_bound))
        if value <= current:
            return _Search(model, proven, value, bound, constraint)
        picks = self.model.read_picks(solver.response_proto.solution)
        return _Search(model, proven, value, bound, constraint, picks)

    def _accept(
        self, block: Block, search: _Search, choices: dict[str, Choice], current: int
    ) -> tuple[bool, dict[str, Choice]]:
        """Deal the better plan ``search`` found out to centres: whether that keeps its value,
        and the plan to go on from (the dealt-out one where it beats ``current``, else
        ``choices``). A deal may lose value by putting a stay at another start (which costs
        shift) or, in a pooled plan, by finding no centre for one."""
        found = realise(self.dealing, search.picks, choices, strict=self._strict(block))
        if found is None:
            return False, choices
        reached = self._value(block, found)
        if reached == search.value:
            return True, found
        return False, found if reached > current else choices

    def _fall_back(
        self, block: Block, search: _Search, choices: dict[str, Choice]
    ) -> tuple[list[CriterionResult], dict[str, Choice]]:
        """For a better pooled plan that cannot be dealt out: the best of what fits of it, then
        a part small enough searches the exact model of just the candidates granted and goes on
        in the whole exact model (settling the block again there); a larger part mends the
        nights around the stays left over, which proves nothing."""
        log.info("criterion %s: the pooled plan cannot be dealt out", _label(self.criteria, block))
        strict = self._strict(block)
        choices = self._repaired(block, search.picks, choices, strict=strict)
        if self.exact_affordable:
            choices = self._narrowed(block, search.picks, choices)
            if self._races():
                return self._proven_two_ways(block, search, choices)
            self._use_exact()
            results, choices = self._settle(block, choices, search.bound)
            if all(r.model is SearchModel.NONE for r in results):
                results = [replace(r, model=SearchModel.NARROWED) for r in results]
            return results, choices
        choices = self._mended(block, search.picks, choices, strict=strict)
        value = self._value(block, choices)
        # Not for lack of time, unless CP-SAT's ran out in the search.
        status = SolveStatus.FEASIBLE if search.status is SolveStatus.OPTIMAL else search.status
        self._fix(block, value, None, search.constraint)
        return self._results(block, choices, search.bound, status, SearchModel.MENDED), choices

    def _strict(self, block: Block) -> bool:
        """Whether a plan must keep every stay in its pool: in the exact model, or once a
        criterion up to the block's last depends on the centres."""
        last = block[-1][0]
        return self.model.exact or any(c.needs_centres for c in self.criteria[: last + 1])

    def _fix_found(self, block: Block, search: _Search, value: int) -> None:
        """Fix the block at ``value``: exactly when ``search`` proved it (which lets presolve
        use it both ways), else as a lower end."""
        highest = value if search.status is SolveStatus.OPTIMAL else None
        self._fix(block, value, highest, search.constraint)

    def _repaired(
        self, block: Block, picks: dict[str, Pick], choices: dict[str, Choice], *, strict: bool
    ) -> dict[str, Choice]:
        """The best of what can be made of a pooled plan that cannot be dealt out, if it keeps
        every value fixed so far and improves the block; else ``choices``. Tried: what fits of
        it (keeping the centres of ``choices``, or afresh), and, where the centres count, every
        stay of it with as many in their pools as fit."""
        plans = [repair(self.dealing, picks, p) for p in (choices, {})]
        if strict:
            plans.append(deal_preferring(self.dealing, picks, choices) or {})
        goal = self.goal(block)
        best, reached = choices, self._value(block, choices)
        for plan in plans:
            chosen = self.model.chosen_literals(plan)
            value = _evaluate(goal, chosen)
            keeps = self._keeps_fixed(chosen)
            log.info("repaired: value %d (had %d), keeps fixed values: %s", value, reached, keeps)
            if keeps and value > reached:
                best, reached = plan, value
        return best

    def _keeps_fixed(self, chosen: set[int]) -> bool:
        """Whether the plan whose true literals are ``chosen`` keeps every value fixed so far."""
        return all(_evaluate(self.goal(b), chosen) >= low for b, low, _ in self.fixed)

    def _narrowed(
        self, block: Block, picks: dict[str, Pick], choices: dict[str, Choice]
    ) -> dict[str, Choice]:
        """The best plan of the exact model of just the candidates that ``picks`` or ``choices``
        grant (with all their starts and centres) and every value fixed so far, if it improves
        the block; else ``choices``. It may take ``narrowed_share`` of the block's time.

        A pooled plan that cannot be dealt out is close to a plan that can, and leaving out the
        candidates neither plan grants makes the exact model far easier: on generated S it finds
        the exact optimum of the preferred centre in about a second, where the whole exact model
        took 5-50 s or did not find it in a minute."""
        granted = picks.keys() | choices.keys()
        candidates = [c for c in self.candidates if c.request_id in granted]
        stop = perf_counter() + self.params.narrowed_share * self._budget(block)
        found = self._search_exact(block, self.instance, candidates, {}, choices, stop)[0]
        return self._better(block, found, choices)

    def _races(self) -> bool:
        """Whether the proof after the narrowed model races two ways on one core each: where the
        whole exact model gets one proof worker (``SolveParams.race_below``)."""
        params = self.params
        return params.workers is None and exact_size(self.candidates) < params.race_below

    def _proven_two_ways(
        self, block: Block, search: _Search, choices: dict[str, Choice]
    ) -> tuple[list[CriterionResult], dict[str, Choice]]:
        """Prove the block's optimum from the narrowed plan ``choices`` two ways at once, the
        first to finish stopping the other: the whole exact model, and the exact model of just
        the candidates a better plan could grant (``may_beat``: the narrowed set and the few
        the pooled model finds possible beside it). Then go on in the whole exact model.

        Each is far faster than the other on some scenarios: on generated S seed 1 the whole
        model proved the preferred centre in 2.5 s against 5.9 s for the few (2.6 s of it
        finding them), on seed 3 in 27.9 s against 5.0 s."""
        stop = perf_counter() + self._budget(block)
        granted = set(search.picks) | set(choices)
        better = self._value(block, choices) + 1
        race = Race()

        def whole() -> tuple[dict[str, Choice] | None, cp_model.CpSolverStatus]:
            return self._search_exact(
                block, self.instance, self.candidates, {}, choices, stop, race=race
            )

        def few() -> tuple[dict[str, Choice] | None, cp_model.CpSolverStatus]:
            goal = self.goal(block)
            others = may_beat(self.model, goal, granted, better, stop, self.params, race)
            if others is None:
                return None, cp_model.UNKNOWN
            wanted = granted | others
            candidates = [c for c in self.candidates if c.request_id in wanted]
            return self._search_exact(
                block, self.instance, candidates, {}, choices, stop, race=race
            )

        outcomes = race.run([whole, few], won=lambda outcome: outcome[1] == cp_model.OPTIMAL)
        for found, _ in outcomes:
            choices = self._better(block, found, choices)
        proven = any(status == cp_model.OPTIMAL for _, status in outcomes)
        value = self._value(block, choices)
        self._use_exact()
        if proven:
            self._fix(block, value, value)
            return self._results(
                block, choices, value, SolveStatus.OPTIMAL, SearchModel.EXACT
            ), choices
        self._fix(block, value, None)
        return self._results(
            block, choices, search.bound, SolveStatus.TIMED_OUT, SearchModel.EXACT
        ), choices

    def _mended(
        self, block: Block, picks: dict[str, Pick], choices: dict[str, Choice], *, strict: bool
    ) -> dict[str, Choice]:
        """What fits of ``picks``, with the stays around those that do not fit planned anew in
        the exact model, if that keeps every value fixed so far and improves the block; else
        ``choices``. It may take ``narrowed_share`` of the block's time.

        This is for parts too large for the exact model: there a pooled plan that cannot be
        dealt out misses only a few stays (7 of 2,200 on generated M), but leaving them out
        loses persons a tier has fixed. The picks sharing a night with those left over are
        freed (they may change centre; those left over may also take another start in the same
        nights), the rest of the plan is pinned. While that is proven too little, the window
        of nights grows by ``mend_reach_days`` on each side, then doubling, as long as its exact
        model has fewer than ``exact_model_below`` literals."""
        _, plan, left = deal_first_fit(self.dealing, picks, choices, strict=strict)
        stop = perf_counter() + self.params.narrowed_share * self._budget(block)
        stays = [(picks[r][1], picks[r][1] + self.by_id[r].length) for r in left]
        days, reach = self.instance.days, 0
        while left:
            windows = around(stays, reach, days)
            kept = {
                r: c
                for r, c in plan.items()
                if not inside(windows, c[1], c[1] + self.by_id[r].length)
            }
            instance = pin_stays(self.instance, kept)
            candidates = freed(instance, picks, set(left), windows)
            log.info(
                "mending %d stays left over: %d candidates in %d windows of nights",
                len(left),
                len(candidates),
                len(windows),
            )
            if not affordable(candidates, self.params):
                break
            found, status = self._search_exact(block, instance, candidates, kept, plan, stop)
            if found is not None:
                return self._better(block, found, choices)
            if status != cp_model.INFEASIBLE or windows == [(0, days)]:
                break
            reach = max(self.params.mend_reach_days, 2 * reach)
        return self._better(block, plan, choices)

    def _search_exact(
        self,
        block: Block,
        instance: Instance,
        candidates: list[Candidate],
        kept: dict[str, Choice],
        hint: dict[str, Choice],
        stop: float,
        *,
        race: Race | None = None,
    ) -> tuple[dict[str, Choice] | None, cp_model.CpSolverStatus]:
        """The plan ``kept`` (pinned in ``instance``) and what the exact model of ``candidates``
        finds by ``stop`` for the block, keeping every value fixed so far; ``None`` if it finds
        nothing. Also CP-SAT's status. In a ``race``, the search is a proof (one proof worker,
        see ``SolveParams.proof_worker_below``) and stops when the race is over."""
        model = PartModel(instance, candidates, exact=True)
        served = {(self.by_id[r].group, self.by_id[r].person_id) for r in kept}
        criteria = model.criteria(self.served_by_pinned | served)
        for fixed, lowest, highest in self.fixed:
            done = self._value(fixed, kept)
            _require(
                model.model,
                combined(criteria, fixed),
                lowest - done,
                None if highest is None else highest - done,
            )
        solver = cp_model.CpSolver()
        if race is not None and not race.enter(solver):
            return None, cp_model.UNKNOWN
        chosen = model.chosen_literals(hint)
        budget = max(0.0, stop - perf_counter())
        goal = combined(criteria, block)
        status = self._maximise(solver, model, goal, chosen, budget, proof=race is not None)
        log.info(
            "criterion %s on %d candidates (%d pinned): %s, value %s, bound %s, %.2f s",
            _label(criteria, block),
            len(candidates),
            len(kept),
            solver.status_name(status),
            solver.objective_value,
            solver.best_objective_bound,
            solver.wall_time,
        )
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return None, status
        picks = model.read_picks(solver.response_proto.solution)
        found = {request_id: (pool[0], start) for request_id, (pool, start) in picks.items()}
        return {**kept, **found}, status

    def _better(
        self, block: Block, found: dict[str, Choice] | None, choices: dict[str, Choice]
    ) -> dict[str, Choice]:
        """``found`` if it keeps every value fixed so far and beats ``choices`` on the block;
        else ``choices``."""
        if found is None:
            return choices
        chosen = self.model.chosen_literals(found)
        better = _evaluate(self.goal(block), chosen) > self._value(block, choices)
        return found if self._keeps_fixed(chosen) and better else choices

    def _budget(self, block: Block) -> float:
        """Seconds the block may search from now."""
        left = self.deadline - perf_counter() - self.slack
        return max(0.0, left * criterion_share(block[-1][0], self.criteria, self.params))

    def _maximise(
        self,
        solver: cp_model.CpSolver,
        model: PartModel,
        criterion: Criterion,
        chosen: set[int],
        budget: float,
        callback: cp_model.CpSolverSolutionCallback | None = None,
        *,
        proof: bool = False,
    ) -> cp_model.CpSolverStatus:
        """Run ``solver`` on ``model`` to maximise ``criterion`` from the plan whose true
        literals are ``chosen``, for at most ``budget`` seconds; its status. ``proof``: the
        model is the part's whole exact model (workers chosen for proving, see
        ``SolveParams.proof_worker_below``)."""
        model.model.maximize(_expression(criterion))
        model.hint(chosen)
        solver.parameters.max_time_in_seconds = budget
        set_parameters(
            solver.parameters, model.literal_count, self.params, exact=model.exact, proof=proof
        )
        return solver.solve(model.model, callback)

    def _value(self, block: Block, choices: dict[str, Choice]) -> int:
        """The block's weighted value for the plan ``choices``."""
        return _evaluate(self.goal(block), self.model.chosen_literals(choices))

    def _ceiling(self, criterion: Criterion, upper: int | None) -> int:
        ceiling = self.model.ceiling(criterion)
        return ceiling if upper is None else min(ceiling, upper)

    def _fix(
        self,
        block: Block,
        lowest: int,
        highest: int | None,
        constraint: cp_model.Constraint | None = None,
    ) -> None:
        """Require the block's weighted value to lie in ``[lowest, highest]`` from now on
        (by tightening ``constraint`` in place where there is one: one constraint per block
        matters for memory on region-size parts)."""
        self.fixed.append((block, lowest, highest))
        if constraint is None:
            constraint = _require(self.model.model, self.goal(block), lowest, highest)
        domain = constraint.proto.linear.domain
        upper = domain[1] if highest is None else highest
        domain.clear()
        domain.extend([lowest, upper])

    def _use_exact(self) -> None:
        """Switch to the exact model, with every value fixed so far."""
        fixed = self.fixed
        self.fixed = []
        self._use(PartModel(self.instance, self.candidates, exact=True))
        for block, lowest, highest in fixed:
            self._fix(block, lowest, highest)


def criterion_share(position: int, criteria: list[Criterion], params: SolveParams) -> float:
    """The share of the part's remaining time the criterion (or block ending) at ``position``
    may use. Earlier criteria rank strictly higher, so each takes most of what is left (the last
    takes all); time a criterion does not need flows on to the next. Measured on the demo: a
    fairer split (a quarter each) proved the late tiers but lost 142 timely nights."""
    later = any(c.literals for c in criteria[position + 1 :])
    return params.criterion_share if later else 1.0


def affordable(candidates: list[Candidate], params: SolveParams) -> bool:
    """Whether the exact model of ``candidates`` is small enough to build and search."""
    return exact_size(candidates) < params.exact_model_below


def _label(criteria: list[Criterion], block: Block) -> str:
    return "+".join(criteria[position].entry.label for position, _ in block)


def _require(
    model: cp_model.CpModel, criterion: Criterion, lowest: int, highest: int | None
) -> cp_model.Constraint:
    """Require the criterion's value to lie in ``[lowest, highest]`` (no upper end: ``None``)."""
    if highest is None:
        return model.add(_expression(criterion) >= lowest)
    return model.add_linear_constraint(_expression(criterion), lowest, highest)


def _expression(criterion: Criterion) -> cp_model.LinearExprT:
    return cp_model.LinearExpr.weighted_sum(criterion.literals, criterion.weights)


def _evaluate(criterion: Criterion, chosen: set[int]) -> int:
    """The criterion's value for the plan whose true literals are ``chosen``."""
    return sum(
        weight
        for literal, weight in zip(criterion.literals, criterion.weights, strict=True)
        if literal.index in chosen
    )


class _Reporter(cp_model.CpSolverSolutionCallback):
    """Passes each improving solution's objective and bound on (for a block, its first
    criterion's part of them)."""

    def __init__(self, entry: Entry, multiplier: int, report: Report) -> None:
        super().__init__()
        self.entry = entry
        self.multiplier = multiplier
        self.report = report

    def on_solution_callback(self) -> None:
        scale = self.multiplier
        self.report(self.entry, self.objective_value // scale, self.best_objective_bound // scale)
