"""An operation that lost a race is made again on the plan published meanwhile, or says
truthfully that it did not happen (``scheduler.service.operations.attempts``), on both engines.

The real races are in ``test_races``; there the writers' lock serialises the operations, so
none of them loses. Here a lost race is staged, as against a writer that reads before it locks:
the operation's first read of the published version gives the one published before it, so the
store's compare-and-set refuses it for real.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.cli import main
from scheduler.domain.model import Request
from scheduler.service.errors import StalePlanError
from scheduler.service.operations import accept_offer, cancel, insert_acute
from scheduler.service.operations.attempts import ATTEMPTS
from scheduler.service.versions import list_versions, load_scenario
from scheduler.store import operations_repo, plan_repo
from scheduler.store.models import PlanVersionRow
from tests.store import race_world as world


@pytest.fixture
def published(store: Engine) -> Iterator[Engine]:
    """The race world, published as version 1, then ``R01`` cancelled (version 2)."""
    world.publish_world(store)
    cancel(store, "R01", "other")
    yield store


def stale_reads(monkeypatch: pytest.MonkeyPatch, times: int) -> list[int]:
    """The next ``times`` reads of the published version see the one published before it (its
    base); returns the numbers the operation was given, read by read."""
    real = operations_repo.published_version
    given: list[int] = []

    def reading(session: Session) -> PlanVersionRow:
        row = real(session)
        if len(given) < times and row.base is not None:
            row = plan_repo.get_version(session, row.base)
        given.append(row.number)
        return row

    monkeypatch.setattr(operations_repo, "published_version", reading)
    return given


def test_a_cancellation_that_lost_a_race_is_made_on_the_new_plan(
    published: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    given = stale_reads(monkeypatch, 1)
    outcome = cancel(published, "R02", "racer")
    assert given == [1, 2]
    assert (outcome.retries, outcome.version) == (1, 3)
    assert not {"R01", "R02"} & set(world.published_plan(published).by_request)
    world.assert_sound(published)


def test_an_acute_stay_that_lost_a_race_is_placed_on_the_new_plan(
    published: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    stale_reads(monkeypatch, 1)
    outcome = insert_acute(published, "P061", world.ACUTE_FROM, "racer", nights=3)
    assert outcome.retries == 1 and outcome.placement.stay is not None
    assert world.published_plan(published).by_request[outcome.request_id].stay is not None
    assert "R01" not in world.published_plan(published).by_request  # the other change kept
    world.assert_sound(published)


def test_an_acceptance_that_lost_a_race_is_booked_on_the_new_plan(
    published: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    placed = insert_acute(published, "P061", world.ACUTE_FROM, "x", nights=3)
    waiting = insert_acute(published, "P062", world.ACUTE_FROM, "x", nights=3)
    assert placed.placement.stay is not None and waiting.placement.stay is None
    cancel(published, placed.request_id, "x")  # the bed is free: P062's stay now fits
    cancel(published, "R02", "other")  # published after what the acceptance reads first
    stale_reads(monkeypatch, 1)
    outcome = accept_offer(published, waiting.request_id, "racer")
    assert outcome.retries == 1
    plan = world.published_plan(published)
    assert plan.by_request[waiting.request_id].stay == outcome.stay
    assert "R02" not in plan.by_request
    world.assert_sound(published)


def test_losing_every_attempt_changes_nothing_and_says_so(
    published: Engine, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stale_reads(monkeypatch, ATTEMPTS)
    before = [v.number for v in list_versions(published)]
    with pytest.raises(StalePlanError) as raised:
        cancel(published, "R02", "racer")
    assert raised.value.key == "operations.lost_race"
    assert raised.value.params == {"attempts": ATTEMPTS, "published": 2}
    assert [v.number for v in list_versions(published)] == before
    assert "R02" in load_scenario(published).request_by_id  # not cancelled
    stale_reads(monkeypatch, ATTEMPTS)
    url = published.url.render_as_string(hide_password=False)
    assert main(["cancel", "R02", "--db", url, "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("The change was not saved: other case workers published a new plan")
    assert "draft" not in err


def test_the_command_line_says_when_an_operation_was_made_again(
    published: Engine, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stale_reads(monkeypatch, 1)
    url = published.url.render_as_string(hide_password=False)
    assert main(["cancel", "R02", "--db", url, "--lang", "en"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Request R02 is cancelled")
    assert "Published as plan version 3." in out[0]
    assert out[1].startswith("Another case worker published a new plan at the same moment")


def test_an_acute_id_taken_meanwhile_is_replaced_by_a_free_one(
    published: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A writer that stores a request without the writers' lock took the id the first attempt
    chose (committed after that attempt looked): the stay is recorded under the next free id."""
    taken = f"A-{world.RECEIVED}-1"
    wish = Request(taken, "P070", world.RECEIVED, date(2027, 11, 1), date(2027, 11, 4))
    with Session(published) as session, session.begin():
        operations_repo.add_request(session, wish, "other")
    real = operations_repo.next_request_id
    calls: list[str] = []

    def taken_once(session: Session, prefix: str) -> str:
        calls.append(prefix)
        return taken if len(calls) == 1 else real(session, prefix)

    monkeypatch.setattr(operations_repo, "next_request_id", taken_once)
    outcome = insert_acute(
        published, "P061", world.ACUTE_FROM, "racer", nights=3, received=world.RECEIVED
    )
    assert (outcome.retries, outcome.request_id) == (1, f"A-{world.RECEIVED}-2")
    assert load_scenario(published).request_by_id[taken].person_id == "P070"
    assert world.published_plan(published).by_request[outcome.request_id].stay is not None
