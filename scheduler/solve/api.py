"""``solve(scenario)``: the one entry point of the solvers, returning a plan and how good it is.

It never raises on a hard or timed-out run: the greedy plan is the starting point, CP-SAT
improves it part by part within the time limit, and whatever is found is made maximal (every
rejected request that still fits is added) before the reasons are written. The result's
``status`` says how good the plan is known to be (``SolveStatus``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import partial
from time import perf_counter

from scheduler.domain.checker import stay_violations
from scheduler.domain.model import Decision, Plan, Scenario, Stay
from scheduler.domain.objective import Entry, Group, ObjectiveVector, group_of, objective
from scheduler.solve.assemble import assemble_plan
from scheduler.solve.cpsat import exact_size
from scheduler.solve.greedy import arrival_order, greedy
from scheduler.solve.instance import Candidate, Instance, build_instance
from scheduler.solve.ledger import Choice, Ledger
from scheduler.solve.lexicographic import Progress, Report, solve_part
from scheduler.solve.params import SolveParams
from scheduler.solve.parts import independent_parts
from scheduler.solve.result import CriterionResult, SolveResult, SolveStatus, overall_status

METHODS = ("cpsat", "greedy", "highs")
log = logging.getLogger(__name__)


def solve(
    scenario: Scenario,
    *,
    params: SolveParams | None = None,
    method: str = "cpsat",
    progress: Callable[[Progress], None] | None = None,
    time_limit: float | None = None,
    workers: int | None = None,
) -> SolveResult:
    """Plan the scenario.

    Parameters
    ----------
    scenario
        A validated scenario. If a pinned booking breaks a rule, nothing is planned: the result
        is empty, with the status ``infeasible_input``.
    params
        The time limit (default 60 s), CP-SAT's workers, seed and log, and the shares of time
        and model sizes the pipeline works by; default ``SolveParams()``.
    method
        ``"cpsat"`` for the lexicographic optimum, ``"greedy"`` for first come, first served,
        ``"highs"`` for the peer model: a plain time-indexed MIP of the same rules and vector,
        solved entry by entry by HiGHS (``mip.py``; ``progress`` is not called).
    progress
        Called with every better plan CP-SAT finds.
    time_limit
        Seconds for the whole run, instead of ``params.time_limit``; always honoured (model
        building included, roughly).
    workers
        CP-SAT search workers for every model, instead of ``params.workers`` (default: chosen by
        the model's size).
    """
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}")
    params = params or SolveParams()
    if time_limit is not None:
        params = replace(params, time_limit=time_limit)
    if workers is not None:
        params = replace(params, workers=workers)
    began = perf_counter()
    if _pinned_break_rules(scenario):
        status = SolveStatus.INFEASIBLE_INPUT
        return SolveResult(Plan(), method, status, (), (), wall_time=perf_counter() - began)
    return solve_checked(scenario, params, method, progress, began)


def solve_checked(
    scenario: Scenario,
    params: SolveParams,
    method: str,
    progress: Callable[[Progress], None] | None,
    began: float,
    keep: Mapping[str, Choice] | None = None,
) -> SolveResult:
    """``solve`` for a scenario whose pinned bookings are known to keep the rules, timed from
    ``began``. ``keep`` (request → centre and start day index) is granted first where it fits,
    before the greedy pass: the plan CP-SAT starts from, and so no worse than the result."""
    instance = build_instance(scenario)
    ledger = greedy(instance) if keep is None else kept_then_greedy(instance, keep)
    # Making the plan maximal and writing the reasons costs about what compiling and the greedy
    # pass did: keep that much of the limit back from CP-SAT.
    preparation = perf_counter() - began
    limit = params.time_limit
    reserve = min(params.finishing_share * limit, 2 * preparation + params.safety_share * limit)
    deadline = began + limit - reserve
    parts: list[list[Candidate]] = []
    criteria: tuple[CriterionResult, ...] = ()
    if method == "highs":
        from scheduler.solve.mip import solve_mip  # highspy: loaded only for this method

        served = _served_by_pinned(instance)
        fill = partial(_filled, instance, instance.candidates)
        choices, criteria = solve_mip(instance, ledger.granted, served, deadline, params, fill)
        ledger = _maximal(instance, choices)
        parts = [instance.candidates] if instance.candidates else []
    if method == "cpsat":
        parts = independent_parts(instance.candidates)
        choices, criteria = _solve_parts(
            instance,
            parts,
            ledger.granted,
            deadline,
            params,
            progress,
            began,
        )
        log.info("parts solved at %.2f s", perf_counter() - began)
        ledger = _maximal(instance, choices)
    plan = assemble_plan(ledger)
    log.info("plan assembled at %.2f s", perf_counter() - began)
    vector = objective(scenario, plan)
    if method != "greedy":
        status, bounds = overall_status(criteria), _bounds(scenario, vector, criteria)
    else:
        status, bounds = SolveStatus.FEASIBLE, (None,) * len(vector)
    return SolveResult(
        plan=plan,
        method=method,
        status=status,
        vector=vector,
        bounds=bounds,
        criteria=criteria,
        wall_time=perf_counter() - began,
        parts=len(parts),
    )


def kept_then_greedy(instance: Instance, keep: Mapping[str, Choice]) -> Ledger:
    """The plan granting each of ``keep`` where it still fits (in arrival order), then every
    other candidate by the greedy rule."""
    ledger = Ledger(instance)
    ordered = arrival_order(instance.candidates)
    for candidate in ordered:
        choice = keep.get(candidate.request_id)
        if choice is None:
            continue
        centre_id, start = choice
        fits = (
            centre_id in candidate.centres
            and start in set(ledger.open_starts(candidate))
            and ledger.centre_has_room(centre_id, start, start + candidate.length)
        )
        if fits:
            ledger.grant(candidate, centre_id, start)
    ledger.fill(ordered)
    return ledger


def _pinned_break_rules(scenario: Scenario) -> bool:
    """Whether a pinned booking breaks a rule on its own, as the scenario readers judge it (so
    no plan, which must hold it, keeps every rule). This only vets the input: the plan the
    solver makes is still judged by a checker that shares no code with it."""
    pinned = [
        Stay(b.request_id, b.centre_id, 0, b.start, b.end) for b in scenario.bookings if b.pinned
    ]
    return bool(pinned) and bool(stay_violations(scenario, pinned, check_beds=False))


def _solve_parts(
    instance: Instance,
    parts: list[list[Candidate]],
    hint: dict[str, Choice],
    deadline: float,
    params: SolveParams,
    progress: Callable[[Progress], None] | None,
    began: float,
) -> tuple[dict[str, Choice], tuple[CriterionResult, ...]]:
    """Solve the parts smallest first; each gets a share of the time left by its size (at least
    ``part_min_seconds``), so time a small part does not need flows on to the larger ones."""
    served_by_pinned = _served_by_pinned(instance)
    sizes = [exact_size(part) for part in parts]
    order = sorted(range(len(parts)), key=lambda i: sizes[i])
    left = sum(sizes)
    choices: dict[str, Choice] = {}
    criteria: list[CriterionResult] = []
    for number, index in enumerate(order, start=1):
        now = perf_counter()
        share = (deadline - now) * sizes[index] / left if left else 0.0
        # At least a second, but never more than an equal split of what is left among the parts
        # still to come, so that many parts cannot starve the last ones.
        floor = min(params.part_min_seconds, (deadline - now) / (len(order) - number + 1))
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
            params=params,
            report=report,
            fill=partial(_filled, instance, parts[index]),
        )
        choices.update(found)
        criteria += [replace(result, part=number) for result in results]
    return choices, tuple(criteria)


def _reporter(progress: Callable[[Progress], None], began: float, part: int, parts: int) -> Report:
    def report(entry: Entry, value: float, bound: float) -> None:
        progress(Progress(perf_counter() - began, part, parts, entry, value, bound))

    return report


def _served_by_pinned(instance: Instance) -> set[tuple[Group, str]]:
    """(group, person) pairs that a pinned stay already serves."""
    rules = instance.scenario.rules
    requests = instance.scenario.request_by_id
    return {
        (group_of(requests[b.request_id], rules), requests[b.request_id].person_id)
        for b in instance.pinned
    }


def _maximal(instance: Instance, choices: dict[str, Choice]) -> Ledger:
    """The plan ``choices`` with every candidate that still fits added, in objective order."""
    return _fill_up(instance, instance.candidates, choices)


def _filled(
    instance: Instance, part: list[Candidate], choices: dict[str, Choice]
) -> dict[str, Choice]:
    """One part's plan with every stay of the part that still fits added."""
    return _fill_up(instance, part, choices).granted


def _fill_up(instance: Instance, candidates: list[Candidate], choices: dict[str, Choice]) -> Ledger:
    ledger = Ledger(instance)
    by_id = {c.request_id: c for c in candidates}
    for request_id, (centre_id, start) in choices.items():
        ledger.grant(by_id[request_id], centre_id, start)
    rank = {group: i for i, group in enumerate(instance.groups)}
    ledger.fill(sorted(arrival_order(candidates), key=lambda c: rank[c.group]))
    return ledger


def _bounds(
    scenario: Scenario, vector: ObjectiveVector, criteria: tuple[CriterionResult, ...]
) -> tuple[int | None, ...]:
    """Per entry: what the pinned stays give plus the sum of the parts' proven bounds."""
    base = dict(objective(scenario, _pinned_only(scenario)))
    found: dict[Entry, int] = dict.fromkeys(base, 0)
    for criterion in criteria:
        found[criterion.entry] += criterion.bound
    return tuple(base[entry] + found[entry] for entry, _ in vector)


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
