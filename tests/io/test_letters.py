"""Decision letters: every reason renders with its quoted rule, and the PDF reads back."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from scheduler.domain.model import Decision, Person, Reason, Request, Rules, Stay
from scheduler.io.letter_quotes import STANDARDS, standard_for
from scheduler.io.letters import LetterFacts, kroner, letter_html, own_payment
from scheduler.io.letters_pdf import letter_pdf
from scheduler.io.profiles import read_profile, rules_from_mapping

REQUEST = Request("R00001", "P0001", date(2027, 3, 1), date(2027, 7, 5), date(2027, 7, 19))
PERSON = Person("P0001", "Borger Ærø-Łukasz")


def rules(profile: str) -> Rules:
    loaded, _ = rules_from_mapping(read_profile(profile), {}, profile, "")
    assert loaded is not None
    return loaded


def facts(profile: str, decision: Decision) -> LetterFacts:
    return LetterFacts(
        rules(profile), REQUEST, PERSON, decision, "Testcenter Nord", False, date(2027, 3, 20)
    )


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("profile", sorted(STANDARDS))
@pytest.mark.parametrize("reason", list(Reason))
def test_a_rejection_quotes_the_rule(profile: str, reason: Reason) -> None:
    page = letter_html(facts(profile, Decision("R00001", "P0001", reason=reason)))
    standard = standard_for(rules(profile))
    assert standard is STANDARDS[profile]
    rule = standard.rule_for(reason)
    if profile == "haderslev":
        assert rule is not None  # Haderslev has a rule for every reason
    if rule is not None:
        assert f"”{rule}”" in page.replace("&quot;", '"')
    assert "Klagevejledning" in page and "4 uger" in page


def test_the_pdf_reads_back_with_the_grant_and_payment() -> None:
    stay = Stay("R00001", "C01", 2, date(2027, 7, 5), date(2027, 7, 19))
    grant = facts("haderslev", Decision("R00001", "P0001", stay=stay))
    text = flat(PdfReader(io.BytesIO(letter_pdf(grant))).pages[0].extract_text())
    assert "Testcenter Nord" in text and "Borger Ærø-Łukasz" in text
    assert "mandag 5. juli 2027" in text and "mandag 19. juli 2027" in text
    assert "14 døgn × 150,00 kr. = 2.100,00 kr." in text
    assert "Du sørger selv for transport til din pårørende fra og til plejecentret." in text


def test_a_rejection_pdf_holds_the_quote() -> None:
    letter = facts("randers", Decision("R00001", "P0001", reason=Reason.SELF_APPOINTED_HELPER))
    text = flat(PdfReader(io.BytesIO(letter_pdf(letter))).pages[0].extract_text())
    assert "selvudpeget hjælper efter servicelovens § 94" in text


def test_own_payment_needs_the_year_of_the_rate() -> None:
    haderslev = rules("haderslev")
    assert own_payment(haderslev, 3, 2027) == 450.0
    assert own_payment(haderslev, 3, 2028) is None
    assert kroner(1234.5, "da") == "1.234,50 kr."
    assert kroner(1234.5, "en") == "DKK 1,234.50"
