"""Profiles other municipalities write with version 2's keys, each solved on a generated year.

Each profile is written as a file, read as ``respite profile check`` reads it, and put on a
generated scenario; the plan must keep every rule (the independent checker) and the pattern
must bite: the rule decides some request.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from scheduler.domain.checker import check_plan
from scheduler.domain.model import Reason, Scenario
from scheduler.generate import generate
from scheduler.io.profiles import rules_from_file
from scheduler.solve import METHODS, solve

COMMON = """
summer_start = "05-01"
summer_end = "09-15"
summer_deadline = "03-15"
centre_kinds = ["plejecenter"]
exclude_self_appointed_helper = true
require_consent = true
acute_nights = 14
"""

CAPS_ON_STAYS = """
name = "Slagelse-mønster (fiktivt): højst 4 ophold og 120 døgn pr. år"
annual_nights = 120
max_stays_per_year = 4
min_stay_nights = 3
max_stay_nights = 21
"""

WHOLE_WEEKS = """
name = "Herning-mønster (fiktivt): hele uger, mandag til søndag"
annual_nights = 42
arrival_weekdays = [1]
departure_weekdays = [7]
"""

GRANT_YEARS = """
name = "Randers-mønster (fiktivt): en pulje døgn fra afgørelsens dato"
annual_nights = 20
max_stay_nights = 14
"""


def _scenario(tmp_path: Path, profile: str) -> Scenario:
    path = tmp_path / "profile.toml"
    path.write_text(profile + COMMON, encoding="utf-8")
    rules, faults = rules_from_file(path)
    assert faults == [] and rules is not None
    scenario, _ = generate("XS", 1)
    return replace(scenario, rules=rules)


def _nights_by_person(scenario: Scenario, stays: list) -> Counter[str]:
    nights: Counter[str] = Counter()
    for stay in stays:
        nights[scenario.request_by_id[stay.request_id].person_id] += stay.nights
    return nights


@pytest.mark.parametrize("method", METHODS)
def test_caps_on_stays(tmp_path: Path, method: str) -> None:
    scenario = _scenario(tmp_path, CAPS_ON_STAYS)
    plan = solve(scenario, time_limit=10, method=method).plan
    assert check_plan(scenario, plan) == []
    arrivals = Counter(scenario.request_by_id[s.request_id].person_id for s in plan.stays)
    assert max(arrivals.values()) == 4
    assert all(3 <= s.nights <= 21 for s in plan.stays)
    assert Counter(d.reason for d in plan.decisions)[Reason.STAYS_LIMIT] > 0


@pytest.mark.parametrize("method", METHODS)
def test_whole_weeks(tmp_path: Path, method: str) -> None:
    scenario = _scenario(tmp_path, WHOLE_WEEKS)
    plan = solve(scenario, time_limit=10, method=method).plan
    assert check_plan(scenario, plan) == []
    assert plan.stays
    assert {(s.start.isoweekday(), s.end.isoweekday()) for s in plan.stays} == {(1, 7)}
    assert Counter(d.reason for d in plan.decisions)[Reason.ARRIVAL_DAY] > 0


@pytest.mark.parametrize("method", METHODS)
def test_grant_years(tmp_path: Path, method: str) -> None:
    """Every person's pool of nights runs from their decision on 1 July 2026: the nights of
    spring 2027 and of the summer after 1 July come from two pools."""
    scenario = _scenario(tmp_path, GRANT_YEARS)
    decided = date(2026, 7, 1)
    persons = tuple(replace(p, grant_start=decided, used_nights=0) for p in scenario.persons)
    scenario = replace(scenario, persons=persons)
    plan = solve(scenario, time_limit=10, method=method).plan
    assert check_plan(scenario, plan) == []
    turn = date(2027, 7, 1)
    before = _nights_by_person(scenario, [s for s in plan.stays if s.end <= turn])
    after = _nights_by_person(scenario, [s for s in plan.stays if s.start >= turn])
    limit = {p.person_id: scenario.annual_limit(p) for p in scenario.persons}
    assert all(n <= limit[p] for p, n in before.items())
    assert all(n <= limit[p] for p, n in after.items())
    assert any(n > limit[p] for p, n in (before + after).items()), "two pools, not one"
    assert Counter(d.reason for d in plan.decisions)[Reason.ANNUAL_LIMIT] > 0
