"""Ending a grant on both databases: exactly the later unstarted stays are cancelled, a stay
running over the day ends on it (recorded as an early departure once the day has come, else
only shortened), earlier stays are kept, the waiting list sees the room, the ending letter is
recorded, and it is all one audited transaction (ids only)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

import scheduler.service.grant_ending as grant_ending
from scheduler.domain.errors import UserError
from scheduler.service.followup import case_state
from scheduler.service.followup_letter import ending_facts, ending_letter
from scheduler.service.grant_ending import end_grant, ending_preview
from scheduler.service.operations import waiting_list
from scheduler.service.versions import list_versions, load_plan
from scheduler.store import casework_repo
from scheduler.store.database import open_store
from scheduler.store.models import LetterRow, RequestRow
from tests.store.casework_world import log, published_world, sound
from tests.store.conftest import postgres_url, store_url  # noqa: F401  (fixtures)


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:  # noqa: F811
    """The case-work world (``tests.store.casework_world``), published, on each database."""
    made = open_store(store_url)
    yield published_world(made)
    made.dispose()


def _cancelled(engine: Engine) -> set[str]:
    with Session(engine) as session:
        query = select(RequestRow.request_id).where(RequestRow.cancelled_at.is_not(None))
        return set(session.scalars(query))


def _letters(engine: Engine) -> list[LetterRow]:
    """The ending letters (publishing records the other decisions' letters too)."""
    with Session(engine) as session:
        return list(session.scalars(select(LetterRow).where(LetterRow.kind == "ending")))


def test_ending_cuts_the_stay_in_progress_and_cancels_the_later_ones(engine: Engine) -> None:
    before = load_plan(engine)
    outcome = end_grant(engine, "P1", date(2027, 3, 4), "planner", today=date(2027, 3, 4))
    ending = outcome.ending
    assert [s.request_id for s in ending.cancelled] == ["R4"]
    assert ending.withdrawn == ()
    assert ending.shortened is not None and ending.shortened.end == date(2027, 3, 4)
    plan = load_plan(engine)
    assert "R4" not in plan.by_request
    stay = plan.by_request["R1"].stay
    assert stay is not None and (stay.start, stay.end) == (date(2027, 3, 1), date(2027, 3, 4))
    for other in ("R2", "R3", "R5", "R6", "R8", "R9"):  # other persons' stays are kept
        assert plan.by_request[other].stay == before.by_request[other].stay
    assert _cancelled(engine) == {"R4"}
    with Session(engine) as session:
        record = casework_repo.stay_record(session, "R1")
    assert record is not None and record.departed == date(2027, 3, 4)
    assert record.planned_end == date(2027, 3, 8)
    assert case_state(engine, "P1").grant_ended == date(2027, 3, 4)
    versions = list_versions(engine)
    assert versions[-1].number == outcome.version and outcome.version == 3
    sound(engine)


def test_ending_ahead_shortens_the_stay_and_records_no_departure_yet(engine: Engine) -> None:
    """Ended on a day after today, the stay running over it is cut in the plan and in its
    request, but nothing is recorded as happened: the departure is recorded once it has
    happened (before its arrival, not even that is known)."""
    before = len(log(engine))
    outcome = end_grant(engine, "P1", date(2027, 3, 4), "planner", today=date(2027, 3, 3))
    assert outcome.ending.shortened is not None
    stay = load_plan(engine).by_request["R1"].stay
    assert stay is not None and (stay.start, stay.end) == (date(2027, 3, 1), date(2027, 3, 4))
    with Session(engine) as session:
        assert casework_repo.stay_record(session, "R1") is None
        request = session.get(RequestRow, "R1")
        assert request is not None and request.end == date(2027, 3, 4)
    assert not [e for e in log(engine)[before:] if e[1] == "record_departure"]
    sound(engine)


def test_a_stay_arriving_on_the_day_is_cancelled_and_earlier_ones_kept(engine: Engine) -> None:
    outcome = end_grant(engine, "P3", date(2027, 3, 15), "planner")
    assert sorted(s.request_id for s in outcome.ending.cancelled) == ["R3", "R6"]
    assert outcome.ending.withdrawn == ()  # R7 wished 2–6 March: before the day
    assert outcome.ending.shortened is None
    assert _cancelled(engine) == {"R3", "R6"}
    assert "R7" in load_plan(engine).by_request
    sound(engine)


def test_a_wish_not_granted_reaching_past_the_day_is_withdrawn(engine: Engine) -> None:
    outcome = end_grant(engine, "P3", date(2027, 3, 5), "planner")
    assert outcome.ending.withdrawn == ("R7",)
    assert _cancelled(engine) == {"R3", "R6", "R7"}
    sound(engine)


def test_the_freed_nights_go_to_the_waiting_list(engine: Engine) -> None:
    assert waiting_list(engine) == []
    outcome = end_grant(engine, "P4", date(2027, 3, 1), "planner")  # R8 frees a bed at C3
    assert outcome.waiting == 1
    assert [offer.request_id for offer in waiting_list(engine)] == ["R7"]


def test_the_letter_is_recorded_with_its_facts(engine: Engine) -> None:
    outcome = end_grant(engine, "P1", date(2027, 3, 4), "planner", written=date(2027, 3, 4))
    (row,) = _letters(engine)
    assert (row.id, row.kind, row.person_id, row.request_id) == (
        outcome.letter_id,
        "ending",
        "P1",
        None,
    )
    assert row.version_number == outcome.version and row.sent_at is None
    facts = ending_facts(row.content)
    assert [s.request_id for s in facts.cancelled] == ["R4"]
    assert facts.cancelled[0].centre_name == "Valmuen (fiktivt)"
    page = ending_letter(engine, outcome.letter_id, ".html").decode("utf-8")
    assert "Borger Et (fiktiv)" in page and "Klagevejledning" in page
    assert ending_letter(engine, outcome.letter_id, ".pdf").startswith(b"%PDF")


def test_it_is_audited_by_ids_only(engine: Engine) -> None:
    before = len(log(engine))
    outcome = end_grant(engine, "P1", date(2027, 3, 4), "planner", today=date(2027, 3, 4))
    entries = log(engine)[before:]
    assert ("planner", "cancel", "request", ["R4"]) in entries
    assert ("planner", "record_departure", "stay", ["R1"]) in entries
    assert ("planner", "end_grant", "person", ["P1"]) in entries
    assert ("planner", "letter_made", "letter", [str(outcome.letter_id)]) in entries
    assert all(actor == "planner" for actor, *_ in entries)
    assert "Borger" not in repr(entries) and "fiktiv" not in repr(entries)


def test_it_is_one_transaction(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure at the very end (the letter) leaves nothing of the ending."""
    versions = len(list_versions(engine))
    entries = len(log(engine))

    def broken(*args: object, **kwargs: object) -> int:
        raise RuntimeError("letter store down")

    monkeypatch.setattr(grant_ending, "record_letter", broken)
    with pytest.raises(RuntimeError):
        end_grant(engine, "P1", date(2027, 3, 4), "planner")
    assert case_state(engine, "P1").grant_ended is None
    assert _cancelled(engine) == set()
    assert len(list_versions(engine)) == versions and len(log(engine)) == entries
    with Session(engine) as session:
        assert casework_repo.stay_record(session, "R1") is None


def test_the_preview_shows_what_ending_does_and_changes_nothing(engine: Engine) -> None:
    entries = len(log(engine))
    preview = ending_preview(engine, "P1", date(2027, 3, 4))
    assert len(log(engine)) == entries and _cancelled(engine) == set()
    assert end_grant(engine, "P1", date(2027, 3, 4), "planner").ending == preview


def test_nothing_after_the_day_publishes_no_version(engine: Engine) -> None:
    outcome = end_grant(engine, "P4", date(2027, 12, 1), "planner")
    assert outcome.version is None and outcome.ending.request_ids == ()
    assert case_state(engine, "P4").grant_ended == date(2027, 12, 1)
    assert len(_letters(engine)) == 1


@pytest.mark.parametrize(
    ("person", "day", "key"),
    [
        ("P9", date(2027, 3, 4), "followup.unknown_person"),
        ("P1", date(2026, 12, 31), "followup.outside_horizon"),
        ("P1", date(2028, 1, 1), "followup.outside_horizon"),
    ],
)
def test_refusals_change_nothing(engine: Engine, person: str, day: date, key: str) -> None:
    entries = len(log(engine))
    with pytest.raises(UserError) as raised:
        end_grant(engine, person, day, "planner")
    assert raised.value.key == key
    assert len(log(engine)) == entries


def test_an_ended_grant_cannot_end_again(engine: Engine) -> None:
    end_grant(engine, "P1", date(2027, 3, 4), "planner")
    with pytest.raises(UserError) as raised:
        end_grant(engine, "P1", date(2027, 4, 1), "planner")
    assert raised.value.key == "followup.already_ended"
    assert raised.value.params["day"] == date(2027, 3, 4)
