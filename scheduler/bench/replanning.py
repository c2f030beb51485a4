"""The re-planning row of the benchmark (issue 16, point 4): a published plan of a generated
scenario, then random changes to it (``changes``), each re-planned by ``replan``.

Per change it measures ``replan``'s wall time, whether the result is proven optimal for its
reach, whether it keeps every rule (the independent checker, on the scenario ``replan``
solved), and whether it is at least as good as the plan carried over (``carried_over``: the
change made and nothing re-planned but the freed stays and the waiting list first come, first
served).
"""

from __future__ import annotations

import logging
import random
from statistics import median
from time import perf_counter

from scheduler.bench.changes import KINDS, random_change
from scheduler.bench.measurements import Row
from scheduler.domain.checker import check_plan
from scheduler.domain.model import Plan, Scenario
from scheduler.domain.objective import values
from scheduler.solve.replan import carried_over, pinned_scenario, replan

log = logging.getLogger(__name__)


def replan_cells(scenario: Scenario, plan: Plan, changes: int, seed: int) -> Row:
    """Re-plan ``changes`` random changes (the kinds in turn) to ``plan`` and measure them."""
    rng = random.Random(seed)
    seconds: list[float] = []
    proven = worse = invalid = 0
    for number in range(changes):
        change = random_change(scenario, plan, rng, KINDS[number % len(KINDS)])
        began = perf_counter()
        result = replan(change.scenario, plan, change.touched)
        took = perf_counter() - began
        seconds.append(took)
        proven += result.optimal
        pinned = pinned_scenario(change.scenario, plan, change.touched)
        invalid += bool(check_plan(pinned, result.plan))
        base = carried_over(change.scenario, plan, change.touched)
        worse += values(result.vector) < values(base.vector)
        log.info("%s: %.2f s, %s", change.note, took, result.status.value)
    return {
        "changes": changes,
        "proven_changes": proven,
        "worse_changes": worse,
        "invalid_changes": invalid,
        "wall_time_s": median(seconds) if seconds else None,
        "replan_max_s": max(seconds) if seconds else None,
        "optimal": proven == changes,
        "valid": invalid == 0,
    }
