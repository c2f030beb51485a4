"""The scenario generator: sizes, determinism, and the realism the solver needs to be tested."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import pytest

from scheduler.domain.model import Request, Scenario
from scheduler.domain.objective import is_late_summer_wish, summer_year
from scheduler.generate import SIZES, generate, generate_with_services
from scheduler.generate.tags import CAPABILITIES
from scheduler.io.scenario_reader import read_scenario, read_scenario_with_services
from scheduler.io.scenario_writer import write_scenario, write_scenario_xlsx

DEMO = Path(__file__).resolve().parents[1] / "data" / "demo" / "haderslev-2027"
CARE_TAGS = {c.tag for c in CAPABILITIES}


@cache
def scenario_of(size: str, seed: int = 2027) -> Scenario:
    """Generated once per size and seed for the whole test run."""
    scenario, profile = generate(size, seed)
    assert profile == "haderslev"
    return scenario


def summer_wishes(scenario: Scenario) -> list[Request]:
    return [
        r
        for r in scenario.requests
        if not r.is_acute and summer_year(r, scenario.rules) is not None
    ]


def demand_ratios(scenario: Scenario) -> tuple[float, float]:
    """Wished nights over available bed-nights, inside and outside the summer window."""
    first, last = scenario.rules.summer_window(scenario.horizon_start.year)
    nights = (scenario.horizon_end - scenario.horizon_start).days
    days = [scenario.horizon_start + timedelta(days=i) for i in range(nights)]
    in_summer = {d: first <= d <= last for d in days}
    capacity = Counter[bool]()
    for day in days:
        capacity[in_summer[day]] += sum(c.beds for c in scenario.centres)
    for closure in scenario.closures:
        for i in range((closure.end - closure.start).days):
            capacity[in_summer[closure.start + timedelta(days=i)]] -= closure.beds_closed
    demand = Counter[bool]()
    for request in scenario.requests:
        for i in range(request.nights):
            day = request.start + timedelta(days=i)
            if day in in_summer:
                demand[in_summer[day]] += 1
    return demand[True] / capacity[True], demand[False] / capacity[False]


@pytest.mark.parametrize("size", ["S", "M", "L"])
def test_sizes_have_the_stated_counts(size: str) -> None:
    scenario, spec = scenario_of(size), SIZES[size]
    assert len(scenario.centres) == spec.centres
    assert sum(c.beds for c in scenario.centres) == spec.beds
    assert len(scenario.persons) == spec.persons
    assert len(scenario.requests) == spec.requests
    assert scenario.bookings == ()
    assert (scenario.horizon_start, scenario.horizon_end) == (date(2027, 1, 1), date(2028, 1, 1))


def test_the_counts_are_exact() -> None:
    assert (SIZES["S"].centres, SIZES["S"].beds, SIZES["S"].persons, SIZES["S"].requests) == (
        4,
        12,
        150,
        450,
    )
    assert (SIZES["M"].centres, SIZES["M"].beds, SIZES["M"].persons, SIZES["M"].requests) == (
        15,
        60,
        1000,
        4000,
    )
    assert (SIZES["L"].centres, SIZES["L"].beds, SIZES["L"].persons, SIZES["L"].requests) == (
        100,
        400,
        6000,
        20000,
    )


def test_same_seed_same_scenario_other_seed_other() -> None:
    assert generate("S", 7) == generate("S", 7)
    assert generate("S", 7)[0] != generate("S", 8)[0]


def test_unknown_size_is_refused() -> None:
    with pytest.raises(ValueError, match="XL"):
        generate("XL", 1)


def test_ids_and_names_are_fictitious_and_unique() -> None:
    scenario = scenario_of("L")
    for items, id_pattern, id_of, name_prefix in (
        (scenario.centres, r"C\d{3}", lambda c: c.centre_id, "Testcenter "),
        (scenario.persons, r"P\d{4}", lambda p: p.person_id, "Borger "),
    ):
        ids = [id_of(item) for item in items]
        assert len(set(ids)) == len(ids)
        assert all(re.fullmatch(id_pattern, i) for i in ids)
        assert all(item.name.startswith(name_prefix) for item in items)
    request_ids = [r.request_id for r in scenario.requests]
    assert len(set(request_ids)) == len(request_ids)
    assert all(re.fullmatch(r"R\d{5}", i) for i in request_ids)
    assert scenario_of("S").centres[0].centre_id == "C01"


@pytest.mark.parametrize("size", ["S", "M", "L"])
def test_summer_demand_is_above_capacity_and_winter_demand_below(size: str) -> None:
    summer, rest = demand_ratios(scenario_of(size))
    assert 1.5 <= summer <= 2.6
    assert rest < (1.25 if size == "M" else 1.0)  # M's counts leave little room in winter


@pytest.mark.parametrize("seed", [1, 2, 2027])
def test_summer_wishes_come_on_time_on_the_deadline_and_late(seed: int) -> None:
    scenario = scenario_of("S", seed)
    wishes = summer_wishes(scenario)
    late = [r for r in wishes if is_late_summer_wish(r, scenario.rules)]
    assert 0.12 <= len(late) / len(wishes) <= 0.3
    assert any(r.received == date(2027, 3, 15) for r in wishes)
    assert all(r.received <= r.start for r in scenario.requests)


def test_most_stays_are_one_or_two_weeks() -> None:
    lengths = Counter(r.nights for r in scenario_of("M").requests)
    assert (lengths[7] + lengths[14]) / sum(lengths.values()) >= 0.6
    assert any(3 <= n <= 10 and n != 7 for n in lengths)


def test_acute_requests_arrive_at_short_notice() -> None:
    acute = [r for r in scenario_of("S").requests if r.is_acute]
    assert acute
    assert all(0 <= (r.start - r.received).days <= 2 for r in acute)
    assert any(r.nights == scenario_of("S").rules.acute_nights for r in acute)


def test_persons_include_ineligible_needy_and_limited_ones() -> None:
    persons = scenario_of("S").persons
    assert any(p.self_appointed_helper for p in persons)
    assert any(not p.consent for p in persons)
    assert any(p.used_nights > 0 for p in persons)
    assert any(p.annual_nights is not None for p in persons)
    needy = [p for p in persons if p.needs & CARE_TAGS]
    assert 0.03 <= len(needy) / len(persons) <= 0.05


def test_needs_are_met_by_only_some_centres() -> None:
    scenario = scenario_of("M")
    needs = {tag for p in scenario.persons for tag in p.needs}
    assert needs
    for tag in needs:
        offering = [c for c in scenario.centres if tag in c.tags]
        assert 0 < len(offering) < len(scenario.centres)


def test_someone_asks_for_more_than_the_yearly_limit() -> None:
    for seed in (1, 2, 3):
        nights = Counter[str]()
        for request in scenario_of("S", seed).requests:
            nights[request.person_id] += request.nights
        assert max(nights.values()) > 42


def test_every_person_asks_and_some_ask_often() -> None:
    per_person = Counter(r.person_id for r in scenario_of("S").requests)
    assert set(per_person) == {p.person_id for p in scenario_of("S").persons}
    assert max(per_person.values()) >= 4


def test_closures_close_one_bed_for_one_to_three_weeks() -> None:
    scenario = scenario_of("M")
    assert scenario.closures
    for closure in scenario.closures:
        centre = scenario.centre_by_id[closure.centre_id]
        assert closure.beds_closed == 1 < centre.beds
        assert (closure.end - closure.start).days in (7, 14, 21) or closure.end == date(2028, 1, 1)


def test_wishes_vary_in_flexibility_priority_and_centre() -> None:
    scenario = scenario_of("S")
    planned = [r for r in scenario.requests if not r.is_acute]
    assert Counter(r.flex_days == 0 for r in planned).most_common(1)[0][0] is True
    assert any(1 <= r.flex_days <= 7 for r in planned)
    assert Counter(r.priority for r in planned).most_common(1)[0][0] == 0
    assert {r.priority for r in planned} >= {1, 2}
    preferred = [r for r in planned if r.preferred_centre is not None]
    assert preferred
    for request in preferred:
        centre = scenario.centre_by_id[request.preferred_centre]  # type: ignore[index]
        assert scenario.person_by_id[request.person_id].needs <= centre.tags


def test_some_stays_are_wished_across_new_year() -> None:
    scenario = scenario_of("S")
    assert any(r.start < scenario.horizon_end < r.end for r in scenario.requests)


def test_a_region_keeps_persons_in_their_district() -> None:
    scenario = scenario_of("L")
    districts = {
        c.centre_id: [t for t in c.tags if t.startswith("område-")] for c in scenario.centres
    }
    assert all(len(tags) == 1 for tags in districts.values())
    assert len({tags[0] for tags in districts.values()}) == SIZES["L"].districts
    with_district = [p for p in scenario.persons if any(t.startswith("område-") for t in p.needs)]
    assert 0.9 <= len(with_district) / len(scenario.persons) < 1
    for person in with_district:
        if not person.needs & CARE_TAGS:
            assert any(person.needs <= c.tags for c in scenario.centres)


def test_a_city_has_no_districts() -> None:
    tags = {t for c in scenario_of("M").centres for t in c.tags}
    assert tags <= CARE_TAGS


@pytest.mark.parametrize("size", ["S", "M"])
def test_written_scenarios_read_back_equal(size: str, tmp_path: Path) -> None:
    scenario = scenario_of(size)
    write_scenario(scenario, tmp_path / "folder", "haderslev")
    assert read_scenario(tmp_path / "folder") == scenario
    write_scenario_xlsx(scenario, tmp_path / "book.xlsx", "haderslev")
    assert read_scenario(tmp_path / "book.xlsx") == scenario


def test_the_demo_is_size_s_seed_2027() -> None:
    scenario, services, _ = generate_with_services("S", 2027)
    assert read_scenario_with_services(DEMO) == (scenario, services)
    # the stays are generate()'s: the services add day centres (no beds) and nothing else
    assert scenario.centres[: SIZES["S"].centres] == scenario_of("S", 2027).centres
    assert scenario.persons == scenario_of("S", 2027).persons
    assert scenario.requests == scenario_of("S", 2027).requests
