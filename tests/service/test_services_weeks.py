"""The figures the app draws of day centres and relief at home, on a hand-checkable case: a
day centre with two seats on Monday and one on Wednesday, closed one Monday; two places (one
from the second week); relief every 14 days with visits in two periods."""

from __future__ import annotations

from datetime import date

from scheduler.domain.daycare import (
    DayClosure,
    DayDecision,
    DayPlace,
    DayPlan,
    DayReason,
    DaySeats,
    DayWish,
)
from scheduler.domain.model import Centre, Person
from scheduler.domain.relief import ReliefGrant, ReliefVisit
from scheduler.domain.services import Services
from scheduler.service.services_view import ServicesView, stay_centres
from scheduler.service.services_weeks import centre_week, person_services, relief_week
from scheduler.store.day_plan_repo import DayRun
from tests.daycare.tiny import DAY_RULES, day_scenario

MONDAY = date(2027, 1, 4)  # week 1 of 2027
PERSONS = [Person("P1", "Et"), Person("P2", "To"), Person("P3", "Tre")]
CENTRES = [Centre("D1", "Dag", "dagcenter", 0), Centre("C1", "Pleje", "plejecenter", 2)]


def _view() -> ServicesView:
    wishes = (
        DayWish("W1", "P1", date(2026, 12, 1), MONDAY, 2, frozenset({1, 3})),
        DayWish("W2", "P2", date(2026, 12, 2), MONDAY, 1, frozenset({1})),
        DayWish("W3", "P3", date(2026, 12, 3), MONDAY, 1, frozenset({3})),
    )
    plan = DayPlan(
        (
            DayDecision("W1", "P1", DayPlace("W1", "D1", frozenset({1, 3}), MONDAY)),
            DayDecision("W2", "P2", DayPlace("W2", "D1", frozenset({1}), date(2027, 1, 11))),
            DayDecision("W3", "P3", reason=DayReason.CAPACITY, queue=1),
        )
    )
    services = Services(
        rules=DAY_RULES,
        day_seats=(DaySeats("D1", 1, 2), DaySeats("D1", 3, 1)),
        day_closures=(DayClosure("D1", date(2027, 1, 18), date(2027, 1, 19)),),
        day_wishes=wishes,
        relief_grants=(ReliefGrant("G1", "P3", 360, 14, MONDAY),),
        relief_visits=(
            ReliefVisit("V1", "G1", date(2027, 1, 5), 480, 660),  # 3 h, period 1
            ReliefVisit("V2", "G1", date(2027, 1, 12), 600, 720),  # 2 h, period 1
            ReliefVisit("V3", "G1", date(2027, 1, 19), 540, 600),  # 1 h, period 2
        ),
    )
    run = DayRun(1, MONDAY, "t", "optimal", 0.1, plan)
    return ServicesView(day_scenario(CENTRES, PERSONS), services, run)


def test_the_week_grid_counts_seats_from_each_places_first_day() -> None:
    view = _view()
    first = centre_week(view, "D1", 2027, 1)
    assert [(c.seats, c.used, c.free) for c in first[:3]] == [(2, 1, 1), (0, 0, 0), (1, 1, 0)]
    second = centre_week(view, "D1", 2027, 2)
    assert [p.person_id for p in second[0].persons] == ["P1", "P2"]
    assert (second[0].used, second[0].free) == (2, 0)


def test_a_closed_day_has_no_one_and_no_free_seat() -> None:
    monday = centre_week(_view(), "D1", 2027, 3)[0]
    assert monday.closed and (monday.used, monday.free, monday.persons) == (0, 0, ())


def test_relief_hours_are_counted_per_period_of_the_grant() -> None:
    view = _view()
    week2 = relief_week(view, 2027, 2)
    assert [(line.visit.visit_id, line.used_minutes) for line in week2] == [("V2", 300)]
    week3 = relief_week(view, 2027, 3)
    assert [(line.visit.visit_id, line.used_minutes) for line in week3] == [("V3", 60)]


def test_a_persons_services() -> None:
    view = _view()
    relief = person_services(view, "P3", date(2027, 1, 20))
    assert relief.day is not None and relief.day.wish.wish_id == "W3"
    assert relief.day.decision is not None and relief.day.decision.queue == 1
    assert [(u.grant.grant_id, u.period_start, u.used_minutes) for u in relief.relief] == [
        ("G1", date(2027, 1, 18), 60)
    ]
    day = person_services(view, "P1", MONDAY)
    assert day.day is not None and day.day.decision is not None
    assert day.day.decision.place is not None and day.relief == ()
    nothing = person_services(view, "P2", MONDAY)
    assert nothing.relief == () and nothing.day is not None


def test_bed_views_leave_day_centres_out() -> None:
    assert [c.centre_id for c in stay_centres(_view().scenario)] == ["C1"]
