"""The day-plan checker on the tiny scenarios of ``tests/data/daycare_rules``: for every rule a
day plan that keeps it (no violation at all) and one that breaks that rule only, and for every
reason a plan stating it and one stating a later reason. The allocation finds the kept plan of
each folder where the kept plan is the optimum."""

from __future__ import annotations

from pathlib import Path

import pytest

from scheduler.daycare import allocate
from scheduler.domain.check_daycare import check_day_plan
from scheduler.domain.check_violation import Violation, format_violation
from scheduler.domain.daycare import DayReason
from scheduler.io.day_plan_csv import read_day_plan_csv
from scheduler.io.scenario_reader import read_scenario_with_services

RULES_DIR = Path(__file__).resolve().parents[1] / "data" / "daycare_rules"

# folder -> the one rule its day_plan-broken.csv breaks
BROKEN_RULE = {
    "closed": "day_closed",
    "days_limit": "day_days_limit",
    "days_per_week": "day_days_per_week",
    "duplicate_decision": "day_duplicate_decision",
    "eligibility": "day_eligibility",
    "missing_decision": "day_missing_decision",
    "order": "day_order",
    "order_priority": "day_order",
    "person_mismatch": "day_person_mismatch",
    "pinned_moved": "day_pinned_moved",
    "queue": "day_queue",
    "seats": "day_seats",
    "start": "day_start",
    "suitability": "day_suitability",
    "unknown_centre": "day_unknown_centre",
    "unknown_wish": "day_unknown_wish",
    "weekday": "day_weekday",
}

# reason folder -> (the first reason that applies, the later reason day_plan-broken.csv states)
REASON_FOLDERS = {
    "reason_self_appointed_helper": (DayReason.SELF_APPOINTED_HELPER, DayReason.NO_CONSENT),
    "reason_no_consent": (DayReason.NO_CONSENT, DayReason.DAYS_LIMIT),
    "reason_days_limit": (DayReason.DAYS_LIMIT, DayReason.NO_SUITABLE_CENTRE),
    "reason_no_suitable_centre": (DayReason.NO_SUITABLE_CENTRE, DayReason.OUTSIDE_HORIZON),
    "reason_outside_horizon": (DayReason.OUTSIDE_HORIZON, DayReason.WEEKDAYS),
    "reason_weekdays": (DayReason.WEEKDAYS, DayReason.CAPACITY),
    "reason_capacity": (DayReason.CAPACITY, DayReason.WEEKDAYS),
}

# The order is judged by what the plan shows: W1 (first in the queue) holds Monday, W2 can use
# Monday only and waits. No waiting wish fits beside the places before it, so the checker
# accepts it; the allocation moves W1 to Tuesday so that both have a place (the brute-force
# tests prove such optima in general).
UNSEEN = {"order_moves"}

ALL_FOLDERS = sorted([*BROKEN_RULE, *REASON_FOLDERS, *UNSEEN])


def check(folder: str, plan: str) -> list[Violation]:
    path = RULES_DIR / folder
    scenario, services = read_scenario_with_services(path)
    return check_day_plan(scenario, services, read_day_plan_csv(path / plan))


def test_every_folder_is_tested() -> None:
    assert sorted(p.name for p in RULES_DIR.iterdir() if p.is_dir()) == ALL_FOLDERS


def test_every_reason_has_a_folder() -> None:
    assert {true for true, _ in REASON_FOLDERS.values()} == set(DayReason)


@pytest.mark.parametrize("folder", ALL_FOLDERS)
def test_kept_plan_keeps_every_rule(folder: str) -> None:
    assert check(folder, "day_plan-kept.csv") == []


@pytest.mark.parametrize(("folder", "rule"), sorted(BROKEN_RULE.items()))
def test_broken_plan_breaks_only_its_rule(folder: str, rule: str) -> None:
    found = check(folder, "day_plan-broken.csv")
    assert found and {v.rule for v in found} == {rule}
    for violation in found:  # every finding reads as a sentence in both languages
        assert "{" not in format_violation(violation, "da") + format_violation(violation, "en")


@pytest.mark.parametrize(("folder", "reasons"), sorted(REASON_FOLDERS.items()))
def test_wrong_reason_names_stated_and_true(
    folder: str, reasons: tuple[DayReason, DayReason]
) -> None:
    true, stated = reasons
    (violation,) = check(folder, "day_plan-broken.csv")
    assert violation.rule == "day_wrong_reason"
    assert (violation.params["stated"], violation.params["true"]) == (stated, true)


def test_the_checker_cannot_see_a_move_the_order_would_make() -> None:
    assert check("order_moves", "day_plan-broken.csv") == []


@pytest.mark.parametrize("folder", ALL_FOLDERS)
def test_the_allocation_finds_the_kept_plan(folder: str) -> None:
    path = RULES_DIR / folder
    scenario, services = read_scenario_with_services(path)
    result = allocate(scenario, services)
    assert result.optimal
    assert result.plan == read_day_plan_csv(path / "day_plan-kept.csv")


def test_a_waiting_wish_that_could_sit_is_named_with_where() -> None:
    (violation,) = check("order", "day_plan-broken.csv")
    assert violation.request_ids == ("W1",)
    assert (violation.params["centre"], violation.params["weekdays"]) == ("D1", frozenset({1}))
    assert "W1" in format_violation(violation, "en") and "Monday" in format_violation(
        violation, "en"
    )
