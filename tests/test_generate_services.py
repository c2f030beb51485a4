"""The generator's day-centre places and relief at home (``respite generate``, the demo): at
each size the stated counts, fictitious names, valid input (pinned places keep every rule),
a waiting list, visits that keep every relief rule, and the stays exactly as ``generate``
makes them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from scheduler.daycare import allocate
from scheduler.domain.check_daycare import check_day_plan
from scheduler.domain.check_relief import check_relief
from scheduler.domain.model import Scenario
from scheduler.domain.services import Services
from scheduler.generate import SERVICE_SIZES, SIZES, generate, generate_with_services
from scheduler.io.scenario_reader import read_scenario_with_services
from scheduler.io.scenario_writer import write_scenario, write_scenario_xlsx


@cache
def generated(size: str, seed: int = 1) -> tuple[Scenario, Services]:
    scenario, services, profile = generate_with_services(size, seed)
    assert profile == "haderslev"
    return scenario, services


@pytest.mark.parametrize("size", ["XS", "S", "M", "L"])
def test_counts_and_fictitious_names(size: str) -> None:
    scenario, services = generated(size)
    spec = SERVICE_SIZES[size]
    day_centres = [c for c in scenario.centres if c.kind == "dagcenter"]
    assert len(day_centres) == spec.day_centres
    assert all(c.name.startswith("Dagcenter ") and "(fiktivt)" in c.name for c in day_centres)
    assert all(c.beds == 0 and "lift" not in c.tags for c in day_centres)
    assert len(services.day_wishes) == spec.current + spec.wishes
    assert len({w.person_id for w in services.day_wishes}) == len(services.day_wishes)
    assert len(services.relief_grants) == spec.grants
    assert all("(fiktivt)" in t.name for t in services.relief_teams)
    assert services.rules.day_centre_days_per_week == 2


@pytest.mark.parametrize("size", ["XS", "S", "M"])
def test_the_stays_are_generate_s(size: str) -> None:
    scenario, _ = generated(size)
    stays, _ = generate(size, 1)
    assert scenario.centres[: SIZES[size].centres] == stays.centres
    assert (scenario.persons, scenario.requests, scenario.closures) == (
        stays.persons,
        stays.requests,
        stays.closures,
    )


@pytest.mark.parametrize("size", ["S", "M"])
def test_allocated_and_checked_with_a_waiting_list(size: str) -> None:
    scenario, services = generated(size)
    result = allocate(scenario, services, time_limit=60)
    assert result.optimal
    assert check_day_plan(scenario, services, result.plan) == []
    assert result.waiting > 0 and result.granted > 0 and result.refused > 0
    assert check_relief(scenario, services) == []


def test_visits_use_the_hours_and_sometimes_leave_them() -> None:
    _, services = generated("S")
    grants = services.grant_by_id
    per_fortnight = [v for v in services.relief_visits if grants[v.grant_id].per_fortnight]
    assert per_fortnight and len(per_fortnight) < len(services.relief_visits)
    assert all(v.start >= 8 * 60 and v.end <= 21 * 60 for v in services.relief_visits)
    assert any(v.minutes < grants[v.grant_id].minutes for v in services.relief_visits)


def test_the_same_seed_gives_the_same_services() -> None:
    assert generate_with_services("S", 7) == generate_with_services("S", 7)
    assert generate_with_services("S", 7)[1] != generate_with_services("S", 8)[1]


@pytest.mark.parametrize("form", ["folder", "workbook"])
def test_written_and_read_back_the_same(form: str, tmp_path: Path) -> None:
    scenario, services = generated("S")
    path = tmp_path / ("s" if form == "folder" else "s.xlsx")
    if form == "folder":
        write_scenario(scenario, path, "haderslev", services)
    else:
        write_scenario_xlsx(scenario, path, "haderslev", services)
    assert read_scenario_with_services(path) == (scenario, services)
