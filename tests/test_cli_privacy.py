"""The commands of personal data as a case worker uses them: ``request note``, ``request add
--handover-note``, ``anonymise PERSON_ID``, ``anonymise --ended-before DATE`` and ``person
export``, with their exit codes; an import keeps a stored note."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from scheduler.service.request_edit import handover_notes
from scheduler.store.database import open_store
from scheduler.store.models import PersonRow
from tests.cli_run import Run
from tests.service.privacy_world import P1, P2, build, found_anywhere
from tests.store.conftest import VALID

TOO_LONG = "x" * 1001


@pytest.fixture
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    build(open_store(url))
    return Run(url, capsys)


def test_a_note_is_written_changed_refused_and_kept_by_an_import(run: Run) -> None:
    code, out, _ = run("request", "note", "R2", "--text", "  Kommer med egen kørestol  ")
    assert code == 0 and "gemt" in out
    assert handover_notes(run.engine, ["R2"]) == {"R2": "Kommer med egen kørestol"}
    code, _, err = run("request", "note", "R2", "--text", TOO_LONG, "--lang", "en")
    assert code == 2 and "1001 characters long; it may be at most 1000" in err
    code, _, err = run("request", "note", "R99", "--text", "hej")
    assert code == 2 and 'Ønsket "R99" findes ikke' in err
    assert run("import", str(VALID))[0] == 0
    assert handover_notes(run.engine, ["R2"]) == {"R2": "Kommer med egen kørestol"}
    code, out, _ = run("request", "note", "R2", "--text", "")
    assert code == 0 and "slettet" in out
    assert handover_notes(run.engine, ["R2"]) == {}


def test_a_new_wish_takes_its_note_in_the_same_step(run: Run) -> None:
    wish = ["request", "add", "--person-id", "P3", "--received", "2027-01-02"]
    wish += ["--start", "2027-04-05", "--end", "2027-04-09"]
    code, _, err = run(*wish, "--request-id", "R8", "--handover-note", TOO_LONG)
    assert code == 2 and "højst være 1000 tegn" in err
    code, _, _ = run(*wish, "--request-id", "R8", "--handover-note", "Husk liften")
    assert code == 0
    assert handover_notes(run.engine, ["R8"]) == {"R8": "Husk liften"}


def test_anonymise_one_person(run: Run) -> None:
    code, _, err = run("anonymise", "P2", "--today", "2027-11-01")
    assert code == 2 and "bevillingen er ikke afsluttet" in err
    code, _, err = run("anonymise", "P1", "--today", "2027-09-30", "--lang", "en")
    assert code == 2 and "the grant only ends on 2027-10-01" in err
    code, out, _ = run("anonymise", "P1", "--today", "2027-11-01")
    assert code == 0 and "Anonymiseret P1" in out
    assert P1.name not in out and P1.carer not in out
    assert found_anywhere(run.engine, P1.texts) == []
    code, _, err = run("anonymise", "P1", "--today", "2027-11-02")
    assert code == 2 and "allerede anonymiseret" in err


def test_anonymise_ended_before(run: Run) -> None:
    code, out, _ = run("anonymise", "--ended-before", "2027-10-01", "--today", "2027-11-01")
    assert code == 0 and "Ingen borgere" in out
    code, out, _ = run("anonymise", "--ended-before", "2027-10-02", "--today", "2027-11-01")
    assert code == 0 and "1 borgere" in out and "P1" in out
    assert found_anywhere(run.engine, P1.texts) == []
    assert {text for *_, text in found_anywhere(run.engine, P2.texts)} == set(P2.texts)
    with Session(run.engine) as session:
        person = session.get(PersonRow, "P1")
        assert person is not None and person.anonymised_at is not None
    code, _, err = run("anonymise")
    assert code == 2 and "--ended-before" in err
    code, _, err = run("anonymise", "P1", "--ended-before", "2027-10-02")
    assert code == 2


def test_person_export(run: Run, tmp_path: Path) -> None:
    out_file = tmp_path / "P1.json"
    code, out, _ = run("person", "export", "P1", "--out", str(out_file))
    assert code == 0 and "P1" in out and str(out_file) in out
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert data["person_id"] == "P1"
    assert data["tables"]["persons"][0]["name"] == P1.name
    assert P2.name not in out_file.read_text(encoding="utf-8")
    missing = tmp_path / "P9.json"
    code, _, err = run("person", "export", "P9", "--out", str(missing))
    assert code == 2 and 'Borgeren "P9" findes ikke' in err
    assert not missing.exists()
