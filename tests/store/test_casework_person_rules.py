"""Changing what decides a person's grants with their promises re-checked (preview, then a
choice per broken promise: move, cancel or keep as an exception), on both engines, in the
world of ``casework_world``."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import Engine

from scheduler.domain.faults import ScenarioError
from scheduler.domain.model import Waiver
from scheduler.service.casework import (
    CancelStay,
    KeepStay,
    MoveStay,
    PersonRules,
    edit_person_rules,
    person_account,
    preview_person_edit,
)
from scheduler.service.errors import StalePlanError, UserError
from scheduler.service.importing import import_scenario
from scheduler.service.planning import make_plan
from scheduler.service.publishing import publish
from scheduler.service.versions import (
    VersionOrigin,
    list_versions,
    load_plan,
    load_scenario,
)
from tests.store.casework_world import log, published_world, sound
from tests.store.casework_world import world as world_scenario

DEMENS = {"needs": "demens"}


@pytest.fixture
def world(store: Engine) -> Engine:
    return published_world(store)


def _unchanged(engine: Engine) -> tuple[object, ...]:
    return (load_plan(engine), load_scenario(engine), list_versions(engine), log(engine))


def test_the_preview_lists_each_broken_promise_with_its_rules_and_alternatives(
    world: Engine,
) -> None:
    before = _unchanged(world)
    preview = preview_person_edit(world, "P3", DEMENS)
    assert preview.after.needs == frozenset({"demens"}) and preview.version == 2
    (promise,) = preview.broken  # R3 at C2 (no demens); R6 is at C3, which has it
    assert promise.stay.request_id == "R3" and promise.rules == ("suitability",)
    assert [s.centre_id for s in promise.alternatives.other_centres] == ["C1", "C3"]
    assert _unchanged(world) == before


def test_nothing_is_saved_without_a_choice_for_each_broken_promise(world: Engine) -> None:
    before = _unchanged(world)
    with pytest.raises(UserError) as raised:
        edit_person_rules(world, "P3", DEMENS, "planner")
    assert (raised.value.key, raised.value.params) == (
        "casework.choice_missing",
        {"requests": "R3"},
    )
    with pytest.raises(UserError) as raised:
        edit_person_rules(
            world, "P3", DEMENS, "planner", choices={"R3": CancelStay(), "R6": CancelStay()}
        )
    assert raised.value.key == "casework.choice_unneeded"
    assert _unchanged(world) == before


def test_move(world: Engine) -> None:
    outcome = edit_person_rules(
        world, "P3", DEMENS, "planner", choices={"R3": MoveStay(centre="C3")}, seen=2
    )
    assert outcome.version == 3 and [s.centre_id for s in outcome.moved] == ["C3"]
    assert list_versions(world)[-1].origin is VersionOrigin.EDITED
    assert load_scenario(world).person_by_id["P3"].needs == frozenset({"demens"})
    stay = load_plan(world).by_request["R3"].stay
    assert stay is not None and stay.centre_id == "C3"
    sound(world)


def test_move_to_new_dates(world: Engine) -> None:
    choice = MoveStay(start=date(2027, 4, 5), centre="C1")
    outcome = edit_person_rules(world, "P3", DEMENS, "planner", choices={"R3": choice})
    (moved,) = outcome.moved
    assert (moved.centre_id, moved.start, moved.end) == ("C1", date(2027, 4, 5), date(2027, 4, 12))
    request = load_scenario(world).request_by_id["R3"]
    assert (request.start, request.end) == (date(2027, 4, 5), date(2027, 4, 12))
    sound(world)


def test_a_move_that_does_not_fit_saves_nothing(world: Engine) -> None:
    before = _unchanged(world)
    for choice in (
        MoveStay(start=date(2027, 3, 16)),
        MoveStay(centre="C1", start=date(2027, 3, 2)),
    ):
        with pytest.raises(UserError) as raised:
            edit_person_rules(world, "P3", DEMENS, "planner", choices={"R3": choice})
        assert raised.value.key == "casework.move_does_not_fit"
    assert _unchanged(world) == before


def test_cancel(world: Engine) -> None:
    outcome = edit_person_rules(world, "P3", DEMENS, "planner", choices={"R3": CancelStay()})
    assert outcome.cancelled == ("R3",) and outcome.version == 3
    assert "R3" not in load_plan(world).by_request
    assert "R3" not in load_scenario(world).request_by_id
    assert ("planner", "cancel", "request", ["R3"]) in log(world)
    sound(world)


def test_keep_as_an_exception_does_not_block_the_checker_or_the_next_plan(world: Engine) -> None:
    reason = "Aftalt med familien: personalet er instrueret"
    outcome = edit_person_rules(world, "P3", DEMENS, "planner-2", choices={"R3": KeepStay(reason)})
    assert outcome.kept == ("R3",) and outcome.version == 3
    assert ("planner-2", "keep_exception", "stay", ["R3"]) in log(world)
    assert reason not in repr(log(world))
    assert Waiver("R3", "suitability") in load_scenario(world).waivers
    sound(world)
    account = person_account(world, "P3")
    assert [(e.request_id, e.rule, e.reason) for e in account.exceptions] == [
        ("R3", "suitability", reason)
    ]
    assert account.stays[0].exceptions == account.exceptions
    draft = make_plan(world, 10.0, "planner")
    assert draft.version.granted == 8
    stay = load_plan(world).by_request["R3"].stay
    assert stay is not None and stay.centre_id == "C2"  # kept where it was promised
    publish(world, None, "planner")
    sound(world)


def test_an_exception_excuses_only_its_own_stay(world: Engine) -> None:
    edit_person_rules(world, "P3", DEMENS, "planner", choices={"R3": KeepStay("aftalt")})
    from scheduler.service.casework import change_stay

    # R6 is at C3, which suits; moving it to C2 is judged by every rule
    outcome = change_stay(world, "R6", "planner", centre="C2")
    assert outcome.preview.rules == ("suitability",) and outcome.version is None


def test_a_lower_yearly_limit_kept_for_both_stays(world: Engine) -> None:
    preview = preview_person_edit(world, "P2", {"annual_nights": "10"})
    assert [(p.stay.request_id, p.rules) for p in preview.broken] == [
        ("R2", ("annual_limit",)),
        ("R5", ("annual_limit",)),
    ]
    choices = {"R2": KeepStay("bevilget før nedsættelsen"), "R5": KeepStay("ditto")}
    edit_person_rules(world, "P2", {"annual_nights": "10"}, "planner", choices=choices)
    sound(world)
    make_plan(world, 10.0, "planner", method="greedy")
    sound(world)


def test_a_lower_limit_with_one_stay_cancelled_needs_no_exception(world: Engine) -> None:
    choices = {"R2": KeepStay("x"), "R5": CancelStay()}  # 3 + 7 nights = 10: R2 keeps the rule
    outcome = edit_person_rules(world, "P2", {"annual_nights": "10"}, "planner", choices=choices)
    assert outcome.cancelled == ("R5",)
    assert person_account(world, "P2").exceptions == ()
    assert not any(action == "keep_exception" for _, action, _, _ in log(world))
    sound(world)


def test_typed_values_and_consent(world: Engine) -> None:
    stored = load_scenario(world).person_by_id["P3"]
    rules = replace(PersonRules.of(stored), consent=False)
    preview = preview_person_edit(world, "P3", rules)
    assert [(p.stay.request_id, p.rules) for p in preview.broken] == [
        ("R3", ("eligibility",)),
        ("R6", ("eligibility",)),
    ]
    choices = {"R3": CancelStay(), "R6": KeepStay("samtykke givet mundtligt")}
    outcome = edit_person_rules(world, "P3", rules, "planner", choices=choices)
    assert load_scenario(world).person_by_id["P3"].consent is False
    assert outcome.kept == ("R6",)
    sound(world)


def test_an_edit_breaking_nothing_is_saved_and_stales_older_drafts(world: Engine) -> None:
    draft = make_plan(world, 10.0, "planner", method="greedy").version.number
    outcome = edit_person_rules(world, "P1", {"annual_nights": "30"}, "planner")  # P1 has 14
    assert outcome.version == 4 and outcome.person.annual_nights == 30
    assert list_versions(world)[-1].origin is VersionOrigin.EDITED
    with pytest.raises(StalePlanError):
        publish(world, draft, "planner")


@pytest.mark.parametrize(
    ("cells", "column", "code"),
    [
        ({"annual_nights": "-1"}, "annual_nights", "value.negative"),
        ({"annual_nights": "ti"}, "annual_nights", "value.bad_int"),
        ({"grant_start": "2027-02-30"}, "grant_start", "value.bad_date"),
        ({"consent": "måske"}, "consent", "value.bad_bool"),
        ({"self_appointed_helper": "x"}, "self_appointed_helper", "value.bad_bool"),
        ({"needs": "x" * 501}, "needs", "value.too_long"),
        ({"name": "Nyt Navn"}, "name", "casework.not_editable"),
    ],
)
def test_bad_values_are_refused_at_their_field(
    world: Engine, cells: dict[str, str], column: str, code: str
) -> None:
    before = _unchanged(world)
    with pytest.raises(ScenarioError) as raised:
        edit_person_rules(world, "P3", cells, "planner")
    assert [(f.column, f.code) for f in raised.value.faults] == [(column, code)]
    assert _unchanged(world) == before


@pytest.mark.parametrize(
    ("choice", "key"),
    [
        (KeepStay("   "), "casework.bad_reason"),
        (KeepStay("x" * 501), "casework.bad_reason"),
        (KeepStay("a\x00b"), "casework.bad_reason"),
        (MoveStay(end=date(2027, 3, 10)), "casework.bad_dates"),
        (MoveStay(centre="C9"), "store.unknown_centre"),
    ],
)
def test_bad_choices_are_refused(world: Engine, choice: object, key: str) -> None:
    before = _unchanged(world)
    with pytest.raises(UserError) as raised:
        edit_person_rules(world, "P3", DEMENS, "planner", choices={"R3": choice})  # type: ignore[dict-item]
    assert raised.value.key == key
    assert _unchanged(world) == before


def test_unknown_person(world: Engine) -> None:
    with pytest.raises(UserError) as raised:
        preview_person_edit(world, "P9", DEMENS)
    assert raised.value.key == "operations.unknown_person"


def test_without_a_published_plan_the_person_is_saved_at_once(store: Engine) -> None:
    import_scenario(store, replace(world_scenario(), bookings=()), "planner")
    preview = preview_person_edit(store, "P3", DEMENS)
    assert preview.broken == () and preview.version is None
    outcome = edit_person_rules(store, "P3", DEMENS, "planner")
    assert outcome.version is None and outcome.person.needs == frozenset({"demens"})
    assert log(store)[-1] == ("planner", "edit", "person", ["P3"])
