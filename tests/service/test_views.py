"""The app's read-only views on the valid test scenario (tests/data/valid/README.md)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine

from scheduler.domain.model import Decision, Plan, Reason, Stay
from scheduler.domain.objective import Tier
from scheduler.io.scenario_reader import read_scenario
from scheduler.service.errors import UserError
from scheduler.service.importing import import_scenario
from scheduler.service.planning import make_plan
from scheduler.service.publishing import publish
from scheduler.service.views import (
    ChangeKind,
    Move,
    Standing,
    Which,
    centres,
    compare_plans,
    movements,
    night_figures,
    person_years,
    plan_view,
    published_plan,
    request_lines,
    week_figures,
)
from scheduler.store.database import open_store
from scheduler.store.errors import StoreError

VALID = Path(__file__).resolve().parents[1] / "data" / "valid"


@pytest.fixture
def empty(tmp_path: Path) -> Engine:
    """A fresh SQLite store."""
    return open_store(f"sqlite:///{tmp_path / 'views.db'}")


@pytest.fixture
def engine(empty: Engine) -> Engine:
    """The valid scenario imported: its bookings are draft version 1 (R1 pinned, R3 not)."""
    import_scenario(empty, read_scenario(VALID), "tester")
    return empty


def test_an_empty_store_has_no_view_and_no_centres(empty: Engine) -> None:
    with pytest.raises(StoreError) as caught:
        plan_view(empty)
    assert caught.value.key == "store.empty"
    assert centres(empty) == ()


def test_the_newest_version_with_its_promised_stays(engine: Engine) -> None:
    view = plan_view(engine)
    assert view.version is not None and view.version.number == 1
    assert view.pinned == {"R1"}
    lines = {line.request.request_id: line for line in request_lines(view)}
    assert lines["R1"].standing is Standing.GRANTED and lines["R1"].pinned
    assert lines["R3"].standing is Standing.GRANTED and not lines["R3"].pinned
    assert lines["R5"].standing is Standing.UNPLANNED
    assert (lines["R2"].tier, lines["R4"].tier) == (Tier.LATE, Tier.ACUTE)


def test_no_published_version_yet(engine: Engine) -> None:
    view = plan_view(engine, Which.PUBLISHED)
    assert view.version is None and view.plan.decisions == ()
    assert published_plan(engine) == Plan()


def test_a_centre_view_holds_nothing_about_other_centres(engine: Engine) -> None:
    make_plan(engine, 10, "tester", method="greedy")
    full = plan_view(engine)
    at_c2 = {d.request_id for d in full.plan.decisions if d.stay and d.stay.centre_id == "C2"}
    view = plan_view(engine, centre="C2")
    assert [c.centre_id for c in view.scenario.centres] == ["C2"]
    assert view.scenario.closures == ()
    assert {d.request_id for d in view.plan.decisions} == at_c2
    assert all(d.stay is not None for d in view.plan.decisions)
    assert {r.request_id for r in view.scenario.requests} == at_c2
    for person in view.scenario.persons:
        assert (person.annual_nights, person.used_nights, person.consent) == (None, 0, True)


def test_a_centre_view_keeps_the_needs_its_stays_require(engine: Engine) -> None:
    view = plan_view(engine, centre="C1")
    assert {p.person_id: p.needs for p in view.scenario.persons} == {
        "P1": frozenset({"demens"}),
        "P3": frozenset({"lift"}),
    }


def test_an_unknown_centre_is_refused(engine: Engine) -> None:
    with pytest.raises(UserError) as caught:
        plan_view(engine, centre="C9")
    assert caught.value.key == "store.unknown_centre"


def test_nights_count_closures_and_stays(engine: Engine) -> None:
    view = plan_view(engine)
    nights = night_figures(view, date(2027, 6, 13), date(2027, 7, 1))
    figures = {(n.centre_id, n.night): n for n in nights}
    june = figures["C1", date(2027, 6, 13)]
    assert (june.beds, june.closed, june.occupied, june.free, june.percent) == (2, 0, 1, 1, 50.0)
    july = figures["C1", date(2027, 7, 1)]
    assert (july.open, july.free) == (1, 1)
    assert min(n.night for n in nights) == date(2027, 6, 13)
    assert max(n.night for n in nights) == date(2027, 7, 1)


def test_weeks_sum_their_nights(engine: Engine) -> None:
    view = plan_view(engine)
    nights = [n for n in night_figures(view, date(2027, 6, 7), date(2027, 6, 13))]
    weeks = {(w.centre_id, w.week): w for w in week_figures(nights)}
    c1 = weeks["C1", 23]
    assert (c1.open_nights, c1.used_nights, c1.least_free) == (14, 7, 1)
    assert c1.percent == 50.0


def test_arrivals_and_departures_in_a_window(engine: Engine) -> None:
    view = plan_view(engine)
    found = movements(view, date(2027, 6, 7), 7)
    assert [(m.day, m.move, m.stay.request_id) for m in found] == [
        (date(2027, 6, 7), Move.ARRIVAL, "R1")
    ]
    later = movements(view, date(2027, 6, 7), 8)
    assert [m.move for m in later] == [Move.ARRIVAL, Move.DEPARTURE]


def test_person_years(engine: Engine) -> None:
    years = {(y.person.person_id, y.year): y for y in person_years(plan_view(engine))}
    p2 = years["P2", 2027]
    assert (p2.limit, p2.used, p2.granted, p2.left) == (28, 3, 0, 25)
    p1 = years["P1", 2027]
    assert (p1.limit, p1.granted, p1.left) == (42, 7, 35)


def _stay(request: str, centre: str, start: date, end: date, bed: int = 1) -> Stay:
    return Stay(request, centre, bed, start, end)


def test_comparing_two_plans() -> None:
    scenario = read_scenario(VALID)
    june, later = date(2027, 6, 7), date(2027, 6, 14)
    before = Plan(
        (
            Decision("R1", "P1", stay=_stay("R1", "C1", june, later)),
            Decision("R2", "P2", stay=_stay("R2", "C2", date(2027, 7, 5), date(2027, 7, 12))),
            Decision("R3", "P3", stay=_stay("R3", "C1", date(2027, 2, 1), date(2027, 2, 8))),
        )
    )
    after = Plan(
        (
            Decision("R1", "P1", stay=_stay("R1", "C1", june, later, bed=2)),
            Decision("R2", "P2", reason=Reason.CAPACITY),
            Decision("R3", "P3", stay=_stay("R3", "C1", date(2027, 2, 2), date(2027, 2, 9))),
            Decision("R5", "P2", stay=_stay("R5", "C2", date(2027, 3, 1), date(2027, 3, 15))),
        )
    )
    changes = {c.request_id: c.kind for c in compare_plans(scenario, before, after)}
    assert changes == {"R2": ChangeKind.LOSES, "R3": ChangeKind.MOVES, "R5": ChangeKind.GAINS}


def test_the_published_view_after_publishing(engine: Engine) -> None:
    make_plan(engine, 10, "tester", method="greedy")
    publish(engine, None, "tester")
    make_plan(engine, 10, "tester", method="greedy")
    published = plan_view(engine, Which.PUBLISHED)
    assert published.version is not None and published.version.status == "published"
    assert published.pinned == {s.request_id for s in published.plan.stays}
    assert published_plan(engine) == published.plan
    newest = plan_view(engine)
    assert newest.version is not None and newest.version.number == published.version.number + 1
