"""Properties of the relief checker on random grants and visits, each rule against a plain
count of its own: hours per period of the grant (unused hours lapse), the night, one visit at a
time, the teams' ISO weeks."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from scheduler.domain.check_relief import check_relief
from scheduler.domain.model import Person, Scenario
from scheduler.domain.relief import ReliefGrant, ReliefTeam, ReliefVisit
from scheduler.domain.services import ServiceRules, Services
from tests.builders import rules_with

FIRST = date(2027, 1, 1)
PERSONS = tuple(Person(f"P{n}", f"Testborger {n} (fiktiv)") for n in (1, 2))


@st.composite
def relief(draw: st.DrawFn) -> tuple[Scenario, Services]:
    grants = tuple(
        ReliefGrant(
            f"G{n}",
            f"P{n}",
            draw(st.sampled_from([60, 90, 180, 360])),
            draw(st.sampled_from([7, 14])),
            FIRST + timedelta(days=draw(st.integers(0, 6))),
            team_id="T1",
        )
        for n in (1, 2)
    )
    visits = []
    for number in range(draw(st.integers(0, 8))):
        grant = draw(st.sampled_from(grants))
        start = draw(st.integers(0, 46)) * 30
        length = draw(st.sampled_from([30, 60, 90, 120]))
        visits.append(
            ReliefVisit(
                f"V{number}",
                grant.grant_id,
                grant.start + timedelta(days=draw(st.integers(0, 27))),
                start,
                min(start + length, 1440),
            )
        )
    night = draw(st.sampled_from([None, (22 * 60, 6 * 60), (23 * 60, 7 * 60)]))
    rules = ServiceRules(relief_hours_per_week=6)
    if night:
        rules = ServiceRules(relief_no_night_from=night[0], relief_no_night_to=night[1])
    services = Services(
        rules=rules,
        relief_grants=grants,
        relief_visits=tuple(visits),
        relief_teams=(ReliefTeam("T1", draw(st.sampled_from([120, 240, 600]))),),
    )
    scenario = Scenario(rules_with(), FIRST, date(2028, 1, 1), persons=PERSONS)
    return scenario, services


@settings(max_examples=300, deadline=None)
@given(relief())
def test_each_rule_agrees_with_a_plain_count(case: tuple[Scenario, Services]) -> None:
    scenario, services = case
    found = Counter(v.rule for v in check_relief(scenario, services))
    grants = services.grant_by_id
    periods = Counter[tuple[str, int]]()
    for visit in services.relief_visits:
        grant = grants[visit.grant_id]
        periods[grant.grant_id, (visit.day - grant.start).days // grant.period_days] += (
            visit.end - visit.start
        )
    over = sum(1 for (g, _), minutes in periods.items() if minutes > grants[g].minutes)
    assert found["relief_hours"] == over
    rules = services.rules
    nightly = 0
    if rules.relief_no_night_from is not None and rules.relief_no_night_to is not None:
        for visit in services.relief_visits:
            minutes = range(visit.start, visit.end)
            nightly += any(
                m >= rules.relief_no_night_from or m < rules.relief_no_night_to for m in minutes
            )
    assert found["relief_night"] == nightly
    weeks = Counter[tuple[int, int]]()
    for visit in services.relief_visits:
        year, week, _ = visit.day.isocalendar()
        weeks[year, week] += visit.end - visit.start
    most = services.relief_teams[0].minutes_per_week
    assert found["relief_team_hours"] == sum(1 for m in weeks.values() if m > most)
    at_once = 0
    for person in ("P1", "P2"):
        own = [v for v in services.relief_visits if grants[v.grant_id].person_id == person]
        busy = Counter((v.day, m) for v in own for m in range(v.start, v.end))
        at_once += any(count > 1 for count in busy.values())
    assert (found["relief_overlap"] > 0) == (at_once > 0)
    assert set(found) <= {"relief_hours", "relief_night", "relief_team_hours", "relief_overlap"}
