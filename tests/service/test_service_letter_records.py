"""Day-centre and relief-at-home letters recorded like every other decision letter, on SQLite
and PostgreSQL: an allocation records a letter for each decision new or changed against the day
plan before (a place, the waiting list, a refusal) and none on an unchanged run; ending a place
records the ending letter of its own family and the letter of the place it frees for the next
family; an import records the letter of a
relief grant that is new or has new hours or dates; the letters are listed as not sent,
written into the zip of ``respite letters --unsent`` and marked sent; anonymising a person
clears their names from them."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from scheduler.cli import main
from scheduler.domain.daycare import DaySeats, DayWish
from scheduler.domain.model import Centre, Person, Rules, Scenario
from scheduler.domain.relief import ReliefGrant
from scheduler.domain.services import Services
from scheduler.i18n import t
from scheduler.io.profiles import read_profile, rules_from_mapping
from scheduler.service.anonymise import anonymise_person
from scheduler.service.day_place_end import end_day_wish
from scheduler.service.importing import import_scenario
from scheduler.service.letter_records import KINDS, SERVICE_KINDS
from scheduler.service.operations.letter_sending import recorded_letter, unsent_letters
from scheduler.service.services_view import allocate_day_places
from scheduler.store import audit
from scheduler.store.database import open_store
from scheduler.store.models import LetterRow, PersonRow
from tests.daycare.tiny import DAY_RULES, START, day_scenario
from tests.service.privacy_world import found_anywhere
from tests.store.conftest import postgres_url, store_url  # noqa: F401  (fixtures)

MONDAY, WEDNESDAY = 1, 3
GRANT = ReliefGrant("G1", "P1", 180, 7, START, date(2027, 7, 1))


def haderslev() -> Rules:
    """The rules of Haderslev's profile, whose standard the service letters quote."""
    rules, _ = rules_from_mapping(read_profile("haderslev"), {}, "haderslev", "")
    assert isinstance(rules, Rules)
    return rules


def scenario() -> Scenario:
    """One day centre; five persons, each with a carer, under Haderslev's rules."""
    persons = [
        Person(f"P{n}", f"Borger {n} (fiktiv)", carer_name=f"Pårørende {n} (fiktiv)")
        for n in range(1, 6)
    ]
    centres = [Centre("D1", "Dagcenter Nord (fiktivt)", "dagcenter", 0)]
    return replace(day_scenario(centres, persons), rules=haderslev())


def services(grants: tuple[ReliefGrant, ...] = ()) -> Services:
    """One seat on Monday and one on Wednesday: W1 (Monday) and W2 (Wednesday) get them; W3
    (Wednesday only) and W4 (Monday only) wait, in that order; W5 wants three days a week,
    more than the rules allow, and is refused."""
    one_day = ((1, MONDAY), (2, WEDNESDAY), (3, WEDNESDAY), (4, MONDAY))
    wishes = (
        *(
            DayWish(f"W{n}", f"P{n}", date(2026, 12, n), START, 1, frozenset({d}))
            for n, d in one_day
        ),
        DayWish("W5", "P5", date(2026, 12, 5), START, 3),
    )
    seats = (DaySeats("D1", MONDAY, 1), DaySeats("D1", WEDNESDAY, 1))
    return Services(rules=DAY_RULES, day_seats=seats, day_wishes=wishes, relief_grants=grants)


@pytest.fixture
def world(store_url: str) -> Iterator[Engine]:  # noqa: F811
    """The scenario and its day-centre wishes imported (no relief grant) and allocated."""
    engine = open_store(store_url)
    import_scenario(engine, scenario(), "tester", services())
    allocate_day_places(engine, "planner")
    yield engine
    engine.dispose()


def recorded_letters(engine: Engine) -> list[LetterRow]:
    """Every letter recorded, oldest first."""
    with Session(engine) as session:
        rows = list(session.scalars(select(LetterRow).order_by(LetterRow.id)))
        session.expunge_all()
        return rows


def _kinds(engine: Engine) -> list[tuple[str, str]]:
    return [(row.person_id, row.kind) for row in recorded_letters(engine)]


def test_an_allocation_records_a_letter_for_each_decision(world: Engine) -> None:
    letters = recorded_letters(world)
    assert _kinds(world) == [
        ("P1", "day_granted"),
        ("P2", "day_granted"),
        ("P3", "day_waiting"),
        ("P4", "day_waiting"),
        ("P5", "day_rejection"),
    ]
    assert {
        (r.request_id, r.version_number, r.language, r.made_by, r.sent_at) for r in letters
    } == {(None, None, "da", "planner", None)}
    assert [r.content["queue"] for r in letters[2:4]] == [1, 2]
    assert letters[4].content["reason"] == "days_limit"
    assert letters[0].content["place"] == {
        "centre_id": "D1",
        "weekdays": [MONDAY],
        "start": START.isoformat(),
    }
    with Session(world) as session:
        made = [e for e in audit.entries(session) if e.action == "letter_made"]
    assert [(e.actor, e.entity, e.ids) for e in made] == [
        ("planner", "letter", [str(r.id) for r in letters])
    ]


def test_allocating_again_unchanged_records_nothing(world: Engine) -> None:
    before = len(recorded_letters(world))
    allocate_day_places(world, "planner")
    assert len(recorded_letters(world)) == before


def test_ending_a_place_records_the_letter_of_the_family_it_goes_to(world: Engine) -> None:
    before = len(recorded_letters(world))
    end_day_wish(world, "W1", "planner")
    # P1 is told that its place ends; W4 gets W1's Monday seat; W3 stays first in the queue
    # (no new letter for it)
    new = recorded_letters(world)[before:]
    assert [(r.person_id, r.kind) for r in new] == [("P1", "day_ended"), ("P4", "day_granted")]
    assert new[0].content["place"]["weekdays"] == [MONDAY]
    assert new[1].content["place"]["weekdays"] == [MONDAY]


def test_a_relief_grant_import_records_its_letter_once(world: Engine) -> None:
    import_scenario(world, scenario(), "importer", services((GRANT,)))
    assert _kinds(world)[-1] == ("P1", "relief_grant")
    counted = len(recorded_letters(world))
    import_scenario(world, scenario(), "importer", services((GRANT,)))  # the same again
    assert len(recorded_letters(world)) == counted
    more = replace(GRANT, minutes=360, period_days=14)
    import_scenario(world, scenario(), "importer", services((more,)))
    [letter] = recorded_letters(world)[counted:]
    assert (letter.kind, letter.made_by) == ("relief_grant", "importer")
    assert letter.content["grant"] == {
        "grant_id": "G1",
        "minutes": 360,
        "period_days": 14,
        "start": START.isoformat(),
        "end": "2027-07-01",
    }


def test_a_grant_in_the_first_import_records_its_letter(tmp_path: Path) -> None:
    engine = open_store(f"sqlite:///{tmp_path / 'first.db'}")
    import_scenario(engine, scenario(), "importer", services((GRANT,)))
    [letter] = recorded_letters(engine)
    assert (letter.person_id, letter.kind) == ("P1", "relief_grant")
    assert letter.content["person"]["carer_name"] == "Pårørende 1 (fiktiv)"
    engine.dispose()


def test_the_unsent_list_names_the_new_kinds_in_both_languages(world: Engine) -> None:
    import_scenario(world, scenario(), "importer", services((GRANT,)))
    end_day_wish(world, "W1", "planner")
    listed = unsent_letters(world)
    assert {u.kind for u in listed} == set(SERVICE_KINDS)
    assert {u.person_name for u in listed if u.person_id == "P1"} == {"Borger 1 (fiktiv)"}
    named = {
        kind: (t(f"ui.unsent.kind.{kind}", "da"), t(f"ui.unsent.kind.{kind}", "en"))
        for kind in KINDS
    }
    assert named["day_granted"] == ("Dagcenter: bevilget plads", "Day centre: place granted")
    assert named["relief_grant"] == ("Afløsning i hjemmet: bevilling", "Relief at home: grant")
    assert len({da for da, _ in named.values()}) == len(KINDS)


def test_a_recorded_letter_is_written_again_from_its_content(world: Engine) -> None:
    first = recorded_letters(world)[0]
    page = recorded_letter(world, first.id, ".html").decode("utf-8")
    assert "Afgørelse om aflastning på dagcenter" in page and "Dagcenter Nord (fiktivt)" in page
    english = recorded_letter(world, first.id, ".html", "en").decode("utf-8")
    assert "Decision on relief at a day centre" in english
    text = PdfReader(io.BytesIO(recorded_letter(world, first.id, ".pdf"))).pages[0].extract_text()
    assert "Borger 1 (fiktiv)" in text


def test_the_cli_zip_holds_them_and_marks_them_sent(
    world: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_scenario(world, scenario(), "importer", services((GRANT,)))
    out = tmp_path / "letters.zip"
    url = world.url.render_as_string(hide_password=False)
    assert main(["letters", "--unsent", "--out", str(out), "--db", url, "--actor", "clerk"]) == 0
    assert "6 breve, der ikke var sendt" in capsys.readouterr().out
    with zipfile.ZipFile(out) as archive:
        texts = {
            name: PdfReader(io.BytesIO(archive.read(name))).pages[0].extract_text()
            for name in archive.namelist()
        }
    assert sorted(name.split("-", 1)[1] for name in texts) == [
        "day_granted-P1.pdf",
        "day_granted-P2.pdf",
        "day_rejection-P5.pdf",
        "day_waiting-P3.pdf",
        "day_waiting-P4.pdf",
        "relief_grant-P1.pdf",
    ]
    relief = next(text for name, text in texts.items() if "relief_grant" in name)
    assert "Afgørelse om afløsning i hjemmet" in relief
    assert unsent_letters(world) == []
    assert {(r.sent_by, r.sent_at is not None) for r in recorded_letters(world)} == {
        ("clerk", True)
    }


def test_anonymising_clears_the_names_from_the_service_letters(world: Engine) -> None:
    import_scenario(world, scenario(), "importer", services((GRANT,)))
    names = ("Borger 1 (fiktiv)", "Pårørende 1 (fiktiv)")
    assert {table for table, *_ in found_anywhere(world, names)} >= {"letters", "persons"}
    with Session(world) as session, session.begin():
        person = session.get(PersonRow, "P1")
        assert person is not None
        person.grant_ended = date(2027, 1, 1)
    done = anonymise_person(world, "P1", "planner", today=date(2027, 2, 1))
    assert done.letters == 2
    assert found_anywhere(world, names) == []
    for letter in recorded_letters(world):
        if letter.person_id == "P1":
            page = recorded_letter(world, letter.id, ".html").decode("utf-8")
            assert "Anonymiseret P1" in page
