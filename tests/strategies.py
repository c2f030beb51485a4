"""Hypothesis strategies for random scenarios: tiny ones for brute force, small ones for
properties. Every generated scenario is valid input (pinned bookings keep the rules)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import assume
from hypothesis import strategies as st

from scheduler.domain.checker import stay_violations
from scheduler.domain.model import (
    ALL_WEEKDAYS,
    Booking,
    Centre,
    Closure,
    MonthDay,
    Person,
    Request,
    RequestKind,
    Rules,
    Scenario,
    Stay,
)
from tests.builders import rules_with

HORIZON_STARTS = (date(2027, 4, 20), date(2027, 12, 22), date(2028, 2, 18))
"""Around the start of the summer window, across New Year (the yearly limit splits), or across
29 February of a leap year (where a grant year from a 29 February begins on 1 March)."""
DEADLINE = date(2027, 3, 15)


@st.composite
def rules(draw: st.DrawFn) -> Rules:
    """Haderslev-like rules with small limits so that they bind in small scenarios, drawing
    every rule key of version 2 too (shortest stay, stays per year, departure weekdays, acute
    stays under their own rules)."""
    weekdays = draw(st.sampled_from([ALL_WEEKDAYS, ALL_WEEKDAYS, frozenset({1, 3, 5, 6})]))
    departures = draw(st.sampled_from([ALL_WEEKDAYS, ALL_WEEKDAYS, frozenset({2, 4, 6, 7})]))
    return rules_with(
        summer_deadline=MonthDay(3, 15),
        acute_nights=3,
        annual_nights=draw(st.integers(2, 10)),
        max_stay_nights=draw(st.sampled_from([None, 3, 4, 6])),
        min_stay_nights=draw(st.sampled_from([None, None, 2])),
        max_stays_per_year=draw(st.sampled_from([None, None, 1, 2])),
        arrival_weekdays=weekdays,
        departure_weekdays=departures,
        acute_counts_toward_limits=draw(st.booleans()),
        acute_eligibility=draw(st.booleans()),
        acute_centre_kinds=draw(
            st.sampled_from([None, None, ("botilbud",), ("plejecenter", "botilbud")])
        ),
    )


def grant_starts(horizon_start: date, horizon_days: int) -> st.SearchStrategy[date | None]:
    """Calendar years mostly; else a grant year that turns inside the horizon, or one from a
    29 February (which turns on 1 March)."""
    inside = st.integers(1, horizon_days - 1).map(
        lambda days: horizon_start.replace(year=horizon_start.year - 2) + timedelta(days=days)
    )
    return st.one_of(st.none(), st.none(), inside, st.just(date(2024, 2, 29)))


@st.composite
def scenarios(
    draw: st.DrawFn,
    max_centres: int = 2,
    max_beds: int = 2,
    max_persons: int = 3,
    max_requests: int = 4,
    horizon_days: int = 20,
    max_flex: int = 1,
    max_length: int = 5,
    bookings: bool = True,
) -> Scenario:
    """A random valid scenario around the start of the summer window (1 May) or New Year."""
    the_rules = draw(rules())
    horizon_start = draw(st.sampled_from(HORIZON_STARTS))
    horizon_end = horizon_start + timedelta(days=horizon_days)
    centre_count = draw(st.integers(1, max_centres))
    centres = tuple(
        Centre(
            f"C{i}",
            f"Centre {i}",
            draw(st.sampled_from(["plejecenter", "plejecenter", "plejecenter", "botilbud"])),
            draw(st.sampled_from([0, *range(1, max_beds + 1), *range(1, max_beds + 1)])),
            draw(
                st.sampled_from([frozenset({"demens"}), frozenset(), frozenset({"demens", "lift"})])
            ),
        )
        for i in range(centre_count)
    )
    closures = tuple(
        Closure(
            c.centre_id, horizon_start + timedelta(days=d), horizon_start + timedelta(days=d + n), 1
        )
        for c in centres
        if draw(st.booleans()) and draw(st.booleans())
        for d, n in [(draw(st.integers(0, horizon_days - 1)), draw(st.integers(1, 5)))]
    )
    persons = tuple(
        Person(
            f"P{i}",
            f"Person {i}",
            needs=draw(
                st.sampled_from([frozenset(), frozenset(), frozenset(), frozenset({"demens"})])
            ),
            annual_nights=draw(st.sampled_from([None, None, 3, 6])),
            used_nights=draw(st.sampled_from([0, 0, 0, 1, 2])),
            self_appointed_helper=draw(st.sampled_from([False] * 9 + [True])),
            consent=draw(st.sampled_from([True] * 9 + [False])),
            used_stays=draw(st.sampled_from([0, 0, 0, 1])),
            grant_start=draw(grant_starts(horizon_start, horizon_days)),
        )
        for i in range(draw(st.integers(1, max_persons)))
    )
    requests = []
    for i in range(draw(st.integers(min(2, max_requests), max_requests))):
        start = horizon_start + timedelta(days=draw(st.integers(-2, horizon_days - 1)))
        length = draw(st.integers(1, max_length))
        received = DEADLINE + timedelta(days=draw(st.integers(-3, 3)))
        requests.append(
            Request(
                f"R{i}",
                draw(st.sampled_from(persons)).person_id,
                received,
                start,
                start + timedelta(days=length),
                flex_days=draw(st.integers(0, max_flex)),
                kind=draw(st.sampled_from([RequestKind.PLANNED] * 4 + [RequestKind.ACUTE])),
                priority=draw(st.sampled_from([0, 0, 0, 1])),
                preferred_centre=draw(st.sampled_from([None, *[c.centre_id for c in centres]])),
            )
        )
    scenario = Scenario(
        the_rules, horizon_start, horizon_end, centres, closures, persons, tuple(requests)
    )
    if not bookings:
        return scenario
    return Scenario(
        the_rules,
        horizon_start,
        horizon_end,
        centres,
        closures,
        persons,
        tuple(requests),
        draw(_bookings(scenario)),
    )


@st.composite
def _bookings(draw: st.DrawFn, scenario: Scenario) -> tuple[Booking, ...]:
    """A few bookings at random places; the pinned ones are kept only if they keep the rules."""
    result = []
    for request in scenario.requests:
        if draw(st.integers(0, 3)) != 0:
            continue
        shift = draw(st.integers(-request.flex_days, request.flex_days))
        centre = draw(st.sampled_from(scenario.centres))
        start = request.start + timedelta(days=shift)
        end = start + timedelta(days=request.nights)
        result.append(
            Booking(request.request_id, centre.centre_id, start, end, draw(st.booleans()))
        )
    pinned = [Stay(b.request_id, b.centre_id, 0, b.start, b.end) for b in result if b.pinned]
    assume(not stay_violations(scenario, pinned, check_beds=False))
    return tuple(result)
