"""Operations through the store: acute, cancel, offers, accept, letters and deadlines."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import Engine

from scheduler.cli import main
from scheduler.domain.checker import check_plan
from scheduler.domain.model import Request
from scheduler.io.scenario_reader import read_scenario
from scheduler.service.importing import import_scenario
from scheduler.service.operations import (
    accept_offer,
    cancel,
    insert_acute,
    letters_zip,
    overdue,
    render_letter,
    waiting_list,
)
from scheduler.service.operations.deadlines import overdue_cases
from scheduler.service.person_edit import edit_person
from scheduler.service.planning import make_plan
from scheduler.service.publishing import publish
from scheduler.service.versions import (
    VersionOrigin,
    VersionStatus,
    list_versions,
    load_plan,
    load_scenario,
)
from scheduler.store.database import open_store
from scheduler.store.errors import StalePlanError

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def store(tmp_path: Path) -> Engine:
    """The Haderslev demo, planned greedily and published, on SQLite."""
    engine = open_store(f"sqlite:///{tmp_path / 'ops.db'}")
    import_scenario(engine, read_scenario(ROOT / "data" / "demo" / "haderslev-2027"), "t")
    make_plan(engine, 10.0, "t", method="greedy")
    publish(engine, None, "t")
    return engine


def sound(store: Engine) -> None:
    assert check_plan(load_scenario(store), load_plan(store)) == []


def test_acute_is_published_and_keeps_every_rule(store: Engine) -> None:
    before = load_plan(store)
    draft = make_plan(store, 10.0, "t", method="greedy").version.number
    outcome = insert_acute(store, "P0007", date(2027, 11, 2), "t", received=date(2027, 11, 1))
    assert outcome.request_id == "A-2027-11-01-1"
    versions = {v.number: v for v in list_versions(store)}
    assert versions[outcome.version].status is VersionStatus.PUBLISHED
    assert versions[outcome.version].origin is VersionOrigin.ACUTE
    assert versions[outcome.version].solver_status is None
    assert versions[outcome.version].base == 1
    sound(store)
    after = load_plan(store)
    for stay in before.stays:
        kept = after.by_request[stay.request_id].stay
        assert kept is not None and (kept.centre_id, kept.start) == (stay.centre_id, stay.start)
    with pytest.raises(StalePlanError):
        publish(store, draft, "t")  # made before the acute stay: it would drop it


def test_cancel_offers_accept_through_the_store(store: Engine) -> None:
    plan = load_plan(store)
    stay = plan.stays[0]
    freed = cancel(store, stay.request_id, "t")
    assert freed.freed == stay
    assert stay.request_id not in load_scenario(store).request_by_id
    while offers := waiting_list(store):
        accept_offer(store, offers[0].request_id, "t")
    sound(store)
    make_plan(store, 10.0, "t", method="greedy")  # a new plan does not revive the cancellation
    assert stay.request_id not in load_plan(store).by_request


def test_letters_read_back(store: Engine, tmp_path: Path) -> None:
    plan = load_plan(store)
    granted = plan.stays[0].request_id
    rejected = next(d.request_id for d in plan.decisions if d.reason is not None)
    pdf = render_letter(store, granted, ".pdf", date(2027, 1, 5))
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Afgørelse om aflastning" in text and "Egenbetaling" in text
    assert "Du sørger selv for transport" in text
    out = tmp_path / "letters.zip"
    assert letters_zip(store, [granted, rejected], out, ".html") == 2
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == sorted([f"{granted}.html", f"{rejected}.html"])
        assert "Klagevejledning" in archive.read(f"{rejected}.html").decode()


def test_a_letter_follows_the_carer_and_exemption_set_in_the_store(store: Engine) -> None:
    plan = load_plan(store)
    stay = plan.stays[0]
    person = plan.by_request[stay.request_id].person_id
    before = render_letter(store, stay.request_id, ".html", date(2027, 1, 5)).decode()
    assert "<p>Til " not in before and "Vedrørende" in before
    assert "Der er egenbetaling for opholdet." in before and " kr." not in before
    edit_person(store, person, "Karen Ærø", True, "t")
    after = render_letter(store, stay.request_id, ".html", date(2027, 1, 5)).decode()
    assert "<p>Til Karen Ærø</p>" in after and "Afgørelsen vedrører" in after
    assert "Der opkræves ingen egenbetaling for dette ophold." in after
    assert "Der er egenbetaling" not in after and " kr." not in after


def test_overdue_flags_from_the_deadline_day() -> None:
    valid = read_scenario(ROOT / "tests" / "data" / "valid")
    rules = replace(valid.rules, case_deadline_weeks=8)
    request = Request(
        "R", valid.persons[0].person_id, date(2027, 1, 1), date(2027, 5, 1), date(2027, 5, 3)
    )
    scenario = replace(valid, rules=rules, requests=(request,), bookings=())
    due = date(2027, 1, 1) + timedelta(weeks=8)
    assert overdue_cases(scenario, set(), due - timedelta(days=1)) == []
    [case] = overdue_cases(scenario, set(), due)
    assert (case.due, case.days_over) == (due, 0)
    assert overdue_cases(scenario, {"R"}, due + timedelta(days=3)) == []
    assert overdue_cases(replace(scenario, rules=valid.rules), set(), due) == []


def test_cli(store: Engine, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(store.url)
    assert main(
        [
            "acute",
            "P0009",
            "--start",
            "2027-12-01",
            "--db",
            db,
            "--lang",
            "en",
            "--received",
            "2027-11-30",
        ]
    ) in (0, 1)
    assert "A-2027-11-30-1" in capsys.readouterr().out
    assert main(["offers", "--db", db]) == 0
    assert main(["overdue", "--db", db, "--today", "2027-01-01"]) == 0
    out = tmp_path / "l.html"
    assert main(["letter", "A-2027-11-30-1", "--out", str(out), "--db", db]) == 0
    assert "Klagevejledning" in out.read_text()
    assert overdue(store) == []
