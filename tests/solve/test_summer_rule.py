"""The 15 March rule: a late summer wish never takes a night a timely wish could use, and a
wish received on 15 March itself is on time."""

from __future__ import annotations

from datetime import date

from scheduler.domain.model import Centre, MonthDay, Person, Request, Scenario
from scheduler.domain.objective import Tier, tier_of
from scheduler.solve import METHODS, solve
from tests.builders import rules_with

RULES = rules_with(name="Haderslev", summer_deadline=MonthDay(3, 15), max_stay_nights=14)


def _one_bed(*requests: Request) -> Scenario:
    return Scenario(
        RULES,
        date(2027, 1, 1),
        date(2028, 1, 1),
        centres=(Centre("C1", "Solsikken", "plejecenter", 1),),
        persons=(Person("P1", "A"), Person("P2", "B")),
        requests=requests,
    )


def _wish(request_id: str, person_id: str, received: date, start: date, end: date) -> Request:
    return Request(request_id, person_id, received, start, end)


def test_15_march_is_on_time_and_16_march_is_late() -> None:
    on_time = _wish("R1", "P1", date(2027, 3, 15), date(2027, 7, 1), date(2027, 7, 8))
    late = _wish("R2", "P1", date(2027, 3, 16), date(2027, 7, 1), date(2027, 7, 8))
    assert tier_of(on_time, RULES) is Tier.TIMELY
    assert tier_of(late, RULES) is Tier.LATE


def test_a_wish_touching_the_window_only_on_its_last_night_is_a_summer_wish() -> None:
    touching = _wish("R1", "P1", date(2027, 4, 1), date(2027, 4, 25), date(2027, 5, 2))
    outside = _wish("R2", "P1", date(2027, 4, 1), date(2027, 4, 24), date(2027, 5, 1))
    assert tier_of(touching, RULES) is Tier.LATE
    assert tier_of(outside, RULES) is Tier.TIMELY


def test_an_early_late_wish_loses_the_bed_to_a_later_timely_one() -> None:
    # The late wish arrived first and asks for more nights; the timely one still wins the bed.
    late = _wish("R1", "P1", date(2027, 3, 16), date(2027, 7, 1), date(2027, 7, 15))
    timely = _wish("R2", "P2", date(2027, 3, 15), date(2027, 7, 5), date(2027, 7, 10))
    result = solve(_one_bed(late, timely), time_limit=10)
    assert result.plan.by_request["R2"].stay is not None
    assert result.plan.by_request["R1"].stay is None


def test_late_wishes_get_the_nights_timely_ones_cannot_use() -> None:
    timely = _wish("R1", "P1", date(2027, 3, 1), date(2027, 7, 1), date(2027, 7, 8))
    late = _wish("R2", "P2", date(2027, 4, 1), date(2027, 7, 8), date(2027, 7, 15))
    for method in METHODS:
        plan = solve(_one_bed(timely, late), time_limit=10, method=method).plan
        assert plan.by_request["R1"].stay is not None
        assert plan.by_request["R2"].stay is not None
