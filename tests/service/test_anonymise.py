"""Anonymising a person whose grant has ended, on SQLite and PostgreSQL: the names and free
text leave every text column of every table; dates and counts stay; a running grant is
refused; ``anonymise_ended_before`` takes exactly the ended grants."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from scheduler.domain.errors import UserError
from scheduler.io.scenario_reader import read_scenario
from scheduler.service.anonymise import (
    anonymise_ended_before,
    anonymise_person,
    privacy_state,
)
from scheduler.service.import_preview import preview_import
from scheduler.service.importing import import_scenario
from scheduler.service.request_edit import set_handover_note
from scheduler.store import audit
from scheduler.store.database import open_store
from scheduler.store.models import BookingRow, LetterRow, PersonRow, RejectionRow, RequestRow
from tests.service.privacy_world import ENDED, P1, P2, build, found_anywhere, text_columns
from tests.store.conftest import postgres_url, store_url  # noqa: F401  (fixtures)
from tests.ui.helpers import VALID

AFTER = ENDED + timedelta(days=30)


@pytest.fixture
def world(store_url: str) -> Iterator[Engine]:  # noqa: F811
    engine = open_store(store_url)
    yield build(engine)
    engine.dispose()


def _counts(engine: Engine) -> dict[str, object]:
    """What statistics need: the rows per table and the requests' dates."""
    with Session(engine) as session:
        counted = {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in (PersonRow, RequestRow, BookingRow, RejectionRow, LetterRow)
        }
        dates = sorted(session.execute(select(RequestRow.request_id, RequestRow.start)).all())
    return {**counted, "dates": dates}


def test_the_scan_covers_the_tables_that_hold_names() -> None:
    columns = set(text_columns())
    for column in (
        ("persons", "name"),
        ("persons", "carer_name"),
        ("persons", "follow_up_note"),
        ("requests", "handover_note"),
        ("stay_exceptions", "reason"),
        ("letters", "content"),
        ("audit_log", "ids"),
    ):
        assert column in columns


def test_no_name_or_note_is_left_anywhere(world: Engine) -> None:
    assert {text for *_, text in found_anywhere(world, P1.texts)} == set(P1.texts)
    before = _counts(world)
    with Session(world) as session:
        letters = session.scalar(select(func.count()).where(LetterRow.person_id == "P1"))
    done = anonymise_person(world, "P1", "planner", today=AFTER)
    assert (done.person_id, done.replacement, done.letters) == ("P1", "Anonymiseret P1", letters)
    assert done.requests == 2
    assert found_anywhere(world, P1.texts) == []
    # the other person keeps everything, and the statistics are untouched
    assert {text for *_, text in found_anywhere(world, P2.texts)} == set(P2.texts)
    assert _counts(world) == before
    with Session(world) as session:
        person = session.get(PersonRow, "P1")
        assert person is not None
        assert (person.name, person.carer_name) == ("Anonymiseret P1", "Anonymiseret P1")
        assert person.grant_ended == ENDED and person.anonymised_at is not None
        last = audit.entries(session)[-1]
        assert (last.action, last.entity, last.ids, last.actor) == (
            "anonymise",
            "person",
            ["P1"],
            "planner",
        )
    assert privacy_state(world, "P1").anonymised_at is not None


def test_a_running_grant_is_refused_and_nothing_changes(world: Engine) -> None:
    with Session(world) as session:
        logged = len(audit.entries(session))
    with pytest.raises(UserError) as caught:
        anonymise_person(world, "P2", "planner", today=AFTER)
    assert caught.value.key == "privacy.grant_running"
    with pytest.raises(UserError) as caught:
        anonymise_person(world, "P1", "planner", today=ENDED - timedelta(days=1))
    assert caught.value.key == "privacy.grant_ends_later"
    with pytest.raises(UserError) as caught:
        anonymise_person(world, "P9", "planner", today=AFTER)
    assert caught.value.key == "privacy.unknown_person"
    assert {text for *_, text in found_anywhere(world, P1.texts + P2.texts)} == set(
        P1.texts + P2.texts
    )
    with Session(world) as session:
        assert len(audit.entries(session)) == logged


def test_twice_is_refused_and_no_note_comes_back(world: Engine) -> None:
    anonymise_person(world, "P1", "planner", today=ENDED)
    with pytest.raises(UserError) as caught:
        anonymise_person(world, "P1", "planner", today=AFTER)
    assert caught.value.key == "privacy.already_anonymised"
    with pytest.raises(UserError) as caught:
        set_handover_note(world, "R1", "Karen Etsen kommer igen", "planner")
    assert caught.value.key == "privacy.note.anonymised"


def test_ended_before_takes_only_the_ended_grants(world: Engine) -> None:
    assert anonymise_ended_before(world, ENDED, "planner", today=AFTER) == []
    done = anonymise_ended_before(world, ENDED + timedelta(days=1), "planner", today=AFTER)
    assert [d.person_id for d in done] == ["P1"]
    assert found_anywhere(world, P1.texts) == []
    assert {text for *_, text in found_anywhere(world, P2.texts)} == set(P2.texts)
    # already done: nothing more to do
    assert anonymise_ended_before(world, date(2030, 1, 1), "planner", today=AFTER) == []


def test_an_import_does_not_bring_the_name_back(world: Engine) -> None:
    anonymise_person(world, "P1", "planner", today=AFTER)
    old_workbook = read_scenario(VALID)  # made before: it still names P1
    assert old_workbook.person_by_id["P1"].name != "Anonymiseret P1"
    preview = preview_import(world, old_workbook)
    assert not [c for c in preview.changed if (c.entity, c.key) == ("person", "P1")]
    import_scenario(world, old_workbook, "planner")
    with Session(world) as session:
        person = session.get(PersonRow, "P1")
        assert person is not None
        assert (person.name, person.carer_name) == ("Anonymiseret P1", "Anonymiseret P1")
