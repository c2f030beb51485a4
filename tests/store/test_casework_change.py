"""Changing a promise (``preview_change`` and ``change_stay``) on both engines, in the world of
``casework_world``: what fits is published with every other promise kept; what does not fit
names its rules and what would fit, and changes nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from scheduler.service.casework import change_stay, preview_change
from scheduler.service.errors import StalePlanError, UserError
from scheduler.service.versions import (
    VersionOrigin,
    VersionStatus,
    list_versions,
    load_plan,
    load_scenario,
)
from tests.store.casework_world import log, published_world, sound


@pytest.fixture
def world(store: Engine) -> Engine:
    return published_world(store)


def _unchanged(engine: Engine) -> tuple[object, ...]:
    return (load_plan(engine), load_scenario(engine), list_versions(engine), log(engine))


def test_a_move_that_fits_is_published_with_every_other_promise_kept(world: Engine) -> None:
    before = load_plan(world)
    preview = preview_change(world, "R3", start=date(2027, 3, 16))
    assert preview.fits and preview.version == 2
    assert (preview.after.start, preview.after.end) == (date(2027, 3, 16), date(2027, 3, 23))
    outcome = change_stay(world, "R3", "planner-7", start=date(2027, 3, 16), seen=2)
    assert outcome.version == 3
    info = list_versions(world)[-1]
    assert (info.status, info.origin, info.base) == (
        VersionStatus.PUBLISHED,
        VersionOrigin.CHANGED,
        2,
    )
    after = load_plan(world)
    moved = after.by_request["R3"].stay
    assert moved is not None
    assert (moved.centre_id, moved.start, moved.end) == ("C2", date(2027, 3, 16), date(2027, 3, 23))
    for stay in before.stays:
        if stay.request_id != "R3":
            assert after.by_request[stay.request_id].stay == stay
    request = load_scenario(world).request_by_id["R3"]
    assert (request.start, request.end) == (date(2027, 3, 16), date(2027, 3, 23))
    assert ("planner-7", "change", "request", ["R3"]) in log(world)
    sound(world)


def test_another_centre_for_the_same_dates(world: Engine) -> None:
    outcome = change_stay(world, "R3", "planner", centre="C3")
    assert outcome.version is not None
    stay = load_plan(world).by_request["R3"].stay
    assert stay is not None and (stay.centre_id, stay.start) == ("C3", date(2027, 3, 15))
    assert 1 <= stay.bed <= 2
    sound(world)


def test_shorten_and_extend(world: Engine) -> None:
    assert change_stay(world, "R6", "planner", end=date(2027, 6, 5)).version == 3
    assert change_stay(world, "R6", "planner", end=date(2027, 6, 15)).version == 4
    stay = load_plan(world).by_request["R6"].stay
    assert stay is not None and (stay.start, stay.end) == (date(2027, 6, 1), date(2027, 6, 15))
    sound(world)


def test_a_full_centre_is_refused_with_the_alternatives_and_nothing_changes(
    world: Engine,
) -> None:
    before = _unchanged(world)
    outcome = change_stay(world, "R3", "planner", start=date(2027, 3, 5))
    assert outcome.version is None
    preview = outcome.preview
    assert not preview.fits and preview.rules == ("capacity",)
    found = preview.alternatives
    assert [(s.centre_id, s.start, s.end) for s in found.nearest] == [
        ("C2", date(2027, 2, 22), date(2027, 3, 1)),
        ("C2", date(2027, 3, 8), date(2027, 3, 15)),
    ]
    assert found.other_centres == ()  # C1 and C3 are full until 8 March too
    assert [(b.stay.request_id, b.promised) for b in found.blocking] == [("R2", True)]
    assert _unchanged(world) == before


@pytest.mark.parametrize(
    ("request_id", "change", "rules"),
    [
        ("R1", {"end": date(2027, 3, 20)}, ("stay_limit",)),
        ("R1", {"end": date(2027, 3, 3)}, ("stay_limit",)),  # under the 3 nights at least
        ("R4", {"centre": "C2"}, ("suitability",)),
        ("R1", {"centre": "C2"}, ("suitability", "capacity")),
        ("R5", {"end": date(2027, 6, 14)}, ("annual_limit",)),
        ("R6", {"start": date(2027, 3, 20)}, ("person_overlap",)),
        ("R6", {"start": date(2027, 12, 28)}, ("horizon",)),
    ],
)
def test_each_rule_is_named(
    world: Engine, request_id: str, change: dict[str, object], rules: tuple[str, ...]
) -> None:
    before = _unchanged(world)
    preview = preview_change(world, request_id, **change)  # type: ignore[arg-type]
    assert preview.rules == rules
    assert change_stay(world, request_id, "planner", **change).version is None  # type: ignore[arg-type]
    assert _unchanged(world) == before


def test_an_unsuitable_centre_offers_the_suitable_ones(world: Engine) -> None:
    preview = preview_change(world, "R4", centre="C2")
    assert preview.rules == ("suitability",)
    assert preview.alternatives.nearest == ()  # C2 never suits P1
    assert [s.centre_id for s in preview.alternatives.other_centres] == ["C1", "C3"]


@pytest.mark.parametrize(
    ("request_id", "change", "key"),
    [
        ("R99", {"start": date(2027, 3, 16)}, "operations.unknown_request"),
        ("R7", {"start": date(2027, 3, 16)}, "casework.not_granted"),
        ("R3", {"end": date(2027, 3, 10)}, "casework.bad_dates"),
        ("R3", {"start": date(2027, 3, 15)}, "casework.no_change"),
        ("R3", {"centre": "C9"}, "store.unknown_centre"),
    ],
)
def test_refusals(world: Engine, request_id: str, change: dict[str, object], key: str) -> None:
    before = _unchanged(world)
    with pytest.raises(UserError) as raised:
        change_stay(world, request_id, "planner", **change)  # type: ignore[arg-type]
    assert raised.value.key == key
    assert _unchanged(world) == before


def test_a_preview_of_an_older_plan_is_not_written(world: Engine) -> None:
    preview = preview_change(world, "R3", start=date(2027, 3, 16))
    change_stay(world, "R6", "planner", end=date(2027, 6, 5))
    before = _unchanged(world)
    with pytest.raises(StalePlanError) as raised:
        change_stay(world, "R3", "planner", start=date(2027, 3, 16), seen=preview.version)
    assert raised.value.key == "casework.stale_preview"
    assert _unchanged(world) == before


def test_a_draft_made_before_the_change_cannot_be_published(world: Engine) -> None:
    from scheduler.service.planning import make_plan
    from scheduler.service.publishing import publish

    draft = make_plan(world, 10.0, "planner", method="greedy").version.number
    change_stay(world, "R3", "planner", start=date(2027, 3, 16))
    with pytest.raises(StalePlanError):
        publish(world, draft, "planner")


def test_an_extension_too_long_offers_the_longest_that_fits(world: Engine) -> None:
    preview = preview_change(world, "R1", end=date(2027, 3, 20))
    assert preview.rules == ("stay_limit",)
    longest = preview.alternatives.longest
    assert longest is not None
    assert (longest.centre_id, longest.start, longest.end) == (
        "C1",
        date(2027, 3, 1),
        date(2027, 3, 15),
    )
    assert preview_change(world, "R1", start=date(2027, 3, 2)).alternatives.longest is None
