"""The day-centre and relief letters written again from their recorded content: each kind in
Danish and English says what the letter written from the facts says, quotes Haderslev's
standard word for word (the sentences ``tests/io/test_letter_services.py`` checks against the
seed), and comes out as a PDF too; the content is plain JSON."""

from __future__ import annotations

import io
import json
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader

from scheduler.domain.daycare import DayDecision, DayPlace, DayReason, DayWish
from scheduler.domain.model import Person, Rules
from scheduler.domain.relief import ReliefGrant
from scheduler.io.letter_quotes import HADERSLEV
from scheduler.io.letter_services import (
    SERVICE_QUOTES,
    ServiceLetter,
    day_ended_letter_body,
    day_letter_body,
    relief_letter_body,
)
from scheduler.io.profiles import read_profile, rules_from_mapping
from scheduler.service.letter_records import SERVICE_KINDS
from scheduler.service.service_letter_records import (
    day_ended_content,
    day_kind,
    day_letter_content,
    relief_letter_content,
    render_service_letter,
    service_letter_body,
)
from tests.io.test_letter_services import text_of

QUOTES = SERVICE_QUOTES[HADERSLEV.municipality]
PERSON = Person("P1", "Borger Et (fiktiv)", carer_name="Pårørende Et (fiktiv)")
WISH = DayWish("W1", "P1", date(2027, 2, 1), date(2027, 3, 1), 2, frozenset({1, 4}))
DECISIONS = {
    "day_granted": DayDecision(
        "W1", "P1", DayPlace("W1", "D01", frozenset({1, 4}), date(2027, 3, 1))
    ),
    "day_waiting": DayDecision("W1", "P1", reason=DayReason.CAPACITY, queue=3),
    "day_rejection": DayDecision("W1", "P1", reason=DayReason.NO_SUITABLE_CENTRE),
}
ENDED = DECISIONS["day_granted"]
LAST_DAY = date(2027, 4, 29)
GRANT = ReliefGrant("G1", "P1", 360, 14, date(2027, 3, 1), date(2027, 9, 1))
QUOTED = {
    "day_granted": QUOTES["day_granted"],
    "day_waiting": QUOTES["day_waiting"],
    "day_rejection": QUOTES[DayReason.NO_SUITABLE_CENTRE.value],
    "day_ended": QUOTES["day_duty"],
    "relief_grant": QUOTES["relief_hours"],
}
"""A sentence of the standard each kind quotes."""
SAYS = {
    "day_granted": ("Dagcenter Nord", "Dagcenter Nord"),
    "day_waiting": ("ventelisten som nr. 3", "waiting list as no. 3"),
    "day_rejection": ("Vi kan ikke bevilge en plads", "We cannot grant a place"),
    "day_ended": ("Sidste dag torsdag 29. april 2027", "Last day Thursday 29 April 2027"),
    "relief_grant": ("6 timer hver 14. dag", "6 hours every 14 days"),
}
"""What each kind says in Danish and in English."""


def letter() -> ServiceLetter:
    rules, _ = rules_from_mapping(read_profile("haderslev"), {}, "haderslev", "")
    assert isinstance(rules, Rules)
    return ServiceLetter(rules, PERSON, date(2027, 2, 15))


def content_of(kind: str) -> dict[str, Any]:
    """The recorded content of a letter of ``kind``, through JSON as the store keeps it."""
    if kind == "relief_grant":
        made = relief_letter_content(letter(), GRANT)
    elif kind == "day_ended":
        made = day_ended_content(letter(), WISH, ENDED, "Dagcenter Nord", LAST_DAY)
    else:
        decision = DECISIONS[kind]
        assert day_kind(decision) == kind
        made = day_letter_content(letter(), WISH, decision, "Dagcenter Nord")
    loaded: dict[str, Any] = json.loads(json.dumps(made))
    return loaded


def direct(kind: str, lang: str) -> str:
    """The letter written straight from the facts (what the Borgere downloads were)."""
    if kind == "relief_grant":
        return relief_letter_body(letter(), GRANT, lang)
    if kind == "day_ended":
        return day_ended_letter_body(letter(), WISH, ENDED, "Dagcenter Nord", LAST_DAY, lang)
    return day_letter_body(letter(), WISH, DECISIONS[kind], "Dagcenter Nord", lang)


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("kind", SERVICE_KINDS)
def test_each_kind_is_written_again_as_from_its_facts(kind: str, lang: str) -> None:
    body = service_letter_body(kind, content_of(kind), lang)
    assert body == direct(kind, lang)
    page = text_of(render_service_letter(kind, content_of(kind), ".html", lang).decode("utf-8"))
    danish, english = SAYS[kind]
    assert (danish if lang == "da" else english) in page
    assert " ".join(QUOTED[kind].split()) in page
    assert f"{'Til' if lang == 'da' else 'To'} Pårørende Et (fiktiv)" in page


@pytest.mark.parametrize("kind", SERVICE_KINDS)
def test_each_kind_is_a_pdf(kind: str) -> None:
    data = render_service_letter(kind, content_of(kind), ".pdf", "da")
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "Borger Et (fiktiv)" in text


def test_the_names_are_only_under_person() -> None:
    for kind in SERVICE_KINDS:
        content = content_of(kind)
        kept = content.pop("person")
        assert (kept["name"], kept["carer_name"]) == (PERSON.name, PERSON.carer_name)
        assert PERSON.name not in json.dumps(content, ensure_ascii=False)
