"""Entering one person, wish or closure, on both engines: checked as an imported row is, each
fault on its field, nothing stored on a fault; a wish placed at once or left for planning; a
closure refused when it would break promises. The world is ``casework_world``'s."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import Engine

from scheduler.domain.faults import ScenarioError
from scheduler.domain.model import Reason, RequestKind
from scheduler.service.casework import (
    ClosureConflict,
    ClosureInput,
    PersonInput,
    RequestInput,
    add_closure,
    add_person,
    add_request,
    field_messages,
    preview_request,
)
from scheduler.service.errors import StalePlanError, UserError
from scheduler.service.importing import import_scenario
from scheduler.service.operations import cancel
from scheduler.service.versions import (
    VersionOrigin,
    list_versions,
    load_plan,
    load_scenario,
)
from tests.builders import rules_with
from tests.store.casework_world import log, published_world, sound
from tests.store.casework_world import world as world_scenario


@pytest.fixture
def world(store: Engine) -> Engine:
    return published_world(store)


def _unchanged(engine: Engine) -> tuple[object, ...]:
    return (load_plan(engine), load_scenario(engine), list_versions(engine), log(engine))


def _faults(error: ScenarioError) -> list[tuple[str | None, str]]:
    return [(f.column, f.code) for f in error.faults]


# persons


def test_a_person_is_added_and_logged_by_id(world: Engine) -> None:
    entry = PersonInput(
        "P9",
        "Ny Borger (fiktiv)",
        frozenset({"demens", "lift"}),
        annual_nights=30,
        used_nights=4,
        used_stays=1,
        grant_start=date(2026, 9, 1),
        consent=True,
        carer_name="Karen Ærø",
        payment_exempt=True,
    )
    person = add_person(world, entry, "planner-4")
    stored = load_scenario(world).person_by_id["P9"]
    assert stored == person
    assert (stored.needs, stored.annual_nights, stored.grant_start) == (
        frozenset({"demens", "lift"}),
        30,
        date(2026, 9, 1),
    )
    assert log(world)[-1] == ("planner-4", "add", "person", ["P9"])
    assert "Ærø" not in repr(log(world)) and "Ny Borger" not in repr(log(world))
    assert len(list_versions(world)) == 2  # a person changes no plan


def test_a_person_from_cells_takes_the_import_defaults(world: Engine) -> None:
    person = add_person(world, {"person_id": "P9"}, "planner")
    assert (person.name, person.needs, person.consent, person.used_nights) == (
        "",
        frozenset(),
        True,
        0,
    )


@pytest.mark.parametrize(
    ("cells", "fault"),
    [
        ({"person_id": ""}, ("person_id", "value.missing")),
        ({"person_id": "P1"}, ("person_id", "casework.id_taken")),
        ({"person_id": "010190-1234"}, ("person_id", "person.cpr_number")),
        ({"person_id": "P\u200b9"}, ("person_id", "value.invisible_character")),
        ({"name": "x" * 201}, ("name", "value.too_long")),
        ({"needs": "a\x01b"}, ("needs", "value.control_character")),
        ({"annual_nights": "-1"}, ("annual_nights", "value.negative")),
        ({"annual_nights": "4000"}, ("annual_nights", "value.too_large")),
        ({"used_nights": "tre"}, ("used_nights", "value.bad_int")),
        ({"used_stays": "1.5"}, ("used_stays", "value.bad_int")),
        ({"grant_start": "01-09-2026"}, ("grant_start", "value.bad_date")),
        ({"self_appointed_helper": "måske"}, ("self_appointed_helper", "value.bad_bool")),
        ({"consent": "x"}, ("consent", "value.bad_bool")),
        ({"carer_name": "y" * 201}, ("carer_name", "value.too_long")),
        ({"payment_exempt": "2"}, ("payment_exempt", "value.bad_bool")),
        ({"shoe_size": "42"}, ("shoe_size", "column.unknown")),
    ],
)
def test_each_bad_person_field_is_located(
    world: Engine, cells: dict[str, str], fault: tuple[str, str]
) -> None:
    before = _unchanged(world)
    with pytest.raises(ScenarioError) as raised:
        add_person(world, {"person_id": "P9", **cells}, "planner")
    assert _faults(raised.value) == [fault]
    assert all(f.row is None for f in raised.value.faults)
    assert _unchanged(world) == before


def test_every_fault_at_once_with_messages_per_field(world: Engine) -> None:
    with pytest.raises(ScenarioError) as raised:
        add_person(world, {"person_id": "P1", "annual_nights": "-3", "consent": "x"}, "t")
    messages = field_messages(raised.value, "en")
    assert set(messages) == {"person_id", "annual_nights", "consent"}
    assert messages["annual_nights"] == ['"-3" is negative; the number must be 0 or more']


def test_a_person_needs_own_nights_where_the_profile_has_none(store: Engine) -> None:
    scenario = world_scenario()
    persons = tuple(replace(p, annual_nights=p.annual_nights or 42) for p in scenario.persons)
    rules = rules_with(annual_nights=None)
    import_scenario(store, replace(scenario, rules=rules, persons=persons, bookings=()), "t")
    with pytest.raises(ScenarioError) as raised:
        add_person(store, PersonInput("P9"), "planner")
    assert _faults(raised.value) == [("annual_nights", "person.no_annual_limit")]
    assert add_person(store, PersonInput("P9", annual_nights=21), "planner").annual_nights == 21


def test_nothing_imported_yet(store: Engine) -> None:
    with pytest.raises(UserError) as raised:
        add_person(store, PersonInput("P9"), "planner")
    assert raised.value.key == "store.empty"


# wishes

WISH = RequestInput("R20", "P4", date(2027, 2, 1), date(2027, 4, 5), date(2027, 4, 12))


def test_a_wish_is_left_for_the_next_planning_run(world: Engine) -> None:
    outcome = add_request(world, WISH, "planner")
    assert (outcome.stored, outcome.placement, outcome.version) == (True, None, None)
    assert load_scenario(world).request_by_id["R20"] == outcome.request
    assert "R20" not in load_plan(world).by_request
    assert log(world)[-1] == ("planner", "add", "request", ["R20"])
    assert len(list_versions(world)) == 2


def test_a_wish_placed_at_once(world: Engine) -> None:
    wish = replace(WISH, preferred_centre="C3")
    preview = preview_request(world, wish)
    assert not preview.stored and preview.placed
    assert "R20" not in load_scenario(world).request_by_id  # the preview wrote nothing
    outcome = add_request(world, wish, "planner", place_now=True)
    assert outcome.placed and outcome.version == 3
    stay = outcome.placement.stay if outcome.placement else None
    assert stay is not None
    assert (stay.centre_id, stay.start, stay.end) == ("C3", date(2027, 4, 5), date(2027, 4, 12))
    assert load_plan(world).by_request["R20"].stay == stay
    assert list_versions(world)[-1].origin is VersionOrigin.PLACED
    sound(world)


def test_a_wish_previewed_on_an_older_plan_is_not_booked(world: Engine) -> None:
    wish = replace(WISH, preferred_centre="C3")
    preview = preview_request(world, wish)
    assert preview.basis == 2
    cancel(world, "R6", "planner")  # another worker publishes version 3 meanwhile
    before = _unchanged(world)
    with pytest.raises(StalePlanError) as raised:
        add_request(world, wish, "planner", place_now=True, seen=preview.basis)
    assert raised.value.key == "casework.stale_preview"
    assert _unchanged(world) == before
    assert add_request(world, wish, "planner", place_now=True, seen=3).placed


def test_a_wish_that_does_not_fit_is_not_stored(world: Engine) -> None:
    before = _unchanged(world)
    wish = RequestInput("R20", "P4", date(2027, 2, 1), date(2027, 3, 3), date(2027, 3, 6))
    outcome = add_request(world, wish, "planner", place_now=True)
    assert (outcome.stored, outcome.placed, outcome.version) == (False, False, None)
    placement = outcome.placement
    assert placement is not None and placement.reason is Reason.PERSON_OVERLAP
    assert placement.earliest is not None
    assert placement.earliest.start == date(2027, 3, 9)  # after P4's stay at C3 (1–8 March)
    assert _unchanged(world) == before


def test_a_full_week_gives_capacity_and_the_earliest_later_stay(world: Engine) -> None:
    wish = RequestInput("R20", "P9", date(2027, 2, 1), date(2027, 3, 2), date(2027, 3, 6))
    add_person(world, PersonInput("P9"), "planner")
    outcome = add_request(world, wish, "planner", place_now=True)
    placement = outcome.placement
    assert placement is not None and placement.reason is Reason.CAPACITY
    assert placement.earliest is not None and placement.earliest.start == date(2027, 3, 8)


def test_an_acute_wish_without_end_lasts_the_acute_nights(world: Engine) -> None:
    cells = {
        "request_id": "A1",
        "person_id": "P4",
        "received": "2027-04-01",
        "start": "2027-04-02",
        "kind": "acute",
    }
    outcome = add_request(world, cells, "planner", place_now=True)
    assert outcome.request.kind is RequestKind.ACUTE
    assert outcome.request.end == date(2027, 4, 16)
    assert outcome.placed


@pytest.mark.parametrize(
    ("cells", "faults"),
    [
        ({"request_id": "R1"}, [("request_id", "casework.id_taken")]),
        ({"person_id": "P99"}, [("person_id", "ref.unknown")]),
        ({"person_id": "0101901234"}, [("person_id", "person.cpr_number")]),
        ({"preferred_centre": "C9"}, [("preferred_centre", "ref.unknown")]),
        ({"received": "i går"}, [("received", "value.bad_date")]),
        ({"start": "2027-04-31"}, [("start", "value.bad_date")]),
        ({"end": "2027-04-01"}, [("end", "value.end_not_after_start")]),
        ({"end": ""}, [("end", "request.missing_end")]),
        ({"flex_days": "-2"}, [("flex_days", "value.negative")]),
        ({"flex_days": "400"}, [("flex_days", "value.too_large")]),
        ({"kind": "urgent"}, [("kind", "value.bad_kind")]),
        ({"priority": "high"}, [("priority", "value.bad_int")]),
        ({"colour": "red"}, [("colour", "column.unknown")]),
    ],
)
def test_each_bad_wish_field_is_located(
    world: Engine, cells: dict[str, str], faults: list[tuple[str, str]]
) -> None:
    base = {
        "request_id": "R20",
        "person_id": "P4",
        "received": "2027-02-01",
        "start": "2027-04-05",
        "end": "2027-04-12",
    }
    before = _unchanged(world)
    for place_now in (False, True):
        with pytest.raises(ScenarioError) as raised:
            add_request(world, {**base, **cells}, "planner", place_now=place_now)
        assert _faults(raised.value) == faults
    assert _unchanged(world) == before


def test_a_cancelled_request_keeps_its_id(world: Engine) -> None:
    cancel(world, "R6", "planner")
    with pytest.raises(ScenarioError) as raised:
        add_request(world, replace(WISH, request_id="R6"), "planner")
    assert _faults(raised.value) == [("request_id", "casework.id_taken")]


def test_placing_needs_a_published_plan(store: Engine) -> None:
    import_scenario(store, replace(world_scenario(), bookings=()), "t")
    with pytest.raises(UserError) as raised:
        add_request(store, WISH, "planner", place_now=True)
    assert raised.value.key == "operations.nothing_published"
    assert add_request(store, WISH, "planner").stored


# closures


def test_a_closure_is_added_with_a_version_that_stales_older_drafts(world: Engine) -> None:
    closure = ClosureInput("C3", date(2027, 3, 10), date(2027, 3, 20), 2)
    outcome = add_closure(world, closure, "leder-c3", centre="C3")
    assert outcome.version == 3 and outcome.closure.beds_closed == 2
    assert list_versions(world)[-1].origin is VersionOrigin.CLOSURE
    assert load_plan(world).stays == load_plan(world, 2).stays
    assert load_scenario(world).closures[-1] == outcome.closure
    assert ("leder-c3", "add", "closure", ["C3"]) in log(world)
    sound(world)


def test_a_closure_breaking_promises_is_refused_with_them(world: Engine) -> None:
    before = _unchanged(world)
    closure = ClosureInput("C3", date(2027, 3, 5), date(2027, 3, 6), 1)
    with pytest.raises(ClosureConflict) as raised:
        add_closure(world, closure, "planner")
    assert [s.request_id for s in raised.value.stays] == ["R8", "R9"]
    assert raised.value.key == "casework.closure_breaks"
    assert _unchanged(world) == before


def test_a_centre_manager_closes_only_their_own_centre(world: Engine) -> None:
    closure = ClosureInput("C3", date(2027, 9, 1), date(2027, 9, 2), 1)
    with pytest.raises(UserError) as raised:
        add_closure(world, closure, "leder-c1", centre="C1")
    assert raised.value.key == "casework.own_centre_only"


@pytest.mark.parametrize(
    ("cells", "faults"),
    [
        ({"centre_id": "C9"}, [("centre_id", "ref.unknown")]),
        ({"centre_id": ""}, [("centre_id", "value.missing")]),
        ({"start": "2027-13-01"}, [("start", "value.bad_date")]),
        ({"end": "2027-09-01"}, [("end", "value.end_not_after_start")]),
        ({"beds_closed": "-1"}, [("beds_closed", "value.negative")]),
        ({"beds_closed": "alle"}, [("beds_closed", "value.bad_int")]),
    ],
)
def test_each_bad_closure_field_is_located(
    world: Engine, cells: dict[str, str], faults: list[tuple[str, str]]
) -> None:
    base = {"centre_id": "C3", "start": "2027-09-01", "end": "2027-09-05", "beds_closed": "1"}
    before = _unchanged(world)
    with pytest.raises(ScenarioError) as raised:
        add_closure(world, {**base, **cells}, "planner")
    assert _faults(raised.value) == faults
    assert _unchanged(world) == before
