"""Acute placement under version 2's acute rules: Randers' § 84 stk. 2 stay is the person's own,
so neither the carer's § 94 status, nor consent, nor the used-up yearly nights refuse it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from scheduler.domain.checker import check_plan
from scheduler.domain.model import Centre, Person, Plan, Reason, Scenario
from scheduler.io.profiles import read_profile, rules_from_mapping
from scheduler.service.operations.acute import AcutePlacement, acute_request, place_acute

START = date(2027, 3, 1)


def _scenario(profile_overrides: dict[str, object]) -> Scenario:
    rules, faults = rules_from_mapping(read_profile("randers"), profile_overrides, "r", "o")
    assert rules is not None, faults
    person = Person(
        "P1",
        "Testborger Et (fiktiv)",
        annual_nights=10,
        used_nights=10,
        self_appointed_helper=True,
        consent=False,
    )
    centres = (
        Centre("B1", "Botilbud Egen (fiktivt)", "botilbud", 1),
        Centre("A1", "Akuthuset (fiktivt)", "akutbolig", 1),
    )
    return Scenario(rules, date(2027, 1, 1), date(2028, 1, 1), centres, (), (person,))


def _place(scenario: Scenario) -> tuple[Scenario, AcutePlacement]:
    request = acute_request("A-1", "P1", START, 14, 0, START)
    scenario = replace(scenario, requests=(request,))
    return scenario, place_acute(scenario, Plan(), request, pinned=set())


def test_randers_places_an_acute_stay_that_relief_of_the_carer_would_refuse() -> None:
    scenario, placement = _place(_scenario({}))
    assert placement.reason is None
    assert placement.stay is not None and placement.stay.centre_id == "B1"
    assert check_plan(scenario, placement.change.apply(Plan())) == []


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({"acute_eligibility": True}, Reason.SELF_APPOINTED_HELPER),
        (
            {
                "acute_counts_toward_limits": True,
                "exclude_self_appointed_helper": False,
                "require_consent": False,
            },
            Reason.ANNUAL_LIMIT,
        ),
        ({"acute_centre_kinds": ["akutbolig"], "max_stay_nights": 7}, Reason.STAY_LIMIT),
    ],
)
def test_each_acute_rule_refuses_when_the_profile_says_so(
    overrides: dict[str, object], reason: Reason
) -> None:
    scenario, placement = _place(_scenario(overrides))
    assert placement.reason is reason
    assert check_plan(scenario, placement.change.apply(Plan())) == []


def test_acute_centre_kinds_send_the_acute_stay_to_its_own_kind() -> None:
    _, placement = _place(_scenario({"acute_centre_kinds": ["akutbolig"]}))
    assert placement.stay is not None and placement.stay.centre_id == "A1"
