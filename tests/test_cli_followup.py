"""``respite followups``, ``followup`` and ``end`` as a case worker uses them, with their exit
codes and messages, in Danish and English. The world is ``tests/store/casework_world.py``'s,
published as version 2."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy.orm import Session

from scheduler.service.followup import case_state
from scheduler.service.versions import load_plan
from scheduler.store import casework_repo
from scheduler.store.database import open_store
from tests.cli_run import Run
from tests.store.casework_world import published_world


@pytest.fixture
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    published_world(open_store(url))
    return Run(url, capsys)


def test_followups_lists_what_is_due_this_week_and_overdue(run: Run) -> None:
    code, out, _ = run("followups", "--today", "2027-03-08")
    assert code == 0 and "Ingen opfølgninger" in out
    assert run("followup", "P1", "--held", "2027-02-01", "--note", "Godt forløb.", "--next",
               "2027-03-01")[0] == 0  # fmt: skip
    assert run("followup", "P3", "--held", "2027-02-01", "--note", "Ny handleplan.",
               "--next", "2027-05-01", "--handleplan-due", "2027-03-12")[0] == 0  # fmt: skip
    code, out, _ = run("followups", "--today", "2027-03-08")
    assert code == 0
    lines = out.splitlines()
    assert "i denne uge (til og med 2027-03-14): 2" in lines[0] and "2027-03-14" in lines[0]
    assert "P1" in lines[1] and "opfølgning" in lines[1] and "7 dage over" in lines[1]
    assert "P3" in lines[2] and "handleplan" in lines[2] and "denne uge" in lines[2]
    code, out, _ = run("followups", "--today", "2027-03-08", "--lang", "en")
    assert "7 days overdue" in out and "this week" in out


def test_followup_records_and_says_the_next_date(run: Run) -> None:
    code, out, _ = run(
        "followup", "P1", "--held", "2027-03-01", "--note", "Fortsat aflastning.",
        "--next", "2027-06-01", "--handleplan-due", "2027-04-01",
    )  # fmt: skip
    assert code == 0
    assert "P1" in out and "2027-06-01" in out and "2027-04-01" in out
    state = case_state(open_store(run.url), "P1")
    assert state.follow_up_on.isoformat() == "2027-06-01"  # type: ignore[union-attr]
    assert state.follow_up_note == "Fortsat aflastning."


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--note", "x" * 2001), "må højst være 2000 tegn"),
        (("--note", "ok", "--next", "2027-02-01"), "skal ligge efter"),
        (("--note", "   "), "Skriv, hvad der blev besluttet"),
    ],
)
def test_bad_followups_exit_2_and_say_why(run: Run, args: tuple[str, ...], said: str) -> None:
    code, out, err = run("followup", "P1", "--held", "2027-03-01", *args)
    assert code == 2 and said in err and out == ""
    assert case_state(open_store(run.url), "P1").follow_up_note == ""


def test_end_cancels_the_later_stays_and_writes_the_letter(run: Run, tmp_path: Path) -> None:
    letter = tmp_path / "ophoer.pdf"
    code, out, err = run("end", "P1", "--date", "2027-03-04", "--letter-out", str(letter),
                         "--today", "2027-03-05")  # fmt: skip
    assert code == 0, err
    assert "ophører den 2027-03-04" in out
    assert "aflyst: R4" in out and "ophold R1 afkortes, slutter den 2027-03-04" in out
    with Session(open_store(run.url)) as session:
        record = casework_repo.stay_record(session, "R1")
    assert record is not None and record.departed == date(2027, 3, 4)
    assert "Version 3 er offentliggjort" in out
    text = " ".join(p.extract_text() for p in PdfReader(letter).pages)
    assert "Afgørelse om ophør af aflastning" in text and "Klagevejledning" in text
    assert "R4" not in load_plan(open_store(run.url)).by_request


def test_end_writes_an_html_letter_in_english(run: Run, tmp_path: Path) -> None:
    letter = tmp_path / "ending.html"
    code, out, _ = run("end", "P3", "--date", "2027-03-15", "--letter-out", str(letter),
                       "--lang", "en")  # fmt: skip
    assert code == 0 and "cancelled: R3" in out and "cancelled: R6" in out
    assert "Decision to end respite care" in letter.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("P9", "--date", "2027-03-04"), "Der findes ingen borger P9"),
        (("P1", "--date", "2028-01-01"), "uden for planperioden"),
        (("P1", "--date", "2027-03-04", "--letter-out", "brev.docx"), ".docx"),
    ],
)
def test_end_refusals_exit_2_and_change_nothing(run: Run, args: tuple[str, ...], said: str) -> None:
    code, out, err = run("end", *args)
    assert code == 2 and said in err and out == ""
    assert case_state(open_store(run.url), "P1").grant_ended is None


def test_end_twice_is_refused(run: Run) -> None:
    assert run("end", "P2", "--date", "2027-03-04")[0] == 0
    code, _, err = run("end", "P2", "--date", "2027-05-01")
    assert code == 2 and "allerede ophørt den 2027-03-04" in err


def test_followup_with_next_only_sets_the_date(run: Run) -> None:
    code, out, _ = run("followup", "P2", "--next", "2027-03-10")
    assert code == 0 and "sat til 2027-03-10" in out
    assert case_state(open_store(run.url), "P2").follow_up_on.isoformat() == "2027-03-10"  # type: ignore[union-attr]
    code, out, _ = run("followups", "--today", "2027-03-08")
    assert "P2" in out and "denne uge" in out
    code, _, err = run("followup", "P2", "--held", "2027-03-10")
    assert code == 2 and "--held og --note" in err
