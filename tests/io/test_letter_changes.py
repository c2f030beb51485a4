"""The letters on a change, a cancellation and an offer from the waiting list: each in Danish and
English for both municipalities, with the stays they name, complaint guidance, and only their
own municipality's sentences, quoted word for word from its seed file."""

from __future__ import annotations

import html
import io
import re
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from scheduler.io.letter_changes import CHANGE_KINDS, DUTY_TO_INFORM, Earlier, change_letter_body
from scheduler.io.letter_quotes import HADERSLEV, RANDERS, STANDARDS
from scheduler.io.letters import html_page, kroner
from scheduler.io.letters_pdf import pdf_page
from scheduler.service.letter_records import facts_from_content, letter_content
from tests.io.test_letters import (
    CARER,
    GRANT,
    PERSON,
    RATE,
    _seed_text,
    facts,
    flat,
    text_of,
)

EARLIER = Earlier("Gamle Center (fiktivt)", date(2027, 7, 1), date(2027, 7, 10))
TITLES = {
    ("change", "da"): "Afgørelse om ændring af aflastningsophold",
    ("change", "en"): "Decision on a change of a respite stay",
    ("cancellation", "da"): "Bekræftelse af aflyst aflastningsophold",
    ("cancellation", "en"): "Confirmation of a cancelled respite stay",
    ("offer", "da"): "Tilbud om aflastningsophold",
    ("offer", "en"): "Offer of a respite stay",
}
COMPLAINT = {"da": "Klagevejledning", "en": "How to complain"}
# what each kind quotes of each standard, beside the complaint sentence and the legal basis
QUOTED = {
    ("haderslev", "change"): [HADERSLEV.quotes["end_date"], HADERSLEV.quotes["capacity"]],
    ("haderslev", "cancellation"): [],
    ("haderslev", "offer"): [HADERSLEV.quotes["capacity"]],
    ("randers", "change"): [RANDERS.quotes["capacity"], DUTY_TO_INFORM[RANDERS.source]],
    ("randers", "cancellation"): [DUTY_TO_INFORM[RANDERS.source]],
    ("randers", "offer"): [RANDERS.quotes["capacity"]],
}


def _letter(profile: str, kind: str, lang: str) -> str:
    earlier = None if kind == "offer" else EARLIER
    return change_letter_body(kind, facts(profile, GRANT), earlier, lang)


def _quotes(body: str) -> list[str]:
    found = re.findall(r"<blockquote>”(.*?)”</blockquote>", body, flags=re.S)
    return [flat(html.unescape(q)) for q in found]


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("kind", CHANGE_KINDS)
@pytest.mark.parametrize("profile", sorted(STANDARDS))
def test_each_letter_names_its_stays_and_quotes_its_own_seed_word_for_word(
    profile: str, kind: str, lang: str
) -> None:
    body = _letter(profile, kind, lang)
    text = text_of(body)
    assert TITLES[(kind, lang)] in text and COMPLAINT[lang] in text
    july = "juli" if lang == "da" else "July"
    if kind != "offer":
        assert f"1. {july} 2027" in text or f"1 {july} 2027" in text
        assert "Gamle Center (fiktivt)" in text
    if kind != "cancellation":
        assert "Testcenter Nord" in text and "19" in text
    quotes = _quotes(body)
    standard = STANDARDS[profile]
    for wanted in QUOTED[(profile, kind)]:
        assert flat(wanted) in quotes
    assert flat(standard.quotes["complaint"]) in quotes
    seed = _seed_text(standard)
    assert [q for q in quotes if q not in seed] == []


@pytest.mark.parametrize("kind", CHANGE_KINDS)
def test_a_letter_to_the_carer_names_both(kind: str) -> None:
    carer = replace(PERSON, carer_name=CARER)
    earlier = None if kind == "offer" else EARLIER
    body = change_letter_body(kind, facts("haderslev", GRANT, person=carer), earlier, "da")
    assert f"Til {CARER}" in text_of(body) and PERSON.name in text_of(body)


@pytest.mark.parametrize("kind", CHANGE_KINDS)
def test_the_recorded_content_writes_the_same_letter_again(kind: str) -> None:
    earlier = None if kind == "offer" else EARLIER
    written = facts("randers", GRANT, rate=150.0)
    again, kept = facts_from_content(letter_content(written, earlier))
    for lang in ("da", "en"):
        assert change_letter_body(kind, again, kept, lang) == change_letter_body(
            kind, written, earlier, lang
        )


def test_a_change_letter_as_pdf_and_page_reads_back() -> None:
    body = _letter("haderslev", "change", "da")
    text = flat(PdfReader(io.BytesIO(pdf_page(body, "R00001", "da"))).pages[0].extract_text())
    assert "Afgørelse om ændring af aflastningsophold" in text
    assert "Gamle Center (fiktivt)" in text
    assert html_page(body, "R00001", "da").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("kind", ["change", "offer"])
def test_the_stay_now_states_its_own_payment(kind: str) -> None:
    earlier = None if kind == "offer" else EARLIER
    priced = change_letter_body(kind, facts("haderslev", GRANT, rate=RATE), earlier, "da")
    paid = f"Egenbetaling 14 døgn × {kroner(RATE, 'da')} = {kroner(14 * RATE, 'da')}"
    assert paid in text_of(priced)
    exempt = replace(PERSON, payment_exempt=True)
    free = change_letter_body(kind, facts("haderslev", GRANT, person=exempt), earlier, "en")
    assert "Own payment None" in text_of(free)
