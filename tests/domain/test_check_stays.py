"""Rules of granted stays on their own, on scenarios built in Python, and the night helpers."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from scheduler.domain.check_calendar import (
    nights,
    nights_per_year,
    overlaps_or_touches,
    person_year,
)
from scheduler.domain.checker import Violation, stay_violations
from scheduler.domain.model import Centre, Person, Request, Scenario, Stay
from tests.builders import BASE_RULES

RULES = BASE_RULES
DAY = timedelta(days=1)
MARCH = date(2027, 3, 1)


def scenario(*requests: Request, beds: int = 2) -> Scenario:
    """One plejecenter ``C1`` with ``beds`` beds, persons P1 and P2, and ``requests``."""
    return Scenario(
        rules=RULES,
        horizon_start=date(2027, 1, 1),
        horizon_end=date(2028, 1, 1),
        centres=(Centre("C1", "Testcenter (fiktivt)", "plejecenter", beds),),
        persons=(Person("P1", "Testborger A"), Person("P2", "Testborger B")),
        requests=requests,
    )


def request(rid: str, person: str, start: date, length: int) -> Request:
    return Request(rid, person, date(2027, 1, 10), start, start + length * DAY)


def stay(rid: str, start: date, length: int, bed: int = 1) -> Stay:
    return Stay(rid, "C1", bed, start, start + length * DAY)


def rules_of(found: list[Violation]) -> list[str]:
    return [v.rule for v in found]


def test_overlapping_stays_of_one_person_break_the_rule() -> None:
    s = scenario(request("R1", "P1", MARCH, 7), request("R2", "P1", MARCH + 3 * DAY, 7))
    found = stay_violations(s, [stay("R1", MARCH, 7), stay("R2", MARCH + 3 * DAY, 7, bed=2)])
    assert rules_of(found) == ["person_overlap"]


def test_a_day_between_two_stays_is_enough() -> None:
    s = scenario(request("R1", "P1", MARCH, 7), request("R2", "P1", MARCH + 8 * DAY, 7))
    assert stay_violations(s, [stay("R1", MARCH, 7), stay("R2", MARCH + 8 * DAY, 7)]) == []


def test_bed_freed_on_a_day_takes_an_arrival_that_day() -> None:
    s = scenario(request("R1", "P1", MARCH, 7), request("R2", "P2", MARCH + 7 * DAY, 7), beds=1)
    assert stay_violations(s, [stay("R1", MARCH, 7), stay("R2", MARCH + 7 * DAY, 7)]) == []


def test_bed_clash_is_reported_once_per_pair() -> None:
    s = scenario(request("R1", "P1", MARCH, 7), request("R2", "P2", MARCH, 7))
    (clash,) = stay_violations(s, [stay("R1", MARCH, 7), stay("R2", MARCH, 7)])
    assert (clash.rule, clash.request_ids, clash.params["night"]) == (
        "bed_clash",
        ("R1", "R2"),
        MARCH,
    )


def test_over_full_nights_apart_are_two_violations() -> None:
    s = scenario(
        request("R1", "P1", MARCH, 10),
        request("R2", "P2", MARCH, 2),
        request("R3", "P2", MARCH + 5 * DAY, 2),
        beds=1,
    )
    stays = [stay("R1", MARCH, 10), stay("R2", MARCH, 2), stay("R3", MARCH + 5 * DAY, 2)]
    found = stay_violations(s, stays, check_beds=False)
    assert [(v.rule, v.request_ids) for v in found] == [
        ("capacity", ("R1", "R2")),
        ("capacity", ("R1", "R3")),
    ]


def test_bookings_without_bed_labels_skip_the_bed_checks() -> None:
    s = scenario(request("R1", "P1", MARCH, 7), request("R2", "P2", MARCH, 7))
    unlabelled = [stay("R1", MARCH, 7, bed=0), stay("R2", MARCH, 7, bed=0)]
    assert stay_violations(s, unlabelled, check_beds=False) == []
    assert set(rules_of(stay_violations(s, unlabelled))) == {"bed_label", "bed_clash"}


def test_stay_of_an_unknown_request_is_reported() -> None:
    assert rules_of(stay_violations(scenario(), [stay("R9", MARCH, 3)])) == ["unknown_request"]


dates = st.dates(min_value=date(2026, 11, 1), max_value=date(2028, 2, 1))
lengths = st.integers(min_value=1, max_value=40)


grant_starts = st.one_of(
    st.none(), st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1))
)


@given(dates, lengths, grant_starts)
def test_nights_per_year_add_up_to_the_stay(
    start: date, length: int, grant_start: date | None
) -> None:
    person = Person("P", "P", grant_start=grant_start)
    per_year = nights_per_year(person, start, start + length * DAY)
    assert sum(per_year.values()) == length
    assert set(per_year) <= {person_year(person, start), person_year(person, start + length * DAY)}


def test_grant_years_begin_on_the_grant_day_and_29_february_on_1_march() -> None:
    september = Person("P", "P", grant_start=date(2026, 9, 1))
    assert person_year(september, date(2027, 8, 31)) == 2026
    assert person_year(september, date(2027, 9, 1)) == 2027
    leap = Person("P", "P", grant_start=date(2024, 2, 29))
    assert person_year(leap, date(2028, 2, 28)) == 2027
    assert person_year(leap, date(2028, 2, 29)) == 2027
    assert person_year(leap, date(2028, 3, 1)) == 2028
    assert person_year(leap, date(2027, 3, 1)) == 2027
    assert person_year(Person("P", "P"), date(2027, 1, 1)) == 2027


@given(dates, lengths, dates, lengths)
def test_clash_means_shared_night_or_arrival_on_departure_day(
    a: date, a_len: int, b: date, b_len: int
) -> None:
    a_end, b_end = a + a_len * DAY, b + b_len * DAY
    # a stay "holds" its nights and its departure day
    held_a, held_b = {*nights(a, a_end), a_end}, {*nights(b, b_end), b_end}
    assert overlaps_or_touches((a, a_end), (b, b_end)) == bool(held_a & held_b)
