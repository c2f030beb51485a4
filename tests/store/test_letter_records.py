"""The record of decision letters on both engines: every decision records its letter in its own
transaction (and a failed decision none), the unsent list, marking letters sent, the zip of the
unsent letters, and clearing a person's names from their letters."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from scheduler.service.casework import (
    CancelStay,
    MoveStay,
    RequestInput,
    add_request,
    change_stay,
    edit_person_rules,
)
from scheduler.service.errors import StalePlanError, UserError
from scheduler.service.grant_ending import end_grant
from scheduler.service.letter_records import anonymise_letters, facts_from_content, record_letter
from scheduler.service.operations import accept_offer, cancel, insert_acute
from scheduler.service.operations.letter_sending import (
    mark_sent,
    recorded_letter,
    send_unsent_to_file,
    unsent_letters,
    unsent_zip_bytes,
)
from scheduler.service.planning import make_plan
from scheduler.service.publishing import publish
from scheduler.service.versions import VersionStatus, list_versions
from scheduler.store.models import LetterRow
from tests.store.casework_world import log, published_world


@pytest.fixture
def world(store: Engine) -> Engine:
    return published_world(store)


def _letters(engine: Engine) -> list[LetterRow]:
    with Session(engine) as session:
        rows = list(session.scalars(select(LetterRow).order_by(LetterRow.id)))
        session.expunge_all()
        return rows


def _kinds(engine: Engine) -> list[tuple[str | None, str]]:
    return [(row.request_id, row.kind) for row in _letters(engine)]


def test_publishing_records_a_letter_for_each_decision(world: Engine) -> None:
    letters = _letters(world)
    granted = {f"R{i}" for i in (1, 2, 3, 4, 5, 6, 8, 9)}
    assert {(r.request_id, r.kind) for r in letters} == {(rid, "grant") for rid in granted} | {
        ("R7", "rejection")
    }
    assert {(r.version_number, r.language, r.made_by, r.sent_at) for r in letters} == {
        (2, "da", "planner", None)
    }
    made = [e for e in log(world) if e[1] == "letter_made"]
    assert made == [("planner", "letter_made", "letter", [str(r.id) for r in letters])]
    facts, earlier = facts_from_content(letters[0].content)
    assert facts.person.name == "Borger Et (fiktiv)" and earlier is None


def test_a_replan_published_again_writes_only_what_changed(world: Engine) -> None:
    before = len(_letters(world))
    make_plan(world, 10.0, "planner", method="greedy")
    publish(world, None, "planner")
    assert len(_letters(world)) == before


def test_a_change_records_the_stay_before_and_after(world: Engine) -> None:
    change_stay(world, "R3", "planner-7", start=date(2027, 3, 16), seen=2)
    row = _letters(world)[-1]
    assert (row.request_id, row.kind, row.version_number) == ("R3", "change", 3)
    facts, earlier = facts_from_content(row.content)
    assert facts.decision.stay is not None
    assert (facts.decision.stay.start, facts.decision.stay.end) == (
        date(2027, 3, 16),
        date(2027, 3, 23),
    )
    assert earlier is not None and (earlier.start, earlier.end) == (
        date(2027, 3, 15),
        date(2027, 3, 22),
    )
    assert earlier.centre_name == "Kløvermarken (fiktivt)"
    page = recorded_letter(world, row.id, ".html").decode()
    assert "15. marts 2027" in page and "16. marts 2027" in page


def test_a_cancellation_and_the_offer_of_the_freed_bed_each_record_their_letter(
    world: Engine,
) -> None:
    cancel(world, "R2", "planner")
    accept_offer(world, "R7", "planner")
    assert _kinds(world)[-2:] == [("R2", "cancellation"), ("R7", "offer")]
    cancelled, offered = _letters(world)[-2:]
    assert "1. marts 2027" in recorded_letter(world, cancelled.id, ".html").decode()
    page = recorded_letter(world, offered.id, ".html", "en").decode()
    assert "Offer of a respite stay" in page and "2 March 2027" in page


def test_a_refused_change_leaves_no_letter(world: Engine) -> None:
    before = _kinds(world)
    with pytest.raises(StalePlanError):
        change_stay(world, "R3", "planner", start=date(2027, 3, 16), seen=1)
    assert change_stay(world, "R3", "planner", start=date(2027, 3, 5)).version is None
    assert _kinds(world) == before


def test_a_publication_that_fails_after_its_letters_keeps_none(
    world: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _kinds(world)
    cancel(world, "R9", "planner")
    make_plan(world, 10.0, "planner", method="greedy")

    def broken(*_: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr("scheduler.service.publishing.version_info", broken)
    with pytest.raises(RuntimeError):
        publish(world, None, "planner")
    assert _kinds(world) == [*before, ("R9", "cancellation")]
    assert list_versions(world)[-1].status == VersionStatus.DRAFT
    monkeypatch.undo()
    publish(world, None, "planner")  # the same publication, whole, records the letter
    assert _kinds(world) == [*before, ("R9", "cancellation"), ("R7", "grant")]


def test_the_unsent_list_and_marking_letters_sent(world: Engine) -> None:
    listed = unsent_letters(world)
    assert len(listed) == 9
    first = listed[0]
    assert (first.person_name, first.made_by) == ("Borger Et (fiktiv)", "planner")
    assert mark_sent(world, [first.letter_id, listed[1].letter_id], "clerk") == 2
    assert mark_sent(world, [first.letter_id], "someone else") == 0
    assert [u.letter_id for u in unsent_letters(world)] == [u.letter_id for u in listed[2:]]
    kept = {r.id: (r.sent_by, r.sent_at is not None) for r in _letters(world)}
    assert kept[first.letter_id] == ("clerk", True)
    assert ("clerk", "letter_sent", "letter", [str(first.letter_id), str(listed[1].letter_id)]) in (
        log(world)
    )


def test_an_unknown_letter_marks_none(world: Engine) -> None:
    listed = unsent_letters(world)
    with pytest.raises(UserError) as refused:
        mark_sent(world, [listed[0].letter_id, 999_999], "clerk")
    assert refused.value.key == "letters.unknown"
    assert len(unsent_letters(world)) == len(listed)


def test_the_unsent_zip_holds_every_letter_and_marks_them_only_when_written(
    world: Engine, tmp_path: Path
) -> None:
    data, ids = unsent_zip_bytes(world)
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert len(names) == len(ids) == 9
    assert len(unsent_letters(world)) == 9  # the bytes alone mark nothing
    with pytest.raises(OSError):
        send_unsent_to_file(world, tmp_path / "missing" / "letters.zip", "clerk")
    assert len(unsent_letters(world)) == 9
    out = tmp_path / "letters.zip"
    assert send_unsent_to_file(world, out, "clerk", "en") == 9
    with zipfile.ZipFile(out) as archive:
        name = next(n for n in archive.namelist() if n.endswith("-rejection-R7.pdf"))
        text = PdfReader(io.BytesIO(archive.read(name))).pages[0].extract_text()
    assert "Decision on respite care" in text
    assert unsent_letters(world) == []
    assert send_unsent_to_file(world, tmp_path / "again.zip", "clerk") == 0


def test_anonymising_clears_the_names_from_every_letter(world: Engine) -> None:
    with Session(world) as session, session.begin():
        letter = record_letter(
            session,
            person_id="P1",
            request_id=None,
            kind="ending",
            version_number=None,
            content={
                "person": {"name": "Borger Et (fiktiv)", "carer_name": "Karen"},
                "note": "Karen ringede om Borger Et (fiktiv)",
            },
            actor="planner",
        )
    with Session(world) as session, session.begin():
        assert anonymise_letters(session, "P1", "Anonym", actor="planner") == 3
    texts = [str(r.content) for r in _letters(world) if r.person_id == "P1"]
    assert texts and not any("Borger Et" in t or "Karen" in t for t in texts)
    assert ("planner", "letter_anonymised", "letter") in [e[:3] for e in log(world)]
    kept = next(r for r in _letters(world) if r.id == letter)
    assert kept.content["note"] == "Anonym ringede om Anonym"
    grant = next(r for r in _letters(world) if r.request_id == "R1")
    assert "Anonym" in recorded_letter(world, grant.id, ".html").decode()


def test_a_wish_placed_at_once_and_an_acute_stay_record_their_letters(world: Engine) -> None:
    wish = RequestInput("R20", "P4", date(2027, 2, 1), date(2027, 4, 5), date(2027, 4, 12))
    assert add_request(world, wish, "planner", place_now=True).placed
    outcome = insert_acute(world, "P5", date(2027, 9, 1), "planner", nights=5)
    assert _kinds(world)[-2:] == [("R20", "grant"), (outcome.request_id, "grant")]
    full = insert_acute(world, "P4", date(2027, 3, 2), "planner", nights=3)  # every bed is taken
    row = _letters(world)[-1]
    assert (row.request_id, row.kind) == (full.request_id, "rejection")
    assert "Afgørelse om akutaflastning" in recorded_letter(world, row.id, ".html").decode()


def test_the_ending_letter_goes_in_the_unsent_zip(world: Engine) -> None:
    end_grant(world, "P3", date(2027, 5, 1), "planner")
    ending = _letters(world)[-1]
    assert (ending.person_id, ending.kind) == ("P3", "ending")
    data, ids = unsent_zip_bytes(world, "en")
    assert ending.id in ids
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        [name] = [n for n in archive.namelist() if "-ending-" in n]
        assert archive.read(name).startswith(b"%PDF")


def test_promises_moved_or_cancelled_by_a_person_edit_record_their_letters(world: Engine) -> None:
    move = MoveStay(centre="C3")
    edit_person_rules(world, "P3", {"needs": "demens"}, "planner", choices={"R3": move})
    assert _kinds(world)[-1] == ("R3", "change")
    _, earlier = facts_from_content(_letters(world)[-1].content)
    assert earlier is not None and earlier.centre_name == "Kløvermarken (fiktivt)"
    edit_person_rules(world, "P2", {"needs": "lift"}, "planner", choices={"R2": CancelStay()})
    assert _kinds(world)[-1] == ("R2", "cancellation")
