"""The first rejection reason, cross-checked against the stay rules on random tiny scenarios.

``first_reason`` narrows a request's starts step by step; here the same answer is found the long
way: try the request at every start of its flex window and every centre, ask ``stay_violations``
which rules that stay would break next to the plan's granted stays, and read FORMAT.md's list
off those rules.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from scheduler.domain.check_calendar import CentreNights
from scheduler.domain.check_reasons import first_reason, window
from scheduler.domain.checker import stay_violations
from scheduler.domain.model import (
    Centre,
    Closure,
    Person,
    Reason,
    Request,
    Scenario,
    Stay,
)
from tests.builders import rules_with

DAY = timedelta(days=1)
HORIZON = (date(2026, 12, 20), date(2027, 1, 20))  # spans New Year
TAGS = st.frozensets(st.sampled_from(["demens", "lift"]))


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    """A tiny scenario over a month around New Year, rich in every kind of conflict."""
    rules = rules_with(
        annual_nights=draw(st.integers(2, 12)),
        max_stay_nights=draw(st.none() | st.integers(2, 6)),
        arrival_weekdays=draw(st.frozensets(st.integers(1, 7), min_size=1)),
    )
    centres = tuple(
        Centre(
            f"C{i}",
            "Testcenter (fiktivt)",
            draw(st.sampled_from(["plejecenter", "botilbud"])),
            draw(st.integers(0, 2)),
            draw(TAGS),
        )
        for i in range(draw(st.integers(1, 2)))
    )
    closures = tuple(
        Closure(centre.centre_id, start, start + draw(st.integers(1, 6)) * DAY, 1)
        for centre in centres
        if draw(st.booleans())
        for start in [HORIZON[0] + draw(st.integers(0, 25)) * DAY]
    )
    persons = tuple(
        Person(
            f"P{i}",
            "Testborger (fiktiv)",
            draw(TAGS),
            draw(st.none() | st.integers(2, 12)),
            draw(st.integers(0, 8)),
            draw(st.booleans()),
            draw(st.booleans()),
        )
        for i in range(draw(st.integers(1, 3)))
    )
    requests = []
    for i in range(draw(st.integers(1, 6))):
        start = HORIZON[0] + draw(st.integers(-4, 30)) * DAY
        end = start + draw(st.integers(1, 7)) * DAY
        person = draw(st.sampled_from(persons)).person_id
        requests.append(
            Request(f"R{i}", person, date(2026, 11, 1), start, end, draw(st.integers(0, 3)))
        )
    return Scenario(rules, *HORIZON, centres, closures, persons, tuple(requests))


def candidates(scenario: Scenario, request: Request) -> list[Stay]:
    """The request as a stay at every start of its flex window and every centre."""
    return [
        Stay(request.request_id, centre.centre_id, 0, start, start + request.nights * DAY)
        for start in window(request)
        for centre in scenario.centres
    ]


def broken_keys(scenario: Scenario, granted: list[Stay], candidate: Stay) -> set[str]:
    return {v.key for v in stay_violations(scenario, [*granted, candidate], check_beds=False)}


def greedy_plan(scenario: Scenario) -> list[Stay]:
    """Grant each request, in order, at the first candidate that breaks no rule."""
    granted: list[Stay] = []
    for request in scenario.requests:
        for candidate in candidates(scenario, request):
            if not broken_keys(scenario, granted, candidate):
                granted.append(candidate)
                break
    return granted


def reason_the_long_way(scenario: Scenario, granted: list[Stay], request: Request) -> Reason | None:
    """FORMAT.md's list read off the rules each candidate stay would break."""
    broken = {
        (c.start, c.centre_id): broken_keys(scenario, granted, c)
        for c in candidates(scenario, request)
    }
    everywhere = set.intersection(*broken.values())
    for key, reason in [
        ("checker.eligibility_helper", Reason.SELF_APPOINTED_HELPER),
        ("checker.eligibility_consent", Reason.NO_CONSENT),
    ]:
        if key in everywhere:
            return reason
    suitable = {
        place: keys
        for place, keys in broken.items()
        if not keys & {"checker.suitability_kind", "checker.suitability_needs"}
    }
    if not suitable:
        return Reason.NO_SUITABLE_CENTRE
    if "checker.stay_limit" in everywhere:
        return Reason.STAY_LIMIT
    steps = [
        ("checker.horizon", Reason.OUTSIDE_HORIZON),
        ("checker.weekday", Reason.ARRIVAL_DAY),
        ("checker.annual_limit", Reason.ANNUAL_LIMIT),
        ("checker.person_overlap", Reason.PERSON_OVERLAP),
    ]
    for key, reason in steps:
        suitable = {place: keys for place, keys in suitable.items() if key not in keys}
        if not suitable:
            return reason
    return None if any(not keys for keys in suitable.values()) else Reason.CAPACITY


@settings(max_examples=300, deadline=None)
@given(scenarios())
def test_first_reason_agrees_with_the_stay_rules(scenario: Scenario) -> None:
    granted = greedy_plan(scenario)
    centre_nights = CentreNights(scenario, granted)
    granted_ids = {s.request_id for s in granted}
    for request in scenario.requests:
        if request.request_id in granted_ids:
            continue
        others = [
            s
            for s in granted
            if scenario.request_by_id[s.request_id].person_id == request.person_id
        ]
        verdict = first_reason(scenario, request, others, centre_nights)
        expected = reason_the_long_way(scenario, granted, request)
        assert verdict.reason == expected
        # the greedy pass tried every candidate, and later grants only take room away
        assert verdict.fit is None and expected is not None


@settings(max_examples=100, deadline=None)
@given(scenarios())
def test_a_fitting_request_fits_where_the_checker_says(scenario: Scenario) -> None:
    granted = greedy_plan(scenario)
    for stay in granted:
        request = scenario.request_by_id[stay.request_id]
        rest = [s for s in granted if s is not stay]
        others = [
            s for s in rest if scenario.request_by_id[s.request_id].person_id == request.person_id
        ]
        verdict = first_reason(scenario, request, others, CentreNights(scenario, rest))
        assert verdict.reason is None and verdict.fit is not None
        start, centre = verdict.fit
        moved = Stay(request.request_id, centre, 0, start, start + request.nights * DAY)
        assert not broken_keys(scenario, rest, moved)
