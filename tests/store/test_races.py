"""Case workers racing: two real processes run ``respite`` commands on one database at the same
moment, 20 rounds of each race, on SQLite and on PostgreSQL.

Whoever comes second must either have its change made on the plan the first one published (and
be told so), or be told truthfully that it did not happen and why; ids stay unique, and the
published plan keeps every rule after every round.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import Engine

from scheduler.service.planning import make_plan
from scheduler.service.versions import list_versions, load_scenario
from scheduler.store.database import open_store
from tests.store import race_world as world
from tests.store.racing import Racers, Ran, racers

ROUNDS = 20
ACUTE_ID = re.compile(rf"A-{world.RECEIVED}-\d+")
UNTRUE = "is still a draft"
"""What a loser was told about a version that never existed."""


@pytest.fixture(scope="module")
def pair() -> Iterator[Racers]:
    with racers() as both:
        yield both


@pytest.fixture
def published(store_url: str) -> Iterator[tuple[str, Engine]]:
    engine = open_store(store_url)
    world.publish_world(engine)
    yield store_url, engine
    engine.dispose()


def command(url: str, *argv: str) -> list[str]:
    return [*argv, "--db", url, "--lang", "en", "--actor", "racer"]


def acute(url: str, person: int, round_: int) -> list[str]:
    start = world.ACUTE_FROM + timedelta(days=5 * round_)
    return command(
        url,
        "acute",
        world.person_id(person),
        "--start",
        str(start),
        "--nights",
        "3",
        "--received",
        str(world.RECEIVED),
    )


def acute_id(ran: Ran) -> str:
    found = ACUTE_ID.findall(ran.text)
    assert found, ran
    return str(found[0])


def test_two_cancellations_of_different_requests_both_take_effect(
    pair: Racers, published: tuple[str, Engine]
) -> None:
    url, engine = published
    for round_ in range(ROUNDS):
        ids = world.request_id(2 * round_ + 1), world.request_id(2 * round_ + 2)
        results = pair.race(command(url, "cancel", ids[0]), command(url, "cancel", ids[1]))
        for request_id, ran in zip(ids, results, strict=True):
            assert ran.code == 0, ran
            assert f"Request {request_id} is cancelled" in ran.out
            assert UNTRUE not in ran.text
        plan = world.published_plan(engine)
        assert not set(ids) & set(plan.by_request)
        assert not set(ids) & set(load_scenario(engine).request_by_id)
    world.assert_sound(engine)


def test_two_cancellations_of_one_request_one_wins_the_other_is_told(
    pair: Racers, published: tuple[str, Engine]
) -> None:
    url, engine = published
    for round_ in range(ROUNDS):
        request_id = world.request_id(41 + round_)
        results = pair.race(command(url, "cancel", request_id), command(url, "cancel", request_id))
        won, lost = sorted(results, key=lambda ran: ran.code)
        assert (won.code, lost.code) == (0, 2), results
        assert f"Request {request_id} is cancelled" in won.out
        assert lost.err.strip() == f"Request {request_id} is already cancelled.", lost
        assert request_id not in world.published_plan(engine).by_request
    world.assert_sound(engine)


def test_two_acute_stays_get_distinct_ids_and_are_placed_or_truly_refused(
    pair: Racers, published: tuple[str, Engine]
) -> None:
    url, engine = published
    person = world.FIRST_ACUTE_PERSON
    seen: set[str] = set()
    for round_ in range(ROUNDS):
        results = pair.race(acute(url, person, round_), acute(url, person + 1, round_))
        person += 2
        ids = [acute_id(ran) for ran in results]
        assert len(set(ids)) == 2 and not seen & set(ids), results
        seen.update(ids)
        plan = world.published_plan(engine)
        # one bed is free on those nights: one stay is placed, the other refused for it
        assert sorted(ran.code for ran in results) == [0, 1], results
        for request_id, ran in zip(ids, results, strict=True):
            decision = plan.by_request[request_id]
            if ran.code == 0:
                assert decision.stay is not None, ran
                assert f"{decision.stay.start} – {decision.stay.end}" in ran.out
            else:
                assert decision.reason is not None and decision.reason.value == "capacity", ran
                assert "It is recorded as rejected" in ran.out
    world.assert_sound(engine)


def test_an_acute_stay_racing_a_publication_survives_it(
    pair: Racers, published: tuple[str, Engine]
) -> None:
    url, engine = published
    for round_ in range(ROUNDS):
        draft = make_plan(engine, 10.0, "planner", method="greedy").version.number
        person = world.FIRST_ACUTE_PERSON + round_
        published_, placed = pair.race(
            command(url, "publish", str(draft)), acute(url, person, round_)
        )
        assert placed.code == 0, placed
        request_id = acute_id(placed)
        stay = world.published_plan(engine).by_request[request_id].stay
        assert stay is not None and f"{stay.start} – {stay.end}" in placed.out
        statuses = {v.number: v.status for v in list_versions(engine)}
        if published_.code == 0:
            assert statuses[draft] == "published"
        else:  # the acute stay came first: the draft does not hold it, and is kept as a draft
            assert published_.code == 1 and UNTRUE in published_.err, published_
            assert statuses[draft] == "draft"
        assert UNTRUE not in placed.text
    world.assert_sound(engine)
