"""Letters on day-centre places and relief at home: a place granted, a place on the waiting
list, a refusal, a relief grant; each quoting Haderslev's standard word for word (checked
against the shared seed) and a letter under another standard quoting none of it."""

from __future__ import annotations

import html
import os
import re
from datetime import date
from pathlib import Path

import pytest

from scheduler.domain.daycare import DayDecision, DayPlace, DayReason, DayWish
from scheduler.domain.model import Person, Rules
from scheduler.domain.relief import ReliefGrant
from scheduler.io.letter_quotes import HADERSLEV
from scheduler.io.letter_services import (
    SERVICE_QUOTES,
    ServiceLetter,
    day_letter_body,
    relief_letter_body,
)
from scheduler.io.profiles import read_profile, rules_from_mapping

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
QUOTES = SERVICE_QUOTES[HADERSLEV.municipality]
PERSON = Person("P1", "Borger Et (fiktiv)", carer_name="Pårørende Et (fiktiv)")
WISH = DayWish("W1", "P1", date(2027, 2, 1), date(2027, 3, 1), 2, frozenset({1, 4}))
GRANTED = DayDecision("W1", "P1", DayPlace("W1", "D01", frozenset({1, 4}), date(2027, 3, 1)))
WAITING = DayDecision("W1", "P1", reason=DayReason.CAPACITY, queue=3)
REFUSED = DayDecision("W1", "P1", reason=DayReason.NO_SUITABLE_CENTRE)
GRANT = ReliefGrant("G1", "P1", 360, 14, date(2027, 3, 1), date(2027, 9, 1))
WRITTEN = date(2027, 2, 15)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def text_of(page: str) -> str:
    return flat(html.unescape(re.sub(r"<[^>]+>", " ", page)))


def letter(profile: str) -> ServiceLetter:
    rules, _ = rules_from_mapping(read_profile(profile), {}, profile, "")
    assert isinstance(rules, Rules)
    return ServiceLetter(rules, PERSON, WRITTEN)


def test_every_quote_is_word_for_word_from_the_haderslev_seed() -> None:
    path = SEEDS / HADERSLEV.source
    if not path.is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"the shared seed {path} is missing under CI")
        pytest.skip(f"the shared seeds are not here: {path}")
    seed = flat(path.read_text(encoding="utf-8"))
    assert [q for q in QUOTES.values() if flat(q) not in seed] == []


def test_a_granted_place_names_centre_weekdays_and_first_day_and_quotes_the_standard() -> None:
    text = text_of(day_letter_body(letter("haderslev"), WISH, GRANTED, "Dagcenter Nord", "da"))
    assert "Afgørelse om aflastning på dagcenter" in text
    assert "Til Pårørende Et (fiktiv)" in text
    assert "Dagcenter Dagcenter Nord Ugedage mandag, torsdag" in text
    assert "Første dag mandag 1. marts 2027" in text
    assert QUOTES["day_granted"] in text and QUOTES["day_follow_up"] in text
    assert "Klagevejledning" in text


def test_a_waiting_list_place_gives_the_queue_number_and_the_standards_promise() -> None:
    text = text_of(day_letter_body(letter("haderslev"), WISH, WAITING, None, "da"))
    assert "Plads på venteliste til dagcenter" in text
    assert "ventelisten som nr. 3" in text
    assert flat(QUOTES["day_waiting"]) in text


def test_a_refusal_gives_the_reason_and_its_rule() -> None:
    text = text_of(day_letter_body(letter("haderslev"), WISH, REFUSED, None, "da"))
    assert "Afslag på aflastning på dagcenter" in text
    assert flat(QUOTES["no_suitable_centre"]) in text
    assert QUOTES["day_granted"] not in text


def test_a_relief_grant_states_hours_period_and_that_hours_lapse() -> None:
    text = text_of(relief_letter_body(letter("haderslev"), GRANT, "da"))
    assert "Timer 6 timer hver 14. dag" in text
    assert "Fra mandag 1. marts 2027" in text and "Til og med tirsdag 31. august 2027" in text
    assert flat(QUOTES["relief_hours"]) in text and QUOTES["relief_lapse"] in text
    english = text_of(relief_letter_body(letter("haderslev"), GRANT, "en"))
    assert "6 hours every 14 days" in english and QUOTES["relief_lapse"] in english


def test_another_municipality_quotes_nothing_of_haderslev() -> None:
    texts = [
        text_of(day_letter_body(letter("randers"), WISH, decision, None, "da"))
        for decision in (GRANTED, WAITING, REFUSED)
    ]
    texts.append(text_of(relief_letter_body(letter("randers"), GRANT, "da")))
    for text in texts:
        assert not [q for q in QUOTES.values() if flat(q) in text]
        assert "Haderslev" not in text
