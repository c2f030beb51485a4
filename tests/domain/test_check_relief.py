"""The relief checker on the tiny scenarios of ``tests/data/relief_rules``: each folder's
visits and grants keep every rule, and its ``*-broken.csv`` files (put in place of the files of
the same name) break that folder's rule only. Then the rules one by one on hand-made cases:
periods counted from the grant's start, hours that lapse, the night across midnight, touching
visits."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from scheduler.domain.check_relief import check_relief
from scheduler.domain.check_violation import Violation, format_violation
from scheduler.domain.model import Person, Scenario
from scheduler.domain.relief import FORTNIGHT_DAYS, WEEK_DAYS, ReliefGrant, ReliefTeam, ReliefVisit
from scheduler.domain.services import ServiceRules, Services
from scheduler.io.scenario_reader import read_scenario_with_services
from tests.builders import rules_with

RULES_DIR = Path(__file__).resolve().parents[1] / "data" / "relief_rules"

BROKEN_RULE = {
    "eligibility": "relief_eligibility",
    "grants_overlap": "relief_grants_overlap",
    "hours_fortnight": "relief_hours",
    "hours_from_start": "relief_hours",
    "hours_lapse": "relief_hours",
    "hours_week": "relief_hours",
    "night": "relief_night",
    "outside_grant": "relief_outside_grant",
    "overlap": "relief_overlap",
    "team_hours": "relief_team_hours",
}


def variant(folder: str, tmp_path: Path, broken: bool) -> list[Violation]:
    source = RULES_DIR / folder
    target = tmp_path / folder
    shutil.copytree(source, target)
    if broken:
        for replacement in target.glob("*-broken.csv"):
            replacement.replace(target / replacement.name.replace("-broken", ""))
    scenario, services = read_scenario_with_services(target)
    return check_relief(scenario, services)


def test_every_folder_is_tested() -> None:
    assert sorted(p.name for p in RULES_DIR.iterdir() if p.is_dir()) == sorted(BROKEN_RULE)


@pytest.mark.parametrize("folder", sorted(BROKEN_RULE))
def test_kept_visits_keep_every_rule(folder: str, tmp_path: Path) -> None:
    assert variant(folder, tmp_path, broken=False) == []


@pytest.mark.parametrize(("folder", "rule"), sorted(BROKEN_RULE.items()))
def test_broken_visits_break_only_their_rule(folder: str, rule: str, tmp_path: Path) -> None:
    found = variant(folder, tmp_path, broken=True)
    assert found and {v.rule for v in found} == {rule}
    for violation in found:
        assert "{" not in format_violation(violation, "da") + format_violation(violation, "en")


# hand-made cases

PERSONS = (Person("P1", "Testborger (fiktiv)"), Person("P2", "Testborger 2 (fiktiv)"))


def judge(
    visits: list[tuple[str, date, str, str]],
    *,
    period: int = WEEK_DAYS,
    hours: float = 3,
    start: date = date(2027, 1, 4),
    night: tuple[str, str] | None = None,
    teams: tuple[ReliefTeam, ...] = (),
) -> list[str]:
    """The rules broken by ``visits`` (grant, day, start, end) under G1 (P1) and G2 (P2)."""

    def minute(text: str) -> int:
        hour, minutes = text.split(":")
        return int(hour) * 60 + int(minutes)

    grants = tuple(
        ReliefGrant(g, p, round(hours * 60), period, start, team_id="T1" if teams else None)
        for g, p in (("G1", "P1"), ("G2", "P2"))
    )
    rules = ServiceRules(relief_hours_per_week=3)
    if night:
        rules = ServiceRules(
            relief_no_night_from=minute(night[0]), relief_no_night_to=minute(night[1])
        )
    services = Services(
        rules=rules,
        relief_grants=grants,
        relief_visits=tuple(
            ReliefVisit(f"V{n}", g, day, minute(a), minute(b))
            for n, (g, day, a, b) in enumerate(visits, start=1)
        ),
        relief_teams=teams,
    )
    scenario = Scenario(rules_with(), date(2027, 1, 1), date(2028, 1, 1), persons=PERSONS)
    return [v.rule for v in check_relief(scenario, services)]


def test_exactly_the_hours_of_a_week_are_allowed_one_minute_more_is_not() -> None:
    day = date(2027, 1, 5)
    assert judge([("G1", day, "10:00", "13:00")]) == []
    assert judge([("G1", day, "10:00", "13:01")]) == ["relief_hours"]


def test_hours_do_not_carry_over_nor_come_forward() -> None:
    # nothing in week 1 (4–10 Jan): week 2 still has 3 hours; week 3 cannot lend to week 2
    assert judge([("G1", date(2027, 1, 12), "09:00", "12:00")]) == []
    assert judge(
        [("G1", date(2027, 1, 12), "09:00", "12:00"), ("G1", date(2027, 1, 17), "09:00", "10:00")]
    ) == ["relief_hours"]


def test_a_fortnight_may_be_used_in_one_week() -> None:
    two_weeks = [("G1", date(2027, 1, 5), "08:00", "14:00")]
    assert judge(two_weeks, period=FORTNIGHT_DAYS, hours=6) == []
    assert judge(two_weeks, period=WEEK_DAYS, hours=3) == ["relief_hours"]
    # the next fortnight starts on day 15 (18 January)
    assert (
        judge(
            [*two_weeks, ("G1", date(2027, 1, 18), "08:00", "14:00")],
            period=FORTNIGHT_DAYS,
            hours=6,
        )
        == []
    )


def test_the_night_wraps_past_midnight() -> None:
    night = ("22:00", "06:00")
    assert judge([("G1", date(2027, 1, 5), "06:00", "08:00")], night=night) == []
    assert judge([("G1", date(2027, 1, 5), "20:00", "22:00")], night=night) == []
    assert judge([("G1", date(2027, 1, 5), "05:59", "07:00")], night=night) == ["relief_night"]
    assert judge([("G1", date(2027, 1, 5), "21:00", "22:01")], night=night) == ["relief_night"]
    assert judge([("G1", date(2027, 1, 5), "21:00", "24:00")], night=night) == ["relief_night"]


def test_a_night_inside_one_day() -> None:
    midday = ("12:00", "13:00")  # a strange profile, but a rule all the same
    assert judge([("G1", date(2027, 1, 5), "10:00", "12:00")], night=midday) == []
    assert judge([("G1", date(2027, 1, 5), "10:00", "12:30")], night=midday) == ["relief_night"]


def test_visits_of_different_persons_may_overlap_those_of_one_may_touch() -> None:
    day = date(2027, 1, 5)
    assert judge([("G1", day, "10:00", "11:00"), ("G2", day, "10:00", "11:00")]) == []
    assert judge([("G1", day, "10:00", "11:00"), ("G1", day, "11:00", "12:00")]) == []
    assert judge([("G1", day, "10:00", "12:00"), ("G1", day, "10:30", "11:00")]) == [
        "relief_overlap"
    ]


def test_a_team_counts_iso_weeks() -> None:
    team = (ReliefTeam("T1", 4 * 60),)
    sunday, monday = date(2027, 1, 10), date(2027, 1, 11)
    assert (
        judge([("G1", sunday, "10:00", "13:00"), ("G2", monday, "10:00", "13:00")], teams=team)
        == []
    )
    assert judge(
        [("G1", monday, "10:00", "13:00"), ("G2", monday, "13:00", "15:00")], teams=team
    ) == ["relief_team_hours"]
