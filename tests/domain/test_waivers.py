"""Waivers: a stay kept as a recorded exception is excused from exactly the rules waived for
it, never from capacity, and never another stay's."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from scheduler.domain.checker import check_plan, stay_violations
from scheduler.domain.model import (
    Centre,
    Decision,
    Person,
    Plan,
    Request,
    Scenario,
    Stay,
    Waiver,
)
from tests.builders import rules_with

SCENARIO = Scenario(
    rules=rules_with(annual_nights=10),
    horizon_start=date(2027, 1, 1),
    horizon_end=date(2028, 1, 1),
    centres=(Centre("C1", "Et (fiktivt)", "plejecenter", 1),),
    persons=(Person("P1", "Borger (fiktiv)", frozenset({"demens"})),),
    requests=(
        Request("R1", "P1", date(2027, 1, 2), date(2027, 3, 1), date(2027, 3, 8)),
        Request("R2", "P1", date(2027, 1, 2), date(2027, 4, 1), date(2027, 4, 8)),
    ),
)
STAYS = [
    Stay("R1", "C1", 1, date(2027, 3, 1), date(2027, 3, 8)),
    Stay("R2", "C1", 1, date(2027, 4, 1), date(2027, 4, 8)),
]


def _rules(scenario: Scenario, stays: list[Stay] = STAYS) -> list[tuple[str, tuple[str, ...]]]:
    return [(v.rule, v.request_ids) for v in stay_violations(scenario, stays)]


def test_without_waivers_every_rule_is_reported() -> None:
    assert _rules(SCENARIO) == [
        ("suitability", ("R1",)),
        ("suitability", ("R2",)),
        ("annual_limit", ("R1", "R2")),
    ]


def test_a_waiver_excuses_its_own_stay_and_rule_only() -> None:
    waived = replace(SCENARIO, waivers=(Waiver("R1", "suitability"),))
    assert _rules(waived) == [("suitability", ("R2",)), ("annual_limit", ("R1", "R2"))]


def test_a_rule_naming_several_stays_needs_a_waiver_for_each() -> None:
    one = replace(SCENARIO, waivers=(Waiver("R1", "annual_limit"),))
    assert ("annual_limit", ("R1", "R2")) in _rules(one)
    both = replace(one, waivers=(Waiver("R1", "annual_limit"), Waiver("R2", "annual_limit")))
    assert ("annual_limit", ("R1", "R2")) not in _rules(both)


def test_capacity_is_never_waived() -> None:
    clash = [STAYS[0], replace(STAYS[1], start=date(2027, 3, 1), end=date(2027, 3, 8))]
    requests = (
        SCENARIO.requests[0],
        replace(SCENARIO.requests[1], start=date(2027, 3, 1), end=date(2027, 3, 8)),
    )
    waivers = tuple(Waiver(r, rule) for r in ("R1", "R2") for rule in ("capacity", "bed_clash"))
    scenario = replace(SCENARIO, requests=requests, waivers=waivers)
    rules = {rule for rule, _ in _rules(scenario, clash)}
    assert {"capacity", "bed_clash"} <= rules


def test_the_checker_passes_a_plan_whose_broken_rules_are_all_waived() -> None:
    waivers = tuple(
        Waiver(r, rule) for r in ("R1", "R2") for rule in ("suitability", "annual_limit")
    )
    scenario = replace(SCENARIO, waivers=waivers)
    plan = Plan(tuple(Decision(s.request_id, "P1", stay=s) for s in STAYS))
    assert check_plan(scenario, plan) == []
    assert check_plan(SCENARIO, plan) != []
