"""Ending a day-centre place sends the family its letter, and can be dated, on SQLite and
PostgreSQL: the ending records a ``day_ended`` letter in its own transaction (the place's centre,
weekdays and last day; names only under ``content["person"]``), written again in Danish and
English with Haderslev's sentences and the complaint guidance; the last day is stored and told
(the service and ``respite end-day-place --date``); an ending refused records nothing; the
outcome and the command name every family that got a letter or a seat, also one the new
allocation decided anew without giving it a freed seat."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.cli import main
from scheduler.domain.daycare import DayStatus, DayWish
from scheduler.domain.errors import UserError
from scheduler.domain.model import Person
from scheduler.io.letter_quotes import HADERSLEV
from scheduler.io.letter_services import SERVICE_QUOTES
from scheduler.service.anonymise import anonymise_person
from scheduler.service.day_place_end import end_day_wish
from scheduler.service.importing import import_scenario
from scheduler.service.operations.letter_sending import recorded_letter
from scheduler.service.services_view import allocate_day_places, services_view
from scheduler.store import audit
from scheduler.store.database import open_store
from scheduler.store.models import DayWishRow, PersonRow
from tests.daycare.tiny import START
from tests.io.test_letter_services import text_of
from tests.service.privacy_world import found_anywhere
from tests.service.test_service_letter_records import (
    MONDAY,
    WEDNESDAY,
    recorded_letters,
    scenario,
    services,
)
from tests.store.conftest import postgres_url, store_url  # noqa: F401  (fixtures)

QUOTES = SERVICE_QUOTES[HADERSLEV.municipality]
LATER = START + timedelta(days=24)  # a Thursday, some weeks into the place
"""A last day some weeks into the place: ended on that day or after (``today=LATER``)."""


@pytest.fixture
def world(store_url: str) -> Iterator[Engine]:  # noqa: F811
    """One seat on Monday and one on Wednesday under Haderslev's rules: W1 (Monday) and W2
    (Wednesday) have them; W3 (Wednesday) and W4 (Monday) wait; W5 is refused."""
    engine = open_store(store_url)
    import_scenario(engine, scenario(), "tester", services())
    allocate_day_places(engine, "planner")
    yield engine
    engine.dispose()


def _ended_at(engine: Engine, wish_id: str) -> datetime | None:
    with Session(engine) as session:
        row = session.get(DayWishRow, wish_id)
        assert row is not None
        return row.ended_at


def test_ending_a_place_records_the_familys_letter(world: Engine) -> None:
    before = len(recorded_letters(world))
    outcome = end_day_wish(world, "W1", "planner")
    ended, granted = recorded_letters(world)[before:]
    assert (ended.person_id, ended.kind, ended.made_by, ended.sent_at) == (
        "P1",
        "day_ended",
        "planner",
        None,
    )
    assert ended.content["place"] == {
        "centre_id": "D1",
        "weekdays": [MONDAY],
        "start": START.isoformat(),
    }
    assert ended.content["last_day"] == date.today().isoformat() == outcome.last_day.isoformat()
    assert ended.content["centre_name"] == "Dagcenter Nord (fiktivt)"
    # the names are only under "person" (so anonymising clears them)
    content = dict(ended.content)
    kept = content.pop("person")
    assert (kept["name"], kept["carer_name"]) == ("Borger 1 (fiktiv)", "Pårørende 1 (fiktiv)")
    assert "(fiktiv)" not in json.dumps(content, ensure_ascii=False).replace("(fiktivt)", "")
    assert (granted.person_id, granted.kind) == ("P4", "day_granted")
    with Session(world) as session:
        made = [e for e in audit.entries(session) if e.action == "letter_made"]
    assert [str(ended.id)] in [e.ids for e in made]


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_ending_letter_names_place_and_last_day_quotes_and_guides(
    world: Engine, lang: str
) -> None:
    end_day_wish(world, "W1", "planner", LATER, today=LATER)
    [ended] = [r for r in recorded_letters(world) if r.kind == "day_ended"]
    text = text_of(recorded_letter(world, ended.id, ".html", lang).decode("utf-8"))
    if lang == "da":
        assert "Afslutning af aflastning på dagcenter" in text
        assert "Til Pårørende 1 (fiktiv)" in text
        assert "Dagcenter Dagcenter Nord (fiktivt) Ugedage mandag" in text
        assert "Sidste dag torsdag 28. januar 2027" in text
        assert "Klagevejledning" in text
    else:
        assert "End of relief at a day centre" in text
        assert "To Pårørende 1 (fiktiv)" in text
        assert "Day centre Dagcenter Nord (fiktivt) Weekdays Monday" in text
        assert "Last day Thursday 28 January 2027" in text
        assert "complain" in text.lower()
    for quote in (QUOTES["day_duty"], QUOTES["day_apply"], HADERSLEV.quotes["complaint"]):
        assert " ".join(quote.split()) in text
    pdf = recorded_letter(world, ended.id, ".pdf", lang)
    assert pdf.startswith(b"%PDF")


def test_a_waiting_wish_ended_is_told_it_leaves_the_waiting_list(world: Engine) -> None:
    outcome = end_day_wish(world, "W3", "planner")
    assert outcome.freed is None and outcome.offered == () and outcome.lettered == ()
    [ended] = [r for r in recorded_letters(world) if r.kind == "day_ended"]
    assert ended.content["place"] is None and ended.content["queue"] == 1
    text = text_of(recorded_letter(world, ended.id, ".html", "da").decode("utf-8"))
    assert "taget af ventelisten" in text and "Klagevejledning" in text


def test_the_last_day_is_stored_and_told(world: Engine) -> None:
    outcome = end_day_wish(world, "W1", "planner", LATER, today=LATER)
    assert outcome.last_day == LATER
    stored = _ended_at(world, "W1")
    assert stored is not None and stored.date() == LATER
    [ended] = [r for r in recorded_letters(world) if r.kind == "day_ended"]
    assert ended.content["last_day"] == LATER.isoformat()
    # the day plan knows no end dates: the seat is offered at once (see the module)
    assert [p.wish_id for p in outcome.offered] == ["W4"]
    assert "W1" not in services_view(world).services.wish_by_id


def test_the_default_last_day_is_today(world: Engine) -> None:
    end_day_wish(world, "W2", "planner")
    stored = _ended_at(world, "W2")  # now, in UTC
    assert stored is not None
    assert abs((stored.date() - date.today()).days) <= 1


@pytest.mark.parametrize(
    ("wish", "day", "key"),
    [
        ("W1", min(START, date.today()) - timedelta(days=1), "svc.end_before_start"),
        ("W9", None, "svc.unknown_wish"),
    ],
)
def test_an_ending_refused_records_nothing(
    world: Engine, wish: str, day: date | None, key: str
) -> None:
    letters = len(recorded_letters(world))
    with pytest.raises(UserError) as raised:
        end_day_wish(world, wish, "planner", day)
    assert raised.value.key == key
    assert len(recorded_letters(world)) == letters
    assert "W1" in services_view(world).services.wish_by_id
    assert _ended_at(world, "W1") is None
    with Session(world) as session:
        assert [e for e in audit.entries(session) if e.action == "end"] == []


def test_ending_twice_records_one_letter(world: Engine) -> None:
    end_day_wish(world, "W1", "planner")
    with pytest.raises(UserError) as raised:
        end_day_wish(world, "W1", "planner", LATER, today=LATER)
    assert raised.value.key == "svc.wish_ended"
    assert [r.kind for r in recorded_letters(world)].count("day_ended") == 1


def test_a_place_not_begun_yet_can_end_today(world: Engine) -> None:
    today = START - timedelta(days=10)  # the place begins in ten days
    outcome = end_day_wish(world, "W2", "planner", today=today)
    assert outcome.last_day == today
    [ended] = [r for r in recorded_letters(world) if r.kind == "day_ended"]
    assert (ended.content["last_day"], ended.content["written"]) == (today.isoformat(),) * 2
    stored = _ended_at(world, "W2")
    assert stored is not None and stored.date() == today
    with pytest.raises(UserError) as raised:
        end_day_wish(world, "W1", "planner", today - timedelta(days=1), today=today)
    assert raised.value.key == "svc.end_before_start"
    assert raised.value.params["first"] == today


def _with_a_new_wish(engine: Engine) -> None:
    """A sixth family's wish (Wednesday only) imported after the allocation: the allocation
    that follows an ending decides it for the first time (waiting), so its family gets a letter
    though it gets no freed seat."""
    persons = (*scenario().persons, Person("P6", "Borger 6 (fiktiv)", carer_name="Pårørende 6"))
    more = DayWish("W6", "P6", date(2026, 12, 6), START, 1, frozenset({WEDNESDAY}))
    wishes = services()
    import_scenario(
        engine,
        replace(scenario(), persons=persons),
        "importer",
        replace(wishes, day_wishes=(*wishes.day_wishes, more)),
    )


def test_every_family_with_a_letter_is_named(world: Engine) -> None:
    _with_a_new_wish(world)
    before = len(recorded_letters(world))
    outcome = end_day_wish(world, "W1", "planner")
    recorded = [(r.person_id, r.kind) for r in recorded_letters(world)[before:]]
    assert recorded == [("P1", "day_ended"), ("P4", "day_granted"), ("P6", "day_waiting")]
    assert outcome.person_id == "P1"
    assert [p.wish_id for p in outcome.offered] == ["W4"]  # the seat: one family
    assert [(d.person_id, d.status) for d in outcome.lettered] == [
        ("P4", DayStatus.GRANTED),
        ("P6", DayStatus.WAITING),
    ]


def test_the_command_takes_a_date_and_names_every_letter(
    world: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_a_new_wish(world)
    url = world.url.render_as_string(hide_password=False)
    base = ["--db", url, "--actor", "clerk", "--lang", "en"]
    early = (min(START, date.today()) - timedelta(days=1)).isoformat()
    capsys.readouterr()
    assert main(["end-day-place", "W1", "--date", early, *base]) == 2
    assert "can be" in capsys.readouterr().err
    assert [r.kind for r in recorded_letters(world)].count("day_ended") == 0
    later = ["--date", LATER.isoformat()]
    assert main(["end-day-place", "W1", *later, *base]) == 2  # after today
    assert "cannot be after today" in capsys.readouterr().err
    assert main(["end-day-place", "W1", *later, "--today", LATER.isoformat(), *base]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == (
        f"The day-centre place (wish W1) is ended, its last day {LATER.isoformat()}; the "
        "family's letter is recorded (not sent)."
    )
    assert "Wish W4 now has a place at D1 (weekdays 1)." in out
    assert out[-3:] == [
        "Letter to person P1 (wish W1): Day centre: place ended.",
        "Letter to person P4 (wish W4): Day centre: place granted.",
        "Letter to person P6 (wish W6): Day centre: waiting list.",
    ]
    [ended] = [r for r in recorded_letters(world) if r.kind == "day_ended"]
    assert (ended.content["last_day"], ended.made_by) == (LATER.isoformat(), "clerk")


def test_anonymising_clears_the_names_from_the_ending_letter(world: Engine) -> None:
    end_day_wish(world, "W1", "planner", LATER, today=LATER)
    names = ("Borger 1 (fiktiv)", "Pårørende 1 (fiktiv)")
    with Session(world) as session, session.begin():
        person = session.get(PersonRow, "P1")
        assert person is not None
        person.grant_ended = date(2027, 1, 1)
    anonymise_person(world, "P1", "planner", today=date(2027, 2, 1))
    assert found_anywhere(world, names) == []
    [ended] = [r for r in recorded_letters(world) if r.kind == "day_ended"]
    page = recorded_letter(world, ended.id, ".html").decode("utf-8")
    assert "Anonymiseret P1" in page and "Sidste dag" in page


def test_an_ending_dated_after_today_is_refused_and_stores_nothing(world: Engine) -> None:
    """The seats are freed at once, so an ending is recorded on its last day, never ahead:
    else the family offered the seat could begin on a seat still taken."""
    today = LATER - timedelta(days=1)
    letters = len(recorded_letters(world))
    with pytest.raises(UserError) as raised:
        end_day_wish(world, "W1", "planner", LATER, today=today)
    assert raised.value.key == "svc.end_after_today"
    assert raised.value.params["today"] == today
    assert len(recorded_letters(world)) == letters
    assert _ended_at(world, "W1") is None
    assert "W1" in services_view(world).services.wish_by_id
