"""The CP-SAT model of one independent part of a scenario, solved criterion by criterion.

Variables: one literal per candidate, suitable centre and allowed start ("request R001 arrives at
centre C01 on day 120"). Constraints, one method per family: at most one stay per request; per
centre and night at most the free beds; per person no two stays that overlap or touch; per person
and calendar year at most the nights left. Objective: FORMAT.md's lexicographic vector, solved
entry by entry, each optimum (or best value found in time) fixed before the next entry is solved.
"""

from __future__ import annotations

import heapq
import logging
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from time import perf_counter

from ortools.sat.python import cp_model

from scheduler.solve.instance import Candidate, Instance
from scheduler.solve.occupancy import Choice

Literal = cp_model.IntVar
STAGE_SHARE = 0.6
STAGE_MARGIN = 0.3
OVERRUN_PER_LITERAL = 1e-5
"""CP-SAT's presolve cannot stop at once: on the region-size part (970,000 literals) a
criterion overran its limit by several seconds, about a second per 100,000 literals."""
"""Seconds kept back at least per criterion for setting it up and for what CP-SAT does after
its time limit; on large parts the margin grows to the largest such overrun seen, so that a
part ends by its deadline."""
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Option:
    """One way to grant a candidate: its centre, start day and the literal that chooses it."""

    centre_id: str
    start: int
    literal: Literal


@dataclass(frozen=True)
class Criterion:
    """One entry of the objective vector as a linear expression to maximise."""

    label: str
    literals: list[Literal]
    weights: list[int]
    rewards_stays: bool = True
    """Granting one more stay never lowers it (persons served, nights), so a plan may be
    filled up before this criterion is solved without breaking any fixed criterion before it."""


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


class PartModel:
    """The CP-SAT model of the candidates of one independent part."""

    def __init__(self, instance: Instance, candidates: list[Candidate]) -> None:
        self.instance = instance
        self.candidates = candidates
        self.model = cp_model.CpModel()
        self.options: list[list[Option]] = []
        self.served: dict[int, list[Literal]] = {}
        """Each "person served" literal's index, with the option literals that can serve."""
        self._add_choices()
        self._add_capacity()
        self._add_one_stay_at_a_time()
        self._add_yearly_limits()

    def _add_choices(self) -> None:
        """A literal per usable (centre, start); at most one of a candidate's is chosen."""
        capacity = self.instance.capacity
        for candidate in self.candidates:
            options = []
            for start in candidate.starts:
                for centre_id in candidate.centres:
                    if min(capacity[centre_id][start : start + candidate.length]) < 1:
                        continue
                    name = f"{candidate.request_id}@{centre_id}+{start}"
                    options.append(Option(centre_id, start, self.model.new_bool_var(name)))
            self.options.append(options)
            if len(options) > 1:
                self.model.add_at_most_one(o.literal for o in options)

    def _add_capacity(self) -> None:
        """Per centre, on every night where a stay may arrive or beds close: stays ≤ free beds.

        The stays present on any night are a subset of those present on the last such night
        before it, so these nights suffice.
        """
        by_centre: dict[str, list[tuple[int, int, Literal]]] = defaultdict(list)
        for candidate, options in zip(self.candidates, self.options, strict=True):
            for option in options:
                end = option.start + candidate.length
                by_centre[option.centre_id].append((option.start, end, option.literal))
        for centre_id, stays in by_centre.items():
            beds = self.instance.capacity[centre_id]
            for night, present in _sweep(stays, _drops(beds)):
                if len(present) > beds[night]:
                    self.model.add(cp_model.LinearExpr.sum(list(present.values())) <= beds[night])

    def _add_one_stay_at_a_time(self) -> None:
        """Per person: stays extended by their departure day never share a night."""
        by_person: dict[str, list[tuple[int, int, Literal, int]]] = defaultdict(list)
        for index, (candidate, options) in enumerate(
            zip(self.candidates, self.options, strict=True)
        ):
            for option in options:
                end = option.start + candidate.length + 1
                by_person[candidate.person_id].append((option.start, end, option.literal, index))
        for stays in by_person.values():
            if len({index for *_, index in stays}) < 2:
                continue
            owner = {literal.index: index for _, _, literal, index in stays}
            simple = [(start, end, literal) for start, end, literal, _ in stays]
            for _, present in _sweep(simple, set()):
                if len({owner[lit.index] for lit in present.values()}) > 1:
                    self.model.add_at_most_one(present.values())

    def _add_yearly_limits(self) -> None:
        """Per person and calendar year: granted nights ≤ the nights left."""
        terms: dict[tuple[str, int], list[tuple[Literal, int]]] = defaultdict(list)
        largest: dict[tuple[str, int], int] = defaultdict(int)
        for candidate, options in zip(self.candidates, self.options, strict=True):
            most: dict[int, int] = defaultdict(int)
            for option in options:
                for year, nights in self.instance.nights_by_year(option.start, candidate.length):
                    terms[candidate.person_id, year].append((option.literal, nights))
                    most[year] = max(most[year], nights)
            for year, nights in most.items():
                largest[candidate.person_id, year] += nights
        persons = self.instance.scenario.person_by_id
        for (person_id, year), pairs in terms.items():
            room = self.instance.annual_room(persons[person_id], year)
            if largest[person_id, year] > room:
                self.model.add(sum(nights * literal for literal, nights in pairs) <= room)

    def criteria(self, served_by_pinned: set[tuple[str, str]]) -> list[Criterion]:
        """The objective vector's entries for this part, most important first.

        ``served_by_pinned`` holds (group label, person) pairs already served by a pinned stay:
        those persons count as served whatever the part decides.
        """
        result = []
        for group in self.instance.groups:
            members = [
                (c, o)
                for c, o in zip(self.candidates, self.options, strict=True)
                if c.group == group
            ]
            result.append(self._persons_served(group.label, members, served_by_pinned))
            literals, weights = [], []
            for candidate, options in members:
                literals += [o.literal for o in options]
                weights += [candidate.length] * len(options)
            result.append(Criterion(f"{group.label}.nights", literals, weights))
        shift, preferred, kept = _Terms(), _Terms(), _Terms()
        bookings = self.instance.scenario.booking_by_request
        for candidate, options in zip(self.candidates, self.options, strict=True):
            booking = bookings.get(candidate.request_id)
            for option in options:
                shift.add(option.literal, -abs(option.start - candidate.wished))
                if option.centre_id == candidate.request.preferred_centre:
                    preferred.add(option.literal, 1)
                if booking is not None and (option.centre_id, option.start) == (
                    booking.centre_id,
                    self.instance.index(booking.start),
                ):
                    kept.add(option.literal, 1)
        result.append(shift.criterion("shift"))
        result.append(preferred.criterion("preferred"))
        result.append(kept.criterion("changes"))
        return result

    def _persons_served(
        self,
        label: str,
        members: list[tuple[Candidate, list[Option]]],
        served_by_pinned: set[tuple[str, str]],
    ) -> Criterion:
        by_person: dict[str, list[Literal]] = defaultdict(list)
        for candidate, options in members:
            if (label, candidate.person_id) not in served_by_pinned:
                by_person[candidate.person_id] += [o.literal for o in options]
        literals = []
        for person_id, chosen in by_person.items():
            if len(chosen) == 1:
                literals.append(chosen[0])
                continue
            served = self.model.new_bool_var(f"served[{label},{person_id}]")
            self.model.add(served <= cp_model.LinearExpr.sum(chosen))
            self.served[served.index] = chosen
            literals.append(served)
        return Criterion(f"{label}.persons", literals, [1] * len(literals))

    @cached_property
    def owner(self) -> array[int]:
        """For each option literal, the position of the candidate it grants. Option literals
        are the model's first variables, made in this order, so their index is the position
        here (an array: a dict of a region-size part's literals costs about 100 MB)."""
        positions = array("i")
        for position, options in enumerate(self.options):
            positions.extend([position] * len(options))
        return positions

    def ceiling(self, criterion: Criterion) -> int:
        """A bound no plan can beat: each candidate (or "served" literal) at its best weight, or
        nothing where every weight is negative. A plan that reaches it is optimal with no search,
        which saves a CP-SAT run on every criterion the greedy start already has right."""
        best: dict[object, int] = {}
        for literal, weight in zip(criterion.literals, criterion.weights, strict=True):
            index = literal.index
            key = self.owner[index] if index < len(self.owner) else ("served", index)
            best[key] = max(best.get(key, 0), weight)
        return sum(best.values())

    def chosen_literals(self, choices: dict[str, Choice]) -> set[int]:
        """Indices of the literals that are true in the plan ``choices``."""
        chosen = {
            option.literal.index
            for candidate, options in zip(self.candidates, self.options, strict=True)
            for option in options
            if choices.get(candidate.request_id) == (option.centre_id, option.start)
        }
        chosen |= {
            index
            for index, members in self.served.items()
            if any(m.index in chosen for m in members)
        }
        return chosen

    def hint(self, chosen: set[int]) -> None:
        """Start the search from a known plan given by its true literals (set in bulk: one call
        per literal costs seconds on a region-size model)."""
        self.model.clear_hints()
        hint = self.model.proto.solution_hint
        indices = [o.literal.index for options in self.options for o in options]
        indices += list(self.served)
        hint.vars.extend(indices)
        hint.values.extend([int(i in chosen) for i in indices])

    def read_choices(self, solution: Sequence[int]) -> dict[str, Choice]:
        """The plan in a solver response's ``solution`` (values by variable index)."""
        choices = {}
        for candidate, options in zip(self.candidates, self.options, strict=True):
            for option in options:
                if solution[option.literal.index]:
                    choices[candidate.request_id] = (option.centre_id, option.start)
        return choices


class _Terms:
    """Collects literal/weight pairs for one criterion."""

    def __init__(self) -> None:
        self.literals: list[Literal] = []
        self.weights: list[int] = []

    def add(self, literal: Literal, weight: int) -> None:
        if weight:
            self.literals.append(literal)
            self.weights.append(weight)

    def criterion(self, label: str) -> Criterion:
        return Criterion(label, self.literals, self.weights, rewards_stays=False)


def _drops(beds: list[int]) -> set[int]:
    """Nights on which fewer beds are free than the night before."""
    return {d for d in range(1, len(beds)) if beds[d] < beds[d - 1]}


def _sweep(
    stays: Iterable[tuple[int, int, Literal]], extra_nights: set[int]
) -> Iterable[tuple[int, dict[int, Literal]]]:
    """For each night on which a stay starts (or in ``extra_nights``, while any stay is present),
    yield the night and the stays present then, keyed by literal index."""
    ordered = sorted(stays, key=lambda s: s[0])
    nights = sorted({s for s, _, _ in ordered} | extra_nights)
    present: dict[int, Literal] = {}
    leaving: list[tuple[int, int]] = []
    position = 0
    for night in nights:
        while position < len(ordered) and ordered[position][0] <= night:
            _, end, literal = ordered[position]
            present[literal.index] = literal
            heapq.heappush(leaving, (end, literal.index))
            position += 1
        while leaving and leaving[0][0] <= night:
            present.pop(heapq.heappop(leaving)[1], None)
        if present:
            yield night, present


def solve_part(
    model: PartModel,
    criteria: list[Criterion],
    hint: dict[str, Choice],
    deadline: float,
    workers: int,
    report: Callable[[str, float, float], None] | None = None,
    fill: Callable[[dict[str, Choice]], dict[str, Choice]] | None = None,
) -> tuple[dict[str, Choice], list[StageResult]]:
    """Solve the criteria in order, fixing each one's value before the next.

    ``fill`` adds to a plan every stay that still fits. Each criterion's solution is indifferent
    to the criteria after it (it may leave out stays they reward), so before a criterion that
    rewards stays the plan is filled up: the search then starts from a good plan, not a lazy
    one. A filled plan keeps every fixed criterion: a stay that could be added to a proven
    optimum would have raised it.

    Never raises on a timeout: a criterion that finds no solution in time keeps the last plan
    (at first the hint, which is feasible) and the remaining criteria are reported unproven.
    """
    choices = dict(hint)
    results: list[StageResult] = []
    # Kept back per criterion; grows with what a criterion took beyond its limit plus set-up.
    literals = sum(len(options) for options in model.options)
    slack = STAGE_MARGIN + OVERRUN_PER_LITERAL * literals
    for position, criterion in enumerate(criteria):
        began = perf_counter()
        if not criterion.literals:
            results.append(StageResult(criterion.label, 0, 0, True))
            continue
        if deadline - perf_counter() <= slack:
            # No time left (and so none for any later criterion): the ceiling is still a bound
            # no plan can beat.
            results.append(StageResult(criterion.label, None, model.ceiling(criterion), False))
            continue
        if fill is not None and criterion.rewards_stays:
            choices = fill(choices)
        chosen = model.chosen_literals(choices)
        current = _evaluate(criterion, chosen)
        expression = cp_model.LinearExpr.weighted_sum(criterion.literals, criterion.weights)
        # The plan reaches ``current``: fix that, so nothing worse is searched; the same
        # constraint is tightened to the value found afterwards (one constraint per criterion,
        # which matters for memory on region-size parts).
        fixed = model.model.add(expression >= current)
        if current >= model.ceiling(criterion):
            results.append(StageResult(criterion.label, current, current, True))
            _tighten(fixed, current, exact=True)
            continue
        model.model.maximize(expression)
        model.hint(chosen)
        later = len(criteria) - position - 1
        solver = cp_model.CpSolver()
        budget = max(0.0, (deadline - perf_counter() - slack) * stage_share(later))
        solver.parameters.max_time_in_seconds = budget
        solver.parameters.num_workers = workers
        callback = _Reporter(criterion.label, report) if report else None
        status = solver.solve(model.model, callback)
        slack = max(slack, perf_counter() - began - budget)
        log.info(
            "criterion %s: %s, value %s, bound %s, %.2f s",
            criterion.label,
            solver.status_name(status),
            solver.objective_value,
            solver.best_objective_bound,
            solver.wall_time,
        )
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            results.append(StageResult(criterion.label, current, model.ceiling(criterion), False))
            continue
        value = round(solver.objective_value)
        if value >= current:
            choices = model.read_choices(solver.response_proto.solution)
        else:
            value = current
        bound = round(solver.best_objective_bound)
        optimal = status == cp_model.OPTIMAL
        results.append(StageResult(criterion.label, value, bound, optimal))
        # A proven optimum is fixed exactly, which lets presolve use it both ways.
        _tighten(fixed, value, exact=optimal)
    return choices, results


def _tighten(constraint: cp_model.Constraint, value: int, *, exact: bool) -> None:
    """Make ``expression >= …`` read ``expression >= value`` (or ``== value``) in place."""
    domain = constraint.proto.linear.domain
    upper = value if exact else domain[1]
    domain.clear()
    domain.extend([value, upper])


def stage_share(later: int) -> float:
    """The share of the part's remaining time one criterion may use when ``later`` criteria are
    still to come. Earlier criteria rank strictly higher, so each takes most of what is left
    (the last takes all); time a criterion does not need flows on to the next. Measured on the
    demo: a fairer split (a quarter each) proved the late tiers but lost 142 timely nights."""
    return 1.0 if later == 0 else STAGE_SHARE


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
