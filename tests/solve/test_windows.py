"""Windows of nights for mending a plan: widening, merging, and which candidates they free."""

from __future__ import annotations

from datetime import date, timedelta

from scheduler.domain.model import Centre, Person, Request, Scenario
from scheduler.solve.instance import build_instance
from scheduler.solve.windows import around, freed, inside
from tests.builders import BASE_RULES

DAY = date(2027, 3, 1)


def test_windows_widen_within_the_horizon_and_merge_where_they_touch() -> None:
    assert around([(5, 7), (0, 2)], 0, 30) == [(0, 2), (5, 7)]
    assert around([(5, 7), (0, 2)], 3, 30) == [(0, 10)]
    assert around([(25, 29)], 7, 30) == [(18, 30)]
    assert around([(4, 6), (6, 8)], 0, 30) == [(4, 8)]


def test_a_stay_is_inside_when_it_shares_a_night() -> None:
    windows = [(5, 7)]
    assert inside(windows, 6, 9)
    assert inside(windows, 3, 6)  # nights 3, 4, 5
    assert not inside(windows, 2, 5)  # leaves on day 5: nights 2, 3, 4
    assert not inside(windows, 7, 8)


def test_left_stays_may_take_any_start_in_the_window_the_others_only_their_own() -> None:
    centres = (Centre("A", "A", "plejecenter", 1, frozenset()),)
    persons = (Person("P1", "Et"), Person("P2", "To"), Person("P3", "Tre"))
    requests = (
        Request("R1", "P1", DAY, DAY + timedelta(4), DAY + timedelta(6), flex_days=3),
        Request("R2", "P2", DAY, DAY + timedelta(4), DAY + timedelta(6), flex_days=3),
        Request("R3", "P3", DAY, DAY + timedelta(20), DAY + timedelta(22)),
    )
    scenario = Scenario(BASE_RULES, DAY, DAY + timedelta(30), centres, (), persons, requests)
    instance = build_instance(scenario)
    picks = {"R1": (("A",), 4), "R2": (("A",), 4), "R3": (("A",), 20)}
    found = {c.request_id: c.starts for c in freed(instance, picks, {"R1"}, [(3, 8)])}
    assert found == {"R1": (4, 3, 5, 2, 6, 7), "R2": (4,)}
