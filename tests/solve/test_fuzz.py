"""The solvers against the independent checker and brute force on many random scenarios.

``make test`` runs a few hundred; ``make fuzz`` sets ``FUZZ_EXAMPLES`` (10,000 by default there)
and ``FUZZ_REPORT`` (a file to write the count and the time to, ``bench/fuzz.txt``). Every
scenario draws version 2's rules too (see ``tests/strategies.py``). For each: the CP-SAT plan
and the greedy plan keep every rule, every rejection gives the true first reason, both are
maximal (all judged by the checker, which shares no code with the solvers), and CP-SAT's
objective equals the brute-force optimum.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from scheduler.domain.checker import check_plan
from scheduler.domain.model import Scenario
from scheduler.domain.objective import values
from scheduler.solve import solve
from tests.solve.brute_force import brute_force_optimum
from tests.strategies import scenarios

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "150"))
REPORT = os.environ.get("FUZZ_REPORT")
_seen: list[int] = []


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
@given(scenarios(max_persons=4, max_requests=6, max_length=4, max_flex=2))
def _check_one(scenario: Scenario) -> None:
    _seen.append(len(scenario.requests))
    optimum = solve(scenario, time_limit=20)
    greedy = solve(scenario, method="greedy")
    assert check_plan(scenario, optimum.plan) == []
    assert check_plan(scenario, greedy.plan) == []
    assert optimum.optimal
    assert values(optimum.objective) == brute_force_optimum(scenario)


def test_solvers_agree_with_the_checker_and_brute_force() -> None:
    began = time.perf_counter()
    _check_one()
    seconds = time.perf_counter() - began
    assert len(_seen) >= EXAMPLES
    if REPORT:
        Path(REPORT).write_text(
            f"fuzz: {len(_seen)} random scenarios ({sum(_seen)} requests) solved by CP-SAT and "
            f"greedy, every plan passing the independent checker and CP-SAT equal to brute "
            f"force, in {seconds:.0f} s ({1000 * seconds / len(_seen):.0f} ms each)\n",
            encoding="utf-8",
        )
