"""A small published world for the race tests (all names fictitious).

Horizon 2027, one centre ``C1`` with 2 beds, of which 1 is closed from 1 September: there is
then room for one acute stay at a time, so two acute stays racing for the same nights cannot
both be placed. Persons ``P001`` … ``P100``; ``R01`` … ``R60`` (of ``P001`` … ``P060``) are
4-night stays from January to May, two at a time, all granted and published. ``P061`` …
``P100`` have no stay: they are the acute cases.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.checker import check_plan
from scheduler.domain.model import Centre, Closure, Person, Plan, Request, Scenario
from scheduler.service.importing import import_scenario
from scheduler.service.planning import make_plan
from scheduler.service.publishing import publish
from scheduler.service.versions import load_plan, load_scenario
from scheduler.store import plan_repo
from tests.builders import rules_with

GRANTED = 60
PERSONS = 100
FIRST_ACUTE_PERSON = GRANTED + 1
ACUTE_FROM = date(2027, 9, 1)
RECEIVED = date(2027, 8, 30)
"""The day every acute need of the tests is reported: the acute ids share a prefix."""


def person_id(number: int) -> str:
    return f"P{number:03d}"


def request_id(number: int) -> str:
    return f"R{number:02d}"


def race_world() -> Scenario:
    """The world's scenario (no bookings: the plan grants every request)."""
    start = date(2027, 1, 4)
    requests = tuple(
        Request(
            request_id(n),
            person_id(n),
            date(2026, 12, 1),
            start + timedelta(days=4 * ((n - 1) // 2)),
            start + timedelta(days=4 * ((n - 1) // 2) + 4),
        )
        for n in range(1, GRANTED + 1)
    )
    return Scenario(
        rules=rules_with(),
        horizon_start=date(2027, 1, 1),
        horizon_end=date(2028, 1, 1),
        centres=(Centre("C1", "Rosen (fiktivt)", "plejecenter", 2),),
        closures=(Closure("C1", ACUTE_FROM, date(2028, 1, 1), 1),),
        persons=tuple(Person(person_id(n), f"Borger {n} (fiktiv)") for n in range(1, PERSONS + 1)),
        requests=requests,
    )


def publish_world(engine: Engine) -> None:
    """Import the world, plan it greedily and publish the plan (every request granted)."""
    import_scenario(engine, race_world(), "setup")
    make_plan(engine, 10.0, "setup", method="greedy")
    publish(engine, None, "setup")
    assert len(published_plan(engine).stays) == GRANTED


def published_number(engine: Engine) -> int:
    with Session(engine) as session:
        number = plan_repo.published_number(session)
    assert number is not None
    return number


def published_plan(engine: Engine) -> Plan:
    return load_plan(engine, published_number(engine))


def assert_sound(engine: Engine) -> None:
    """The published plan keeps every rule of the stored scenario."""
    assert check_plan(load_scenario(engine), published_plan(engine)) == []
