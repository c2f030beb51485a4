"""Recording what happened to a stay (arrival, no-show, early departure) and the yearly
accounts that follow from the records, on both engines, in the world of ``casework_world``."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from scheduler.domain.checker import check_plan
from scheduler.service.casework import (
    all_year_accounts,
    change_stay,
    person_account,
    record_arrival,
    record_departure,
    record_no_show,
)
from scheduler.service.errors import UserError
from scheduler.service.operations import accept_offer, waiting_list
from scheduler.service.planning import make_plan
from scheduler.service.publishing import publish
from scheduler.service.versions import (
    VersionOrigin,
    list_versions,
    load_plan,
    load_scenario,
)
from tests.store.casework_world import log, published_world, sound

LATER = date(2027, 12, 31)
"""The day the records are made: after every day of the world's stays."""


@pytest.fixture
def world(store: Engine) -> Engine:
    return published_world(store)


def _unchanged(engine: Engine) -> tuple[object, ...]:
    return (load_plan(engine), load_scenario(engine), list_versions(engine), log(engine))


def test_an_arrival_on_the_day_changes_no_plan(world: Engine) -> None:
    outcome = record_arrival(world, "R3", date(2027, 3, 15), "leder-c2", centre="C2", today=LATER)
    assert (outcome.version, outcome.freed_nights) == (None, 0)
    assert outcome.record.arrived == date(2027, 3, 15)
    assert len(list_versions(world)) == 2
    assert log(world)[-1] == ("leder-c2", "record_arrival", "stay", ["R3"])
    account = person_account(world, "P3")
    (year,) = account.years
    assert (year.recorded, year.promised, year.used, year.left) == (7, 7, 7, 28)
    assert account.stays[0].record == outcome.record


def test_a_late_arrival_gives_the_nights_before_it_back(world: Engine) -> None:
    outcome = record_arrival(world, "R3", date(2027, 3, 17), "planner", today=LATER)
    assert (outcome.version, outcome.freed_nights) == (3, 2)
    info = list_versions(world)[-1]
    assert (info.number, info.origin) == (3, VersionOrigin.RECORDED)
    stay = load_plan(world).by_request["R3"].stay
    assert stay is not None and (stay.start, stay.end) == (date(2027, 3, 17), date(2027, 3, 22))
    request = load_scenario(world).request_by_id["R3"]
    assert (request.start, request.end) == (date(2027, 3, 17), date(2027, 3, 22))
    assert outcome.record.planned_start == date(2027, 3, 15)
    sound(world)


def test_a_no_show_frees_the_bed_for_the_waiting_list(world: Engine) -> None:
    assert waiting_list(world) == []
    outcome = record_no_show(world, "R2", "planner", today=LATER)
    assert (outcome.stay, outcome.freed_nights, outcome.version) == (None, 7, 3)
    assert "R2" not in load_plan(world).by_request
    assert "R2" not in load_scenario(world).request_by_id  # it is no longer planned
    offers = waiting_list(world)
    assert [(o.request_id, o.stay.centre_id) for o in offers] == [("R7", "C2")]
    (year,) = person_account(world, "P2").years
    assert (year.opening, year.recorded, year.promised, year.left) == (3, 0, 10, 7)
    assert [r.request_id for r in person_account(world, "P2").no_shows] == ["R2"]
    make_plan(world, 10.0, "planner", method="greedy")
    assert "R2" not in load_plan(world).by_request
    sound(world)


def test_an_early_departure_is_kept_although_it_is_shorter_than_a_stay_may_be(
    world: Engine,
) -> None:
    record_arrival(world, "R2", date(2027, 3, 1), "planner", today=LATER)
    outcome = record_departure(world, "R2", date(2027, 3, 2), "planner", today=LATER)
    assert (outcome.freed_nights, outcome.version) == (6, 3)
    stay = load_plan(world).by_request["R2"].stay
    assert stay is not None and (stay.start, stay.end) == (date(2027, 3, 1), date(2027, 3, 2))
    # 1 night, under the 3 at least: what happened is not judged; the freed room is an offer
    found = check_plan(load_scenario(world), load_plan(world))
    assert [(v.rule, v.request_ids) for v in found] == [("not_maximal", ("R7",))]
    offers = waiting_list(world)
    assert [(o.request_id, o.stay.centre_id) for o in offers] == [("R7", "C2")]
    plan = make_plan(world, 10.0, "planner", method="greedy")
    assert plan.version.granted == 9  # R7 now fits; R2's short stay is kept, not refused
    publish(world, None, "planner")
    sound(world)
    accounts = {(y.person_id, y.year): y for y in all_year_accounts(world)}
    p2 = accounts["P2", 2027]
    assert (p2.opening, p2.recorded, p2.promised, p2.used, p2.granted, p2.left) == (
        3,
        1,
        10,
        4,
        11,
        6,
    )
    assert (p2.opening_stays, p2.recorded_stays, p2.promised_stays, p2.stays_left) == (
        1,
        1,
        1,
        1,
    )


def test_a_departure_without_an_arrival_records_the_arrival_too(world: Engine) -> None:
    outcome = record_departure(world, "R3", date(2027, 3, 20), "planner", today=LATER)
    assert (outcome.record.arrived, outcome.record.departed) == (
        date(2027, 3, 15),
        date(2027, 3, 20),
    )
    (year,) = person_account(world, "P3").years
    assert (year.recorded, year.promised) == (5, 7)


def test_after_the_arrival_only_the_end_may_change(world: Engine) -> None:
    record_arrival(world, "R3", date(2027, 3, 15), "planner", today=LATER)
    with pytest.raises(UserError) as raised:
        change_stay(world, "R3", "planner", start=date(2027, 3, 16))
    assert raised.value.key == "casework.arrived_keeps_start"
    assert change_stay(world, "R3", "planner", end=date(2027, 3, 25)).version == 3
    # an extension is judged by every rule again: no more than 14 nights
    assert change_stay(world, "R3", "planner", end=date(2027, 3, 30)).version is None
    record_departure(world, "R3", date(2027, 3, 20), "planner", today=LATER)
    with pytest.raises(UserError) as raised:
        change_stay(world, "R3", "planner", end=date(2027, 3, 21))
    assert raised.value.key == "casework.stay_closed"


@pytest.mark.parametrize(
    ("steps", "key"),
    [
        ([("arrived", "R3", date(2027, 3, 15), "C1")], "casework.other_centre"),
        ([("no_show", "R3", None, "C3")], "casework.other_centre"),
        ([("arrived", "R7", date(2027, 3, 2), None)], "casework.not_granted"),
        ([("arrived", "R99", date(2027, 3, 2), None)], "operations.unknown_request"),
        ([("arrived", "R3", date(2027, 3, 14), None)], "casework.bad_arrival"),
        ([("arrived", "R3", date(2027, 3, 22), None)], "casework.bad_arrival"),
        ([("left", "R3", date(2027, 3, 22), None)], "casework.bad_departure"),
        ([("left", "R3", date(2027, 3, 15), None)], "casework.bad_departure"),
        (
            [
                ("arrived", "R3", date(2027, 3, 15), None),
                ("arrived", "R3", date(2027, 3, 15), None),
            ],
            "casework.already_recorded",
        ),
        (
            [("arrived", "R3", date(2027, 3, 15), None), ("no_show", "R3", None, None)],
            "casework.already_recorded",
        ),
        (
            [("left", "R3", date(2027, 3, 18), None), ("left", "R3", date(2027, 3, 17), None)],
            "casework.already_recorded",
        ),
        (
            [("no_show", "R3", None, None), ("arrived", "R3", date(2027, 3, 15), None)],
            "casework.not_granted",
        ),
    ],
)
def test_refusals_change_nothing(
    world: Engine, steps: list[tuple[str, str, date | None, str | None]], key: str
) -> None:
    *first, last = steps
    for step in first:
        _record(world, *step)
    before = _unchanged(world)
    with pytest.raises(UserError) as raised:
        _record(world, *last)
    assert raised.value.key == key
    assert _unchanged(world) == before


def _record(engine: Engine, what: str, request: str, day: date | None, centre: str | None) -> None:
    if what == "arrived":
        assert day is not None
        record_arrival(engine, request, day, "leder", centre=centre, today=LATER)
    elif what == "left":
        assert day is not None
        record_departure(engine, request, day, "leder", centre=centre, today=LATER)
    else:
        record_no_show(engine, request, "leder", centre=centre, today=LATER)


def test_the_accounts_start_from_the_opening_balance(world: Engine) -> None:
    accounts = {(y.person_id, y.year): y for y in all_year_accounts(world)}
    p2 = accounts["P2", 2027]
    assert (p2.limit, p2.opening, p2.recorded, p2.promised, p2.left) == (20, 3, 0, 17, 0)
    assert (p2.stays_limit, p2.opening_stays, p2.promised_stays, p2.stays_left) == (4, 1, 2, 1)
    p1 = accounts["P1", 2027]
    assert (p1.limit, p1.granted, p1.left) == (42, 14, 28)


def test_person_account_of_an_unknown_person(world: Engine) -> None:
    with pytest.raises(UserError) as raised:
        person_account(world, "P99")
    assert raised.value.key == "operations.unknown_person"


def test_records_keep_the_published_plan_sound_for_the_checker(world: Engine) -> None:
    record_arrival(world, "R1", date(2027, 3, 2), "planner", today=LATER)
    record_departure(world, "R1", date(2027, 3, 4), "planner", today=LATER)
    record_no_show(world, "R8", "planner", today=LATER)
    scenario, plan = load_scenario(world), load_plan(world)
    found = check_plan(scenario, plan)
    assert [(v.rule, v.request_ids) for v in found] == [("not_maximal", ("R7",))]  # an offer
    stay = plan.by_request["R1"].stay
    assert stay is not None and (stay.start, stay.end) == (date(2027, 3, 2), date(2027, 3, 4))
    accept_offer(world, "R7", "planner")
    sound(world)
