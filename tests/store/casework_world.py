"""A small hand-checkable world for case work, published in a store (all names fictitious).

Horizon 2027. Rules: 42 nights a year, stays of 3 to 14 nights, at most 4 stays a year.

- Centres: ``C1`` 1 bed (demens, lift), ``C2`` 1 bed (no tags), ``C3`` 2 beds (demens).
- Persons: ``P1`` needs demens; ``P2`` 20 nights a year, 3 nights and 1 stay used before;
  ``P3``, ``P4``, ``P5`` no needs.
- Promised (pinned) stays, each as wished:
  ``R1`` P1 C1 03-01–03-08, ``R2`` P2 C2 03-01–03-08, ``R3`` P3 C2 03-15–03-22,
  ``R4`` P1 C3 05-03–05-10, ``R5`` P2 C1 06-01–06-11 (P2's 20 nights are then all taken),
  ``R6`` P3 C3 06-01–06-08, ``R8`` P4 C3 03-01–03-08, ``R9`` P5 C3 03-01–03-08.
- ``R7`` P3 wishes 03-02–03-06: every centre is full then, so it is rejected (capacity).

Published as version 2 (version 1 is the imported draft of the bookings).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.checker import check_plan
from scheduler.domain.model import Booking, Centre, Person, Request, Scenario
from scheduler.service.importing import import_scenario
from scheduler.service.planning import make_plan
from scheduler.service.publishing import publish
from scheduler.service.versions import load_plan, load_scenario
from scheduler.store import audit
from tests.builders import rules_with

RULES = rules_with(max_stay_nights=14, min_stay_nights=3, max_stays_per_year=4)
RECEIVED = date(2027, 1, 5)
STAYS = {
    "R1": ("P1", "C1", date(2027, 3, 1), date(2027, 3, 8)),
    "R2": ("P2", "C2", date(2027, 3, 1), date(2027, 3, 8)),
    "R3": ("P3", "C2", date(2027, 3, 15), date(2027, 3, 22)),
    "R4": ("P1", "C3", date(2027, 5, 3), date(2027, 5, 10)),
    "R5": ("P2", "C1", date(2027, 6, 1), date(2027, 6, 11)),
    "R6": ("P3", "C3", date(2027, 6, 1), date(2027, 6, 8)),
    "R8": ("P4", "C3", date(2027, 3, 1), date(2027, 3, 8)),
    "R9": ("P5", "C3", date(2027, 3, 1), date(2027, 3, 8)),
}


def world() -> Scenario:
    """The world's scenario with its bookings (pinned)."""
    requests = [
        Request(rid, person, RECEIVED, start, end) for rid, (person, _, start, end) in STAYS.items()
    ]
    requests.append(Request("R7", "P3", date(2027, 2, 1), date(2027, 3, 2), date(2027, 3, 6)))
    return Scenario(
        rules=RULES,
        horizon_start=date(2027, 1, 1),
        horizon_end=date(2028, 1, 1),
        centres=(
            Centre("C1", "Solsikken (fiktivt)", "plejecenter", 1, frozenset({"demens", "lift"})),
            Centre("C2", "Kløvermarken (fiktivt)", "plejecenter", 1),
            Centre("C3", "Valmuen (fiktivt)", "plejecenter", 2, frozenset({"demens"})),
        ),
        persons=(
            Person("P1", "Borger Et (fiktiv)", frozenset({"demens"})),
            Person("P2", "Borger To (fiktiv)", annual_nights=20, used_nights=3, used_stays=1),
            Person("P3", "Borger Tre (fiktiv)"),
            Person("P4", "Borger Fire (fiktiv)"),
            Person("P5", "Borger Fem (fiktiv)"),
        ),
        requests=tuple(sorted(requests, key=lambda r: r.request_id)),
        bookings=tuple(
            Booking(rid, centre, start, end, True) for rid, (_, centre, start, end) in STAYS.items()
        ),
    )


def published_world(engine: Engine) -> Engine:
    """The world imported, planned greedily (R7 rejected) and published as version 2."""
    import_scenario(engine, world(), "planner")
    make_plan(engine, 10.0, "planner", method="greedy")
    publish(engine, None, "planner")
    assert check_plan(load_scenario(engine), load_plan(engine)) == []
    return engine


def log(engine: Engine) -> list[tuple[str, str, str, list[str]]]:
    """The audit log as (actor, action, entity, ids)."""
    with Session(engine) as session:
        return [(e.actor, e.action, e.entity, e.ids) for e in audit.entries(session)]


def sound(engine: Engine) -> None:
    """The newest plan keeps every rule, by the independent checker."""
    assert check_plan(load_scenario(engine), load_plan(engine)) == []
