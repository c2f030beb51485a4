"""The plan checker on the tiny scenarios in ``tests/data/rules``: for every rule a plan that keeps
it (no violation at all) and a plan that breaks exactly that rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from scheduler.domain.checker import Violation, check_plan, format_violation
from scheduler.domain.model import Reason
from scheduler.io.plan_csv import read_plan_csv
from scheduler.io.scenario_reader import read_scenario

RULES_DIR = Path(__file__).resolve().parents[1] / "data" / "rules"

# folder -> the one rule its plan-broken.csv breaks
BROKEN_RULE = {
    "annual_limit": "annual_limit",
    "annual_limit_randers": "annual_limit",
    "bed_clash": "bed_clash",
    "bed_label": "bed_label",
    "capacity": "capacity",
    "closures_add_up": "capacity",
    "duplicate_decision": "duplicate_decision",
    "eligibility_consent": "eligibility",
    "eligibility_helper": "eligibility",
    "flex": "flex",
    "horizon": "horizon",
    "length": "length",
    "missing_decision": "missing_decision",
    "not_maximal": "not_maximal",
    "person_mismatch": "person_mismatch",
    "person_overlap": "person_overlap",
    "pinned_moved": "pinned_moved",
    "stay_limit": "stay_limit",
    "suitability_kind": "suitability",
    "suitability_needs": "suitability",
    "unknown_centre": "unknown_centre",
    "unknown_request": "unknown_request",
    "weekday": "weekday",
    # version 2
    "acute_centre_kinds": "suitability",
    "acute_eligibility": "eligibility",
    "acute_not_counting": "annual_limit",
    "departure_weekday": "weekday",
    "grant_year": "annual_limit",
    "grant_year_leap": "annual_limit",
    "grant_year_used_nights": "annual_limit",
    "min_stay": "stay_limit",
    "stays_limit": "stays_limit",
    "stays_limit_used": "stays_limit",
}

# reason folder -> (the first reason that applies, the later reason plan-broken.csv states)
REASON_FOLDERS = {
    "reason_self_appointed_helper": (Reason.SELF_APPOINTED_HELPER, Reason.NO_CONSENT),
    "reason_no_consent": (Reason.NO_CONSENT, Reason.NO_SUITABLE_CENTRE),
    "reason_no_suitable_centre": (Reason.NO_SUITABLE_CENTRE, Reason.STAY_LIMIT),
    "reason_stay_limit": (Reason.STAY_LIMIT, Reason.OUTSIDE_HORIZON),
    "reason_outside_horizon": (Reason.OUTSIDE_HORIZON, Reason.ARRIVAL_DAY),
    "reason_arrival_day": (Reason.ARRIVAL_DAY, Reason.CAPACITY),
    "reason_annual_limit": (Reason.ANNUAL_LIMIT, Reason.CAPACITY),
    "reason_person_overlap": (Reason.PERSON_OVERLAP, Reason.ANNUAL_LIMIT),
    "reason_person_overlap_after_limit": (Reason.PERSON_OVERLAP, Reason.ANNUAL_LIMIT),
    "reason_capacity": (Reason.CAPACITY, Reason.PERSON_OVERLAP),
    "reason_capacity_after_overlap": (Reason.CAPACITY, Reason.PERSON_OVERLAP),
    # version 2
    "reason_stay_limit_min": (Reason.STAY_LIMIT, Reason.OUTSIDE_HORIZON),
    "reason_arrival_day_departure": (Reason.ARRIVAL_DAY, Reason.CAPACITY),
    "reason_stays_limit": (Reason.STAYS_LIMIT, Reason.PERSON_OVERLAP),
    "reason_annual_limit_before_stays_limit": (Reason.ANNUAL_LIMIT, Reason.STAYS_LIMIT),
    "reason_acute_not_counting": (Reason.CAPACITY, Reason.ANNUAL_LIMIT),
    "reason_acute_eligibility": (Reason.CAPACITY, Reason.NO_CONSENT),
    "reason_no_suitable_centre_acute": (Reason.NO_SUITABLE_CENTRE, Reason.CAPACITY),
}

ALL_FOLDERS = sorted([*BROKEN_RULE, *REASON_FOLDERS])


def check(folder: str, plan: str) -> list[Violation]:
    """Check ``plan`` (a file name) against the scenario in ``tests/data/rules/<folder>``."""
    path = RULES_DIR / folder
    return check_plan(read_scenario(path), read_plan_csv(path / plan))


def test_every_folder_is_tested() -> None:
    assert sorted(p.name for p in RULES_DIR.iterdir() if p.is_dir()) == ALL_FOLDERS


def test_every_reason_has_a_folder() -> None:
    assert {true for true, _ in REASON_FOLDERS.values()} == set(Reason)


@pytest.mark.parametrize("folder", ALL_FOLDERS)
def test_kept_plan_keeps_every_rule(folder: str) -> None:
    assert check(folder, "plan-kept.csv") == []


@pytest.mark.parametrize(("folder", "rule"), sorted(BROKEN_RULE.items()))
def test_broken_plan_breaks_exactly_its_rule(folder: str, rule: str) -> None:
    assert [v.rule for v in check(folder, "plan-broken.csv")] == [rule]


@pytest.mark.parametrize(("folder", "reasons"), sorted(REASON_FOLDERS.items()))
def test_wrong_reason_names_stated_and_true(folder: str, reasons: tuple[Reason, Reason]) -> None:
    true, stated = reasons
    (violation,) = check(folder, "plan-broken.csv")
    assert violation.rule == "wrong_reason"
    assert (violation.params["stated"], violation.params["true"]) == (stated, true)


def test_not_maximal_names_where_the_request_fits() -> None:
    (violation,) = check("not_maximal", "plan-broken.csv")
    assert violation.request_ids == ("R2",)
    assert violation.params["stated"] == Reason.CAPACITY
    assert (violation.params["centre"], str(violation.params["start"])) == ("C1", "2027-03-01")


def test_closures_of_one_centre_add_up() -> None:
    (violation,) = check("closures_add_up", "plan-broken.csv")
    assert violation.request_ids == ("R1", "R2")
    assert [str(violation.params[k]) for k in ("first", "last")] == ["2027-03-06", "2027-03-08"]


def test_yearly_limit_splits_at_new_year_with_used_nights_in_the_first_year() -> None:
    (violation,) = check("annual_limit", "plan-broken.csv")
    assert violation.request_ids == ("R1",)
    assert {k: violation.params[k] for k in ("year", "nights", "used", "limit")} == {
        "year": 2026,
        "nights": 11,
        "used": 5,
        "limit": 10,
    }


def test_touching_stays_are_one_stay_too_many() -> None:
    (violation,) = check("person_overlap", "plan-broken.csv")
    assert violation.request_ids == ("R1", "R2")


def test_pinned_booking_may_change_bed_but_not_dates() -> None:
    # plan-kept.csv gives the pinned stay bed 2 where the booking said bed 1
    assert check("pinned_moved", "plan-kept.csv") == []
    (violation,) = check("pinned_moved", "plan-broken.csv")
    assert violation.key == "checker.pinned_moved"


@pytest.mark.parametrize("folder", ALL_FOLDERS)
def test_messages_read_in_danish_and_english(folder: str) -> None:
    (violation,) = check(folder, "plan-broken.csv")
    danish, english = format_violation(violation), format_violation(violation, lang="en")
    assert danish != english
    for text in (danish, english):
        assert text and "\n" not in text and "{" not in text
    if violation.rule != "capacity":  # an over-full centre may involve many requests
        for request_id in violation.request_ids:
            assert request_id in danish


def test_danish_is_the_default_and_reasons_are_in_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RESPITE_LANG", raising=False)
    (violation,) = check("reason_capacity", "plan-broken.csv")
    assert "ingen ledig plads" in format_violation(violation)
    assert "no free bed" in format_violation(violation, lang="en")


def test_weekday_is_named() -> None:
    (violation,) = check("weekday", "plan-broken.csv")
    assert "tirsdag" in format_violation(violation)
    assert "Tuesday" in format_violation(violation, lang="en")


def test_too_short_a_stay_breaks_the_stay_limit_with_its_own_message() -> None:
    (violation,) = check("min_stay", "plan-broken.csv")
    assert violation.key == "checker.stay_limit_min"
    assert (violation.params["nights"], violation.params["limit"]) == (2, 3)
    assert "mindst 3" in format_violation(violation)


def test_departure_weekday_is_named() -> None:
    (violation,) = check("departure_weekday", "plan-broken.csv")
    assert violation.key == "checker.departure_weekday"
    assert "mandag" in format_violation(violation)
    assert "Monday" in format_violation(violation, lang="en")


def test_used_stays_count_only_in_the_year_holding_horizon_start() -> None:
    # the stay arriving 2026-12-28 counts in 2026 although most of its nights are in 2027
    (violation,) = check("stays_limit_used", "plan-broken.csv")
    assert violation.request_ids == ("R1", "R2")
    assert {k: violation.params[k] for k in ("year", "stays", "used", "limit")} == {
        "year": 2026,
        "stays": 3,
        "used": 1,
        "limit": 2,
    }


def test_grant_year_splits_the_nights_at_its_anniversary() -> None:
    (violation,) = check("grant_year", "plan-broken.csv")
    assert violation.request_ids == ("R1", "R2")
    assert violation.params["period"] == "2026-09-01–2027-08-31"
    assert violation.params["nights"] == 11


def test_grant_year_from_29_february_begins_on_1_march() -> None:
    # the nights of 28 and 29 February 2028 belong to the year that began on 1 March 2027
    (violation,) = check("grant_year_leap", "plan-broken.csv")
    assert violation.params["period"] == "2027-03-01–2028-02-29"
    assert (violation.params["year"], violation.params["nights"]) == (2027, 11)


def test_used_nights_count_in_the_grant_year_holding_horizon_start() -> None:
    # that grant year began on 2026-09-01, before the horizon; the next one has no used nights
    (violation,) = check("grant_year_used_nights", "plan-broken.csv")
    assert violation.request_ids == ("R1", "R2")
    assert {k: violation.params[k] for k in ("year", "nights", "used", "limit")} == {
        "year": 2026,
        "nights": 13,
        "used": 6,
        "limit": 10,
    }


def test_acute_stays_do_not_count_where_the_profile_says_so() -> None:
    # Randers: the acute stay R1 (14 nights, over the person's 7) is not among the counted
    (violation,) = check("acute_not_counting", "plan-broken.csv")
    assert violation.request_ids == ("R2", "R3")
    assert violation.params["nights"] == 8
