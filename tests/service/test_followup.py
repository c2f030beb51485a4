"""Follow-up of each case on both databases: dates by hand and from the profile, the due list's
boundaries (this week, overdue, not yet due, ended, anonymised), and recording a follow-up."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import Engine, update
from sqlalchemy.orm import Session

from scheduler.domain.errors import UserError
from scheduler.domain.model import RequestKind
from scheduler.service.followup import (
    DueReason,
    case_state,
    due_followups,
    record_follow_up,
    set_follow_up,
    week_end,
)
from scheduler.service.importing import import_scenario
from scheduler.service.planning import make_plan
from scheduler.service.publishing import publish
from scheduler.store.database import open_store
from scheduler.store.models import PersonRow
from tests.store.casework_world import RULES, log, published_world, world
from tests.store.conftest import postgres_url, store_url  # noqa: F401  (fixtures)

MONDAY = date(2027, 3, 8)
"""A Monday: its ISO week runs to Sunday 14 March."""


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:  # noqa: F811
    """The case-work world (``tests.store.casework_world``), published, on each database."""
    made = open_store(store_url)
    yield published_world(made)
    made.dispose()


def _set(engine: Engine, person_id: str, **values: object) -> None:
    with Session(engine) as session, session.begin():
        session.execute(update(PersonRow).where(PersonRow.person_id == person_id).values(values))


def _due(engine: Engine, today: date = MONDAY) -> list[tuple[str, DueReason, date, int]]:
    return [(i.person_id, i.reason, i.due, i.days_overdue) for i in due_followups(engine, today)]


def test_week_end_is_the_sunday_of_the_iso_week() -> None:
    assert week_end(MONDAY) == date(2027, 3, 14)
    assert week_end(date(2027, 3, 14)) == date(2027, 3, 14)


def test_due_list_boundaries(engine: Engine) -> None:
    set_follow_up(engine, "P1", date(2027, 3, 14), "planner")  # Sunday: this week
    set_follow_up(engine, "P2", date(2027, 3, 15), "planner")  # next Monday: not yet
    set_follow_up(engine, "P3", date(2027, 3, 1), "planner")  # a week overdue
    set_follow_up(engine, "P4", date(2027, 3, 2), "planner")
    _set(engine, "P4", grant_ended=date(2027, 3, 5))  # ended: left out
    set_follow_up(engine, "P5", date(2027, 3, 3), "planner")
    _set(engine, "P5", anonymised_at=datetime(2027, 3, 6, 12))  # anonymised: left out
    assert _due(engine) == [
        ("P3", DueReason.FOLLOW_UP, date(2027, 3, 1), 7),
        ("P1", DueReason.FOLLOW_UP, date(2027, 3, 14), 0),
    ]


def test_handleplan_due_is_its_own_reason(engine: Engine) -> None:
    record_follow_up(
        engine,
        "P1",
        date(2027, 3, 1),
        "Ny handleplan: målene for opholdet er ikke nået.",
        "planner",
        next_on=date(2027, 6, 1),
        handleplan_due=date(2027, 3, 10),
    )
    assert _due(engine) == [("P1", DueReason.HANDLEPLAN, date(2027, 3, 10), 0)]
    state = case_state(engine, "P1")
    assert state.follow_up_on == date(2027, 6, 1)
    assert state.follow_up_note.startswith("Ny handleplan")


def test_a_grant_ending_later_keeps_what_is_due_before_it(engine: Engine) -> None:
    set_follow_up(engine, "P1", date(2027, 3, 9), "planner")
    _set(engine, "P1", grant_ended=date(2027, 3, 20))
    assert [i[0] for i in _due(engine)] == ["P1"]
    _set(engine, "P1", grant_ended=date(2027, 3, 9))  # ends on the follow-up day itself
    assert _due(engine) == []


def test_nothing_is_due_without_dates_or_profile_keys(engine: Engine) -> None:
    assert _due(engine, date(2027, 12, 31)) == []


@pytest.fixture
def automatic(store_url: str) -> Iterator[Engine]:  # noqa: F811
    """The world under a profile with ``follow_up_weeks`` 4 and ``acute_follow_up_days`` 3,
    with P5's stay (R9, 1 March) acute."""
    made = open_store(store_url)
    scenario = world()
    rules = replace(RULES, follow_up_weeks=4, acute_follow_up_days=3)
    requests = tuple(
        replace(r, kind=RequestKind.ACUTE) if r.request_id == "R9" else r for r in scenario.requests
    )
    import_scenario(made, replace(scenario, rules=rules, requests=requests), "planner")
    make_plan(made, 10.0, "planner", method="greedy")
    publish(made, None, "planner")
    yield made
    made.dispose()


def test_automatic_dates_from_the_profile(automatic: Engine) -> None:
    # first arrivals: P1, P2, P4 and P5 on 1 March, P3 on 15 March; P5's stay is acute
    due = _due(automatic, date(2027, 3, 29))  # the week of 29 March: 4 weeks after 1 March
    assert ("P5", DueReason.ACUTE, date(2027, 3, 4), 25) in due
    assert ("P1", DueReason.FOLLOW_UP, date(2027, 3, 29), 0) in due
    assert not [i for i in due if i[0] == "P3"]  # 12 April: not yet
    # a date set by hand wins over the profile's
    set_follow_up(automatic, "P1", date(2027, 5, 3), "planner")
    assert not [i for i in _due(automatic, date(2027, 3, 29)) if i[0] == "P1"]


def test_recording_without_a_next_date_takes_the_profiles_weeks(automatic: Engine) -> None:
    done = record_follow_up(automatic, "P5", date(2027, 3, 5), "Opholdet forløb godt.", "planner")
    assert done.next_on == date(2027, 4, 2) and done.automatic
    # the acute follow-up (4 March) is done; the next one is in the week of 29 March
    assert not [i for i in _due(automatic, date(2027, 3, 22)) if i[0] == "P5"]
    assert [i[1] for i in _due(automatic, date(2027, 3, 29)) if i[0] == "P5"] == [
        DueReason.FOLLOW_UP
    ]


def test_an_acute_stay_after_the_last_follow_up_gets_its_own_date(automatic: Engine) -> None:
    # held on 28 February, before P5's acute stay arrives on 1 March: that stay is not followed
    # up yet, whatever the next date of the case
    record_follow_up(
        automatic, "P5", date(2027, 2, 28), "Før opholdet.", "planner", next_on=date(2027, 6, 1)
    )
    assert case_state(automatic, "P5").follow_up_held == date(2027, 2, 28)
    due = [i for i in _due(automatic, date(2027, 3, 8)) if i[0] == "P5"]
    assert due == [("P5", DueReason.ACUTE, date(2027, 3, 4), 4)]


def test_record_follow_up_is_audited_by_id_only(engine: Engine) -> None:
    note = "Borger Et (fiktiv) har det bedre; fortsat aflastning."
    done = record_follow_up(engine, "P1", date(2027, 3, 1), note, "planner")
    assert done.next_on is None and not done.automatic  # no follow_up_weeks in this profile
    entries = [e for e in log(engine) if e[1] in ("follow_up", "set_follow_up")]
    assert entries == [("planner", "follow_up", "person", ["P1"])]
    assert "Borger" not in repr(log(engine))


@pytest.mark.parametrize(
    ("kwargs", "key"),
    [
        ({"note": "x" * 2001}, "followup.note_too_long"),
        ({"note": "   "}, "followup.note_empty"),
        ({"note": "ok\x07"}, "followup.note_control"),
        ({"next_on": date(2027, 3, 1)}, "followup.next_not_after_held"),
        ({"next_on": date(2027, 2, 1)}, "followup.next_not_after_held"),
        ({"handleplan_due": date(2027, 2, 28)}, "followup.handleplan_before_held"),
    ],
)
def test_bad_follow_ups_are_refused_and_change_nothing(
    engine: Engine, kwargs: dict[str, object], key: str
) -> None:
    values: dict[str, object] = {"note": "Fortsat aflastning.", **kwargs}
    note = str(values.pop("note"))
    with pytest.raises(UserError) as raised:
        record_follow_up(engine, "P1", date(2027, 3, 1), note, "planner", **values)  # type: ignore[arg-type]
    assert raised.value.key == key
    assert case_state(engine, "P1").follow_up_note == ""


def test_a_note_of_2000_characters_with_line_breaks_is_kept(engine: Engine) -> None:
    note = ("Linje\n" * 400)[:2000]
    record_follow_up(engine, "P1", date(2027, 3, 1), note, "planner")
    assert case_state(engine, "P1").follow_up_note == note.strip()


def test_unknown_and_ended_persons_are_refused(engine: Engine) -> None:
    with pytest.raises(UserError) as raised:
        set_follow_up(engine, "P9", date(2027, 3, 1), "planner")
    assert raised.value.key == "followup.unknown_person"
    _set(engine, "P2", grant_ended=date(2027, 3, 1))
    with pytest.raises(UserError) as raised:
        record_follow_up(engine, "P2", date(2027, 3, 2), "Mere aflastning.", "planner")
    assert raised.value.key == "followup.already_ended"


def test_an_anonymised_person_is_refused(engine: Engine) -> None:
    _set(engine, "P3", anonymised_at=datetime(2027, 3, 1, 9))
    with pytest.raises(UserError) as raised:
        set_follow_up(engine, "P3", date(2027, 4, 1), "planner")
    assert raised.value.key == "followup.anonymised"
