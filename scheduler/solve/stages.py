"""One part solved criterion by criterion, each value fixed before the next is searched.

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
from dataclasses import dataclass
from time import perf_counter

from ortools.sat.python import cp_model

from scheduler.solve.cpsat import Criterion, PartModel, Pick, exact_size
from scheduler.solve.instance import Candidate, Instance, pin_stays
from scheduler.solve.occupancy import Choice
from scheduler.solve.realise import deal_first_fit, deal_preferring, realise, repair
from scheduler.solve.windows import around, freed, inside
from scheduler.solve.workers import set_workers

STAGE_SHARE = 0.6
STAGE_MARGIN = 0.3
"""Seconds kept back at least per criterion for setting it up and for what CP-SAT does after
its time limit; on large parts the margin grows to the largest such overrun seen, so that a
part ends by its deadline."""
OVERRUN_PER_LITERAL = 1e-5
"""CP-SAT's presolve cannot stop at once: on a region-size part (970,000 literals) a criterion
overran its limit by several seconds, about a second per 100,000 literals."""
NARROW_SHARE = 0.5
"""The share of a criterion's time the exact model of just the granted candidates may take."""
MEND_REACH = 7
"""Days around each stay left over that a mended plan frees when the stays sharing its nights are
too few (doubled while still too few)."""
LARGE_PART = 50_000
"""Parts whose exact model would have more literals than this never switch to it: it would cost
the time and memory the pooled model saves."""
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StageResult:
    """What one criterion reached in one part: value, proven bound, and whether it is optimal."""

    label: str
    value: int | None
    bound: int
    optimal: bool


@dataclass(frozen=True)
class Progress:
    """A progress report: sent for every better plan CP-SAT finds."""

    elapsed: float
    part: int
    parts: int
    stage: str
    value: float
    bound: float


ProgressHandler = Callable[[Progress], None]
Fill = Callable[[dict[str, Choice]], dict[str, Choice]]


def solve_part(
    instance: Instance,
    candidates: list[Candidate],
    served_by_pinned: set[tuple[str, str]],
    hint: dict[str, Choice],
    deadline: float,
    *,
    workers: int | None = None,
    report: Callable[[str, float, float], None] | None = None,
    fill: Fill | None = None,
) -> tuple[dict[str, Choice], list[StageResult]]:
    """Solve the part's criteria in order, fixing each one's value before the next.

    ``hint`` is a feasible plan of the part to start from. ``fill`` adds to a plan every stay
    that still fits. Each criterion's solution is indifferent to the criteria after it (it may
    leave out stays they reward), so before a criterion that rewards stays the plan is filled
    up: the search then starts from a good plan, not a lazy one. A filled plan keeps every
    fixed criterion: a stay that could be added to a proven optimum would have raised it.
    ``workers`` overrides the number of CP-SAT workers chosen by the model's size.

    Never raises on a timeout: a criterion that finds no solution in time keeps the last plan
    (at first the hint) and the remaining criteria are reported unproven.
    """
    part = _Part(instance, candidates, served_by_pinned, deadline, workers, report)
    choices = dict(hint)
    results = []
    for position in range(len(part.criteria)):
        criterion = part.criteria[position]
        if fill is not None and criterion.rewards_stays and part.has_time(criterion):
            choices = fill(choices)
        result, choices = part.stage(position, choices)
        results.append(result)
    return choices, results


class _Part:
    """The model of one part, the values fixed so far, and the time and workers it may use."""

    def __init__(
        self,
        instance: Instance,
        candidates: list[Candidate],
        served_by_pinned: set[tuple[str, str]],
        deadline: float,
        workers: int | None,
        report: Callable[[str, float, float], None] | None,
    ) -> None:
        self.instance = instance
        self.candidates = candidates
        self.by_id = {c.request_id: c for c in candidates}
        self.served_by_pinned = served_by_pinned
        self.deadline = deadline
        self.chosen_workers = workers
        self.report = report
        self.fixed: list[tuple[int, int, int | None]] = []
        """(criterion position, lowest value, highest value or ``None``) fixed so far."""
        self.exact_affordable = affordable(candidates)
        """Whether the exact model may be built when a pooled plan cannot be dealt out (on
        larger parts it would cost the time and memory the pooled model saves)."""
        self._use(PartModel(instance, candidates, exact=False))

    def _use(self, model: PartModel) -> None:
        self.model = model
        self.criteria = model.criteria(self.served_by_pinned)
        # Kept back per criterion; grows with what a criterion took beyond its limit.
        self.slack = STAGE_MARGIN + OVERRUN_PER_LITERAL * model.literal_count

    def has_time(self, criterion: Criterion) -> bool:
        return bool(criterion.literals) and self.deadline - perf_counter() > self.slack

    def stage(
        self, position: int, choices: dict[str, Choice], upper: int | None = None
    ) -> tuple[StageResult, dict[str, Choice]]:
        """Search the criterion at ``position`` from the plan ``choices``; its value is then
        fixed in the model. ``upper`` is a bound already proven for it."""
        criterion = self.criteria[position]
        if not criterion.literals:
            return StageResult(criterion.label, 0, 0, True), choices
        chosen = self.model.chosen_literals(choices)
        current = _evaluate(criterion, chosen)
        ceiling = self._ceiling(criterion, upper)
        if current >= ceiling:
            self._fix(position, current, current)
            return StageResult(criterion.label, current, current, True), choices
        if not self.has_time(criterion):
            # No time left (and so none for any later criterion): the ceiling is still a bound
            # no plan can beat.
            return StageResult(criterion.label, None, ceiling, False), choices
        began = perf_counter()
        # The plan reaches ``current``: require that, so nothing worse is searched.
        fixed = _require(self.model.model, criterion, current, None)
        budget = self._budget(position)
        callback = _Reporter(criterion.label, self.report) if self.report else None
        solver = cp_model.CpSolver()
        status = self._maximise(solver, self.model, criterion, chosen, budget, callback)
        self.slack = max(self.slack, perf_counter() - began - budget)
        log.info(
            "criterion %s (%s model): %s, value %s, bound %s, %.2f s",
            criterion.label,
            "exact" if self.model.exact else "pooled",
            solver.status_name(status),
            solver.objective_value,
            solver.best_objective_bound,
            solver.wall_time,
        )
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            self._fix(position, current, None, fixed)
            return StageResult(criterion.label, current, ceiling, False), choices
        value = round(solver.objective_value)
        bound = min(ceiling, round(solver.best_objective_bound))
        optimal = status == cp_model.OPTIMAL
        if value > current:
            picks = self.model.read_picks(solver.response_proto.solution)
            strict = self.model.exact or any(c.needs_centres for c in self.criteria[: position + 1])
            found = realise(
                self.instance,
                self.by_id,
                picks,
                choices,
                self.deadline,
                self.chosen_workers,
                strict=strict,
            )
            reached = None if found is None else self._value(position, found)
            if found is not None and reached == value:
                choices = found
            else:
                # Not dealt out, or only with a stay at another start, which costs shift.
                log.info("criterion %s: the pooled plan cannot be dealt out", criterion.label)
                if found is not None and reached is not None and reached > current:
                    choices = found
                choices = self._repaired(position, picks, choices, strict=strict)
                if self.exact_affordable:
                    choices = self._narrowed(position, picks, choices)
                    self._use_exact()
                    return self.stage(position, choices, bound)
                choices = self._mended(position, picks, choices, strict=strict)
                value, optimal = self._value(position, choices), False
        else:
            value = current
        # A proven optimum is fixed exactly, which lets presolve use it both ways.
        self._fix(position, value, value if optimal else None, fixed)
        return StageResult(criterion.label, value, bound, optimal), choices

    def _repaired(
        self, position: int, picks: dict[str, Pick], choices: dict[str, Choice], *, strict: bool
    ) -> dict[str, Choice]:
        """The best of what can be made of a pooled plan that cannot be dealt out, if it keeps
        every value fixed so far and improves the criterion at ``position``; else ``choices``.
        Tried: what fits of it (keeping the centres of ``choices``, or afresh), and, where the
        centres count, every stay of it with as many in their pools as fit."""
        plans = [repair(self.instance, self.by_id, picks, p) for p in (choices, {})]
        if strict:
            plans.append(
                deal_preferring(
                    self.instance, self.by_id, picks, choices, self.deadline, self.chosen_workers
                )
                or {}
            )
        best, reached = choices, self._value(position, choices)
        for plan in plans:
            chosen = self.model.chosen_literals(plan)
            value = _evaluate(self.criteria[position], chosen)
            keeps = all(_evaluate(self.criteria[f], chosen) >= low for f, low, _ in self.fixed)
            log.info("repaired: value %d (had %d), keeps fixed values: %s", value, reached, keeps)
            if keeps and value > reached:
                best, reached = plan, value
        return best

    def _narrowed(
        self, position: int, picks: dict[str, Pick], choices: dict[str, Choice]
    ) -> dict[str, Choice]:
        """The best plan of the exact model of just the candidates that ``picks`` or ``choices``
        grant (with all their starts and centres) and every value fixed so far, if it improves
        the criterion at ``position``; else ``choices``. It may take ``NARROW_SHARE`` of the
        criterion's time.

        A pooled plan that cannot be dealt out is close to a plan that can, and leaving out the
        candidates neither plan grants makes the exact model far easier: on generated S it finds
        the exact optimum of the preferred centre in about a second, where the whole exact model
        took 5-50 s or did not find it in a minute."""
        granted = picks.keys() | choices.keys()
        candidates = [c for c in self.candidates if c.request_id in granted]
        stop = perf_counter() + NARROW_SHARE * self._budget(position)
        found = self._search_exact(position, self.instance, candidates, {}, choices, stop)[0]
        return self._better(position, found, choices)

    def _mended(
        self, position: int, picks: dict[str, Pick], choices: dict[str, Choice], *, strict: bool
    ) -> dict[str, Choice]:
        """What fits of ``picks``, with the stays around those that do not fit planned anew in
        the exact model, if that keeps every value fixed so far and improves the criterion at
        ``position``; else ``choices``. It may take ``NARROW_SHARE`` of the criterion's time.

        This is for parts too large for the exact model: there a pooled plan that cannot be
        dealt out misses only a few stays (7 of 2,200 on generated M), but leaving them out
        loses persons a tier has fixed. The picks sharing a night with those left over are
        freed (they may change centre; those left over may also take another start in the same
        nights), the rest of the plan is pinned. While that is proven too little, the window
        of nights grows by ``MEND_REACH`` days on each side, then doubling, as long as its exact
        model has fewer than ``LARGE_PART`` literals."""
        _, plan, left = deal_first_fit(self.instance, self.by_id, picks, choices, strict=strict)
        stop = perf_counter() + NARROW_SHARE * self._budget(position)
        stays = [(picks[r][1], picks[r][1] + self.by_id[r].length) for r in left]
        days, reach = self.instance.days, 0
        while left:
            windows = around(stays, reach, days)
            kept = {
                r: c for r, c in plan.items() if not inside(windows, c[1], self.by_id[r].length)
            }
            instance = pin_stays(self.instance, kept)
            candidates = freed(instance, picks, set(left), windows)
            log.info(
                "mending %d stays left over: %d candidates in %d windows of nights",
                len(left),
                len(candidates),
                len(windows),
            )
            if not affordable(candidates):
                break
            found, status = self._search_exact(position, instance, candidates, kept, plan, stop)
            if found is not None:
                return self._better(position, found, choices)
            if status != cp_model.INFEASIBLE or windows == [(0, days)]:
                break
            reach = max(MEND_REACH, 2 * reach)
        return self._better(position, plan, choices)

    def _search_exact(
        self,
        position: int,
        instance: Instance,
        candidates: list[Candidate],
        kept: dict[str, Choice],
        hint: dict[str, Choice],
        stop: float,
    ) -> tuple[dict[str, Choice] | None, cp_model.CpSolverStatus]:
        """The plan ``kept`` (pinned in ``instance``) and what the exact model of ``candidates``
        finds by ``stop`` for the criterion at ``position``, keeping every value fixed so far;
        ``None`` if it finds nothing. Also CP-SAT's status."""
        model = PartModel(instance, candidates, exact=True)
        served = {(self.by_id[r].group.label, self.by_id[r].person_id) for r in kept}
        criteria = model.criteria(self.served_by_pinned | served)
        for fixed, lowest, highest in self.fixed:
            done = self._value(fixed, kept)
            _require(
                model.model,
                criteria[fixed],
                lowest - done,
                None if highest is None else highest - done,
            )
        solver = cp_model.CpSolver()
        chosen = model.chosen_literals(hint)
        budget = max(0.0, stop - perf_counter())
        status = self._maximise(solver, model, criteria[position], chosen, budget)
        log.info(
            "criterion %s on %d candidates (%d pinned): %s, value %s, bound %s, %.2f s",
            criteria[position].label,
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
        self, position: int, found: dict[str, Choice] | None, choices: dict[str, Choice]
    ) -> dict[str, Choice]:
        """``found`` if it keeps every value fixed so far and beats ``choices`` on the criterion
        at ``position``; else ``choices``."""
        if found is None:
            return choices
        chosen = self.model.chosen_literals(found)
        keeps = all(_evaluate(self.criteria[f], chosen) >= low for f, low, _ in self.fixed)
        better = _evaluate(self.criteria[position], chosen) > self._value(position, choices)
        return found if keeps and better else choices

    def _budget(self, position: int) -> float:
        """Seconds the criterion at ``position`` may search from now."""
        left = self.deadline - perf_counter() - self.slack
        return max(0.0, left * stage_share(position, self.criteria))

    def _maximise(
        self,
        solver: cp_model.CpSolver,
        model: PartModel,
        criterion: Criterion,
        chosen: set[int],
        budget: float,
        callback: cp_model.CpSolverSolutionCallback | None = None,
    ) -> cp_model.CpSolverStatus:
        """Run ``solver`` on ``model`` to maximise ``criterion`` from the plan whose true
        literals are ``chosen``, for at most ``budget`` seconds; its status."""
        model.model.maximize(_expression(criterion))
        model.hint(chosen)
        solver.parameters.max_time_in_seconds = budget
        set_workers(solver.parameters, model.literal_count, self.chosen_workers)
        return solver.solve(model.model, callback)

    def _value(self, position: int, choices: dict[str, Choice]) -> int:
        """The value of the criterion at ``position`` for the plan ``choices``."""
        return _evaluate(self.criteria[position], self.model.chosen_literals(choices))

    def _ceiling(self, criterion: Criterion, upper: int | None) -> int:
        ceiling = self.model.ceiling(criterion)
        return ceiling if upper is None else min(ceiling, upper)

    def _fix(
        self,
        position: int,
        lowest: int,
        highest: int | None,
        constraint: cp_model.Constraint | None = None,
    ) -> None:
        """Require the criterion at ``position`` to lie in ``[lowest, highest]`` from now on
        (by tightening ``constraint`` in place where there is one: one constraint per criterion
        matters for memory on region-size parts)."""
        self.fixed.append((position, lowest, highest))
        if constraint is None:
            constraint = _require(self.model.model, self.criteria[position], lowest, highest)
        domain = constraint.proto.linear.domain
        upper = domain[1] if highest is None else highest
        domain.clear()
        domain.extend([lowest, upper])

    def _use_exact(self) -> None:
        """Switch to the exact model, with every value fixed so far."""
        fixed = self.fixed
        self.fixed = []
        self._use(PartModel(self.instance, self.candidates, exact=True))
        for position, lowest, highest in fixed:
            self._fix(position, lowest, highest)


def stage_share(position: int, criteria: list[Criterion]) -> float:
    """The share of the part's remaining time the criterion at ``position`` may use. Earlier
    criteria rank strictly higher, so each takes most of what is left (the last takes all);
    time a criterion does not need flows on to the next. Measured on the demo: a fairer split
    (a quarter each) proved the late tiers but lost 142 timely nights."""
    later = any(c.literals for c in criteria[position + 1 :])
    return STAGE_SHARE if later else 1.0


def affordable(candidates: list[Candidate]) -> bool:
    """Whether the exact model of ``candidates`` is small enough to build and search."""
    return exact_size(candidates) < LARGE_PART


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
    """Passes each improving solution's objective and bound on."""

    def __init__(self, label: str, report: Callable[[str, float, float], None]) -> None:
        super().__init__()
        self.label = label
        self.report = report

    def on_solution_callback(self) -> None:
        self.report(self.label, self.objective_value, self.best_objective_bound)
