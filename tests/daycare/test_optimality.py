"""The allocation reaches the optimum of the order in ``docs/rules.md`` ("How a day plan is
chosen"): its vector equals the brute-force optimum on hundreds of tiny scenarios, and its
plan passes the independent checker (seats, reasons, the order of the waiting list)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from scheduler.daycare import allocate
from scheduler.domain.check_daycare import check_day_plan
from scheduler.domain.model import Scenario
from scheduler.domain.services import Services
from tests.daycare.brute_force import brute_force_optimum, objective
from tests.daycare.tiny import tiny_case


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tiny_case())
def test_allocation_equals_brute_force(case: tuple[Scenario, Services]) -> None:
    scenario, services = case
    result = allocate(scenario, services, time_limit=30)
    assert result.optimal
    assert check_day_plan(scenario, services, result.plan) == []
    assert objective(services, result.plan) == brute_force_optimum(scenario, services)
