"""Properties of the day-centre allocation on random small scenarios: every plan passes the
independent checker (also with no time at all), the same input gives the same plan, pinned
places stay, a seat more never makes the plan worse in the order, the freed seat goes to the
first who fits, and the checker notices a family dropped from its place."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scheduler.daycare import allocate, first_who_fits, waiting_list
from scheduler.domain.check_daycare import DayJudge, check_day_plan, queue_key
from scheduler.domain.daycare import DayDecision, DayPlace, DayPlan, DayReason, DaySeats
from scheduler.domain.model import Scenario
from scheduler.domain.services import Services
from scheduler.io.day_plan_csv import read_day_plan_csv, write_day_plan_csv
from tests.daycare.brute_force import objective
from tests.daycare.tiny import tiny_case

Case = tuple[Scenario, Services]
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(tiny_case(most_wishes=8), st.sampled_from([0.0, 30.0]))
def test_every_plan_passes_the_checker(case: Case, time_limit: float) -> None:
    scenario, services = case
    result = allocate(scenario, services, time_limit=time_limit)
    assert check_day_plan(scenario, services, result.plan) == []
    assert result.granted + result.waiting + result.refused == len(services.day_wishes)


@SETTINGS
@given(tiny_case(most_wishes=8))
def test_the_same_input_gives_the_same_plan(case: Case) -> None:
    scenario, services = case
    assert allocate(scenario, services).plan == allocate(scenario, services).plan


@SETTINGS
@given(tiny_case(most_wishes=8))
def test_pinned_places_stay(case: Case) -> None:
    scenario, services = case
    plan = allocate(scenario, services).plan
    for current in services.day_places:
        if current.pinned:
            place = plan.by_wish[current.wish_id].place
            assert place is not None
            assert (place.centre_id, place.weekdays) == (current.centre_id, current.weekdays)


@SETTINGS
@given(tiny_case(most_wishes=8), st.integers(1, 3))
def test_a_seat_more_never_makes_the_plan_worse(case: Case, weekday: int) -> None:
    scenario, services = case
    seats = {(s.centre_id, s.weekday): s.seats for s in services.day_seats}
    seats["D1", weekday] = seats.get(("D1", weekday), 0) + 1
    more = replace(services, day_seats=tuple(DaySeats(c, w, n) for (c, w), n in seats.items()))
    before = objective(services, allocate(scenario, services).plan)
    after = objective(more, allocate(scenario, more).plan)
    assert after[0] >= before[0]


@SETTINGS
@given(tiny_case(most_wishes=8), st.data())
def test_a_freed_seat_goes_to_the_first_who_fits(case: Case, data: st.DataObject) -> None:
    scenario, services = case
    plan = allocate(scenario, services).plan
    granted = [d for d in plan.decisions if d.place is not None]
    pinned = {p.wish_id for p in services.day_places if p.pinned}
    leaving = [d for d in granted if d.wish_id not in pinned]
    if not leaving:
        return
    gone = data.draw(st.sampled_from(leaving))
    assert gone.place is not None
    weekday = data.draw(st.sampled_from(sorted(gone.place.weekdays)))
    # the family leaves: its place is freed and its wish is no longer in the plan
    rest = replace(
        services, day_wishes=tuple(w for w in services.day_wishes if w.wish_id != gone.wish_id)
    )
    freed = DayPlan(tuple(d for d in plan.decisions if d.wish_id != gone.wish_id))
    offered = first_who_fits(scenario, rest, freed, gone.place.centre_id, weekday)
    judge = DayJudge(scenario, rest)
    used = judge.seat_violations
    waiting = waiting_list(freed)
    if offered is None:
        for decision in waiting:
            wish = rest.wish_by_id[decision.wish_id]
            for centre_id, weekdays, start in judge.choices(wish):
                if centre_id != gone.place.centre_id or weekday not in weekdays:
                    continue
                trial = [*freed.places, DayPlace(wish.wish_id, centre_id, weekdays, start)]
                assert used(trial) != []
        return
    assert (offered.centre_id, weekday) in {(offered.centre_id, d) for d in offered.weekdays}
    assert offered.centre_id == gone.place.centre_id
    assert used([*freed.places, offered]) == []
    assert judge.place_violations(offered) == []
    ahead = [
        d
        for d in waiting
        if queue_key(rest.wish_by_id[d.wish_id]) < queue_key(rest.wish_by_id[offered.wish_id])
    ]
    for decision in ahead:  # nobody before it in the queue could have used the seat
        wish = rest.wish_by_id[decision.wish_id]
        for centre_id, weekdays, start in judge.choices(wish):
            if centre_id == gone.place.centre_id and weekday in weekdays:
                trial = [*freed.places, DayPlace(wish.wish_id, centre_id, weekdays, start)]
                assert used(trial) != []


@SETTINGS
@given(tiny_case(most_wishes=8), st.data())
def test_the_checker_notices_a_family_dropped_from_its_place(
    case: Case, data: st.DataObject
) -> None:
    scenario, services = case
    plan = allocate(scenario, services).plan
    pinned = {p.wish_id for p in services.day_places if p.pinned}
    granted = [d for d in plan.decisions if d.place is not None and d.wish_id not in pinned]
    if not granted:
        return
    dropped = data.draw(st.sampled_from(granted))
    worse = DayPlan(
        tuple(
            DayDecision(d.wish_id, d.person_id, reason=DayReason.CAPACITY, queue=1)
            if d.wish_id == dropped.wish_id
            else d
            for d in plan.decisions
        )
    )
    rules = {v.rule for v in check_day_plan(scenario, services, worse)}
    assert "day_order" in rules


@SETTINGS
@given(case=tiny_case(most_wishes=8))
def test_the_day_plan_file_reads_back_the_same(
    case: Case, tmp_path_factory: pytest.TempPathFactory
) -> None:
    scenario, services = case
    plan = allocate(scenario, services).plan
    folder = tmp_path_factory.mktemp("day")
    write_day_plan_csv(plan, folder / "day_plan.csv")
    assert read_day_plan_csv(folder / "day_plan.csv") == plan
