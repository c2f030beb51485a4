"""Plan versions and publishing: pinned promises, stale bases and two publishers racing."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.checker import check_plan
from scheduler.domain.model import Scenario
from scheduler.service.importing import import_scenario
from scheduler.service.planning import make_plan
from scheduler.service.publishing import publish
from scheduler.service.versions import list_versions, load_plan, load_scenario
from scheduler.store import plan_repo
from scheduler.store.errors import StalePlanError, StoreError


def draft(store: Engine) -> int:
    return make_plan(store, 10.0, "tester", method="greedy").version.number


def test_plan_publish_and_pin(store: Engine, valid: Scenario) -> None:
    import_scenario(store, valid, "tester")
    number = draft(store)
    plan = load_plan(store, number)
    assert not check_plan(load_scenario(store), plan)
    info = publish(store, None, "lead")
    assert (info.number, info.status, info.published_by) == (number, "published", "lead")
    pinned = {b.request_id: b for b in load_scenario(store).bookings if b.pinned}
    assert set(pinned) == {s.request_id for s in plan.stays}
    following = load_plan(store, draft(store))
    for stay in plan.stays:
        again = following.by_request[stay.request_id].stay
        assert again is not None
        assert (again.centre_id, again.start, again.end) == (stay.centre_id, stay.start, stay.end)


def test_publishing_from_a_stale_base_is_refused(store: Engine, valid: Scenario) -> None:
    import_scenario(store, valid, "tester")
    first, second = draft(store), draft(store)
    publish(store, first, "a")
    with pytest.raises(StalePlanError) as raised:
        publish(store, second, "b")
    assert raised.value.params == {"version": second, "published": first}
    statuses = {v.number: v.status for v in list_versions(store)}
    assert statuses[second] == "draft"
    assert load_plan(store, second).decisions  # nothing is lost
    with pytest.raises(StoreError) as again:
        publish(store, first, "a")
    assert again.value.key == "store.not_draft"


def test_two_publishers_racing_from_one_base(store: Engine, valid: Scenario) -> None:
    import_scenario(store, valid, "tester")
    drafts = [draft(store), draft(store)]
    barrier = threading.Barrier(2)
    outcomes: dict[int, str] = {}

    def publisher(number: int) -> None:
        barrier.wait()
        try:
            publish(store, number, f"worker-{number}")
            outcomes[number] = "won"
        except StalePlanError:
            outcomes[number] = "stale"

    threads = [threading.Thread(target=publisher, args=(n,)) for n in drafts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes.values()) == ["stale", "won"]
    winner = next(n for n, o in outcomes.items() if o == "won")
    with Session(store) as session:
        assert plan_repo.published_number(session) == winner
    statuses = {v.number: v.status for v in list_versions(store)}
    assert [statuses[n] for n in drafts].count("published") == 1


def test_compare_and_set_on_two_open_transactions(store: Engine, valid: Scenario) -> None:
    """The second of two transactions that both saw the same base cannot publish."""
    import_scenario(store, valid, "tester")
    first, second = draft(store), draft(store)
    with Session(store) as one:
        plan_repo.publish(one, first, "a")
        one.commit()
    with Session(store) as two, pytest.raises(StalePlanError):
        plan_repo.publish(two, second, "b")


def test_unknown_version(store: Engine, demo: Scenario) -> None:
    import_scenario(store, demo, "tester")
    with pytest.raises(StoreError) as raised:
        publish(store, None, "a")
    assert raised.value.key == "store.no_versions"
    draft(store)
    with pytest.raises(StoreError) as raised:
        publish(store, 99, "a")
    assert raised.value.key == "store.unknown_version"
