"""``solve(scenario)``: the one entry point of the solvers, returning a plan and how good it is.

It never raises on a hard or timed-out run: the greedy plan is the starting point, CP-SAT
improves it part by part within the time limit, and whatever is found is made maximal (every
rejected request that still fits is added) before the reasons are written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from time import perf_counter

from scheduler.domain.model import Decision, Plan, Scenario, Stay
from scheduler.domain.objective import ObjectiveVector, group_of, objective
from scheduler.solve.assemble import assemble_plan
from scheduler.solve.cpsat import exact_size
from scheduler.solve.greedy import arrival_order, greedy
from scheduler.solve.instance import Candidate, Instance, build_instance
from scheduler.solve.occupancy import Choice, Occupancy
from scheduler.solve.parts import independent_parts
from scheduler.solve.stages import Progress, StageResult, solve_part

METHODS = ("cpsat", "greedy")
POST_SHARE = 0.3
"""At most this share of the time limit is kept back for the work after CP-SAT."""
SAFETY_SHARE = 0.02
"""Kept back too, for CP-SAT overrunning its limits on a loaded machine."""
PART_MINIMUM = 1.0
"""Seconds a part may use at least (if an equal split of the time left allows): a share by size
alone would leave a tiny part less than a criterion's safety margin, and so unsearched. Small
parts finish in milliseconds, so what they do not use flows on to the larger ones."""
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SolveResult:
    """A plan with its objective vector and, for CP-SAT, the proven bound of every entry.

    ``bounds`` holds for each entry of ``objective`` the best value any plan could reach given the
    entries before it as found: CP-SAT's proven bound, or where a part ran out of time before the
    entry was searched, the entry's ceiling (every candidate at its best). ``None`` for greedy.
    """

    plan: Plan
    method: str
    optimal: bool
    objective: ObjectiveVector
    bounds: tuple[int | None, ...]
    wall_time: float
    parts: int


def solve(
    scenario: Scenario,
    *,
    time_limit: float = 60.0,
    method: str = "cpsat",
    progress: Callable[[Progress], None] | None = None,
    workers: int | None = None,
) -> SolveResult:
    """Plan the scenario.

    Parameters
    ----------
    scenario
        A validated scenario (pinned bookings keep the rules).
    time_limit
        Seconds for the whole run; always honoured (model building included, roughly).
    method
        ``"cpsat"`` for the lexicographic optimum, ``"greedy"`` for first come, first served.
    progress
        Called with every better plan CP-SAT finds.
    workers
        CP-SAT search workers for every part; default: chosen by the part's size.
    """
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}")
    began = perf_counter()
    instance = build_instance(scenario)
    occupancy = greedy(instance)
    # Making the plan maximal and writing the reasons costs about what compiling and the greedy
    # pass did: keep that much of the limit back from CP-SAT.
    preparation = perf_counter() - began
    reserve = min(POST_SHARE * time_limit, 2 * preparation + SAFETY_SHARE * time_limit)
    deadline = began + time_limit - reserve
    parts: list[list[Candidate]] = []
    stages: list[list[StageResult]] = []
    if method == "cpsat":
        parts = independent_parts(instance.candidates)
        choices, stages = _solve_parts(
            instance,
            parts,
            occupancy.granted,
            deadline,
            workers,
            progress,
            began,
        )
        log.info("parts solved at %.2f s", perf_counter() - began)
        occupancy = _maximal(instance, choices)
    plan = assemble_plan(occupancy)
    log.info("plan assembled at %.2f s", perf_counter() - began)
    vector = objective(scenario, plan)
    optimal = method == "cpsat" and all(s.optimal for part in stages for s in part)
    bounds = _bounds(scenario, vector, stages) if method == "cpsat" else (None,) * len(vector)
    return SolveResult(
        plan=plan,
        method=method,
        optimal=optimal,
        objective=vector,
        bounds=bounds,
        wall_time=perf_counter() - began,
        parts=len(parts),
    )


def _solve_parts(
    instance: Instance,
    parts: list[list[Candidate]],
    hint: dict[str, Choice],
    deadline: float,
    workers: int | None,
    progress: Callable[[Progress], None] | None,
    began: float,
) -> tuple[dict[str, Choice], list[list[StageResult]]]:
    """Solve the parts smallest first; each gets a share of the time left by its size (at least
    ``PART_MINIMUM``), so time a small part does not need flows on to the larger ones."""
    served_by_pinned = _served_by_pinned(instance)
    sizes = [exact_size(part) for part in parts]
    order = sorted(range(len(parts)), key=lambda i: sizes[i])
    left = sum(sizes)
    choices: dict[str, Choice] = {}
    stages: list[list[StageResult]] = []
    for number, index in enumerate(order, start=1):
        now = perf_counter()
        share = (deadline - now) * sizes[index] / left if left else 0.0
        # At least a second, but never more than an equal split of what is left among the parts
        # still to come, so that many parts cannot starve the last ones.
        floor = min(PART_MINIMUM, (deadline - now) / (len(order) - number + 1))
        share = max(share, floor)
        left -= sizes[index]
        log.info(
            "part %d/%d: %d (centre, start) pairs at %.2f s, %.2f s allowed",
            number,
            len(parts),
            sizes[index],
            perf_counter() - began,
            share,
        )
        report = None
        if progress is not None:
            report = _reporter(progress, began, number, len(parts))
        part_hint = {c.request_id: hint[c.request_id] for c in parts[index] if c.request_id in hint}
        found, results = solve_part(
            instance,
            parts[index],
            served_by_pinned,
            part_hint,
            now + share,
            workers=workers,
            report=report,
            fill=partial(_filled, instance, parts[index]),
        )
        choices.update(found)
        stages.append(results)
    return choices, stages


def _reporter(
    progress: Callable[[Progress], None], began: float, part: int, parts: int
) -> Callable[[str, float, float], None]:
    def report(stage: str, value: float, bound: float) -> None:
        progress(Progress(perf_counter() - began, part, parts, stage, value, bound))

    return report


def _served_by_pinned(instance: Instance) -> set[tuple[str, str]]:
    """(group label, person) pairs that a pinned stay already serves."""
    rules = instance.scenario.rules
    requests = instance.scenario.request_by_id
    return {
        (group_of(requests[b.request_id], rules).label, requests[b.request_id].person_id)
        for b in instance.pinned
    }


def _maximal(instance: Instance, choices: dict[str, Choice]) -> Occupancy:
    """The plan ``choices`` with every candidate that still fits added, in objective order."""
    return _fill_up(instance, instance.candidates, choices)


def _filled(
    instance: Instance, part: list[Candidate], choices: dict[str, Choice]
) -> dict[str, Choice]:
    """One part's plan with every stay of the part that still fits added."""
    return _fill_up(instance, part, choices).granted


def _fill_up(
    instance: Instance, candidates: list[Candidate], choices: dict[str, Choice]
) -> Occupancy:
    occupancy = Occupancy(instance)
    by_id = {c.request_id: c for c in candidates}
    for request_id, (centre_id, start) in choices.items():
        occupancy.grant(by_id[request_id], centre_id, start)
    rank = {group: i for i, group in enumerate(instance.groups)}
    occupancy.fill(sorted(arrival_order(candidates), key=lambda c: rank[c.group]))
    return occupancy


def _bounds(
    scenario: Scenario, vector: ObjectiveVector, stages: list[list[StageResult]]
) -> tuple[int | None, ...]:
    """Per entry: what the pinned stays give plus the sum of the parts' proven bounds."""
    base = dict(objective(scenario, _pinned_only(scenario)))
    return tuple(
        base[label] + sum(r.bound for part in stages for r in part if r.label == label)
        for label, _ in vector
    )


def _pinned_only(scenario: Scenario) -> Plan:
    """The plan that grants the pinned stays and nothing else."""
    decisions = []
    for request in scenario.requests:
        booking = scenario.booking_by_request.get(request.request_id)
        stay = None
        if booking is not None and booking.pinned:
            stay = Stay(booking.request_id, booking.centre_id, 0, booking.start, booking.end)
        decisions.append(Decision(request.request_id, request.person_id, stay=stay))
    return Plan(tuple(decisions))
