"""Decision letters: every reason renders with its quoted rule, the own payment is stated only
as the municipality set it, the carer is the party, each letter quotes only its own
municipality's standard (word for word), and the PDF reads back."""

from __future__ import annotations

import html
import io
import os
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from scheduler.domain.model import Decision, Person, Reason, Request, RequestKind, Rules, Stay
from scheduler.io.letter_quotes import HADERSLEV, RANDERS, STANDARDS, Standard, standard_for
from scheduler.io.letters import LetterFacts, kroner, letter_html, own_payment
from scheduler.io.letters_pdf import letter_pdf
from scheduler.io.profiles import read_profile, rules_from_mapping

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
REQUEST = Request("R00001", "P0001", date(2027, 3, 1), date(2027, 7, 5), date(2027, 7, 19))
ACUTE = replace(REQUEST, kind=RequestKind.ACUTE)
PERSON = Person("P0001", "Borger Ærø-Łukasz")
CARER = "Karen Ærø-Łukasz"
STAY = Stay("R00001", "C01", 2, date(2027, 7, 5), date(2027, 7, 19))
GRANT = Decision("R00001", "P0001", stay=STAY)
RATE = 182.5


def rules(profile: str, rate: float | None = None) -> Rules:
    loaded, _ = rules_from_mapping(read_profile(profile), {}, profile, "")
    assert loaded is not None
    return replace(loaded, self_payment_per_night=rate)


def facts(
    profile: str,
    decision: Decision,
    rate: float | None = None,
    person: Person = PERSON,
    request: Request = REQUEST,
) -> LetterFacts:
    return LetterFacts(
        rules(profile, rate), request, person, decision, "Testcenter Nord", False, date(2027, 3, 20)
    )


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def text_of(page: str) -> str:
    """What a reader of the HTML letter sees, whitespace joined."""
    return flat(html.unescape(re.sub(r"<[^>]+>", " ", page)))


def quotes_of(standard: Standard) -> list[str]:
    """Every sentence of ``standard`` that a letter may quote, or that says whom it is to."""
    found = list(standard.quotes.values())
    if standard.acute_to_person is not None:
        found.append(standard.acute_to_person)
    return found


def other_standard(profile: str) -> Standard:
    return HADERSLEV if profile == "randers" else RANDERS


@pytest.mark.parametrize("profile", sorted(STANDARDS))
@pytest.mark.parametrize("reason", list(Reason))
def test_a_rejection_quotes_the_rule(profile: str, reason: Reason) -> None:
    page = letter_html(facts(profile, Decision("R00001", "P0001", reason=reason)))
    standard = standard_for(rules(profile))
    assert standard is STANDARDS[profile]
    rule = standard.rule_for(reason)
    if profile == "haderslev" and reason is not Reason.STAYS_LIMIT:
        assert rule is not None  # Haderslev has a rule for every reason but a stays limit
    if rule is not None:
        assert f"”{rule}”" in page.replace("&quot;", '"')
    else:
        assert "Afgørelsen følger kommunens regler for aflastning." in page
    assert "Klagevejledning" in page and "4 uger" in page


def test_a_stay_under_the_shortest_is_not_called_too_long() -> None:
    short = replace(REQUEST, end=date(2027, 7, 6))
    letter = replace(
        facts("haderslev", Decision("R00001", "P0001", reason=Reason.STAY_LIMIT), request=short),
        rules=replace(rules("haderslev"), min_stay_nights=2),
    )
    text = text_of(letter_html(letter))
    assert "kortere end det, der mindst skal bevilges pr. forløb" in text
    assert "længere" not in text and HADERSLEV.quotes[Reason.STAY_LIMIT.value] not in text


def test_the_pdf_reads_back_with_the_grant_and_payment() -> None:
    grant = facts("haderslev", GRANT, rate=150.0)
    text = flat(PdfReader(io.BytesIO(letter_pdf(grant))).pages[0].extract_text())
    assert "Testcenter Nord" in text and "Borger Ærø-Łukasz" in text
    assert "mandag 5. juli 2027" in text and "mandag 19. juli 2027" in text
    assert "14 døgn × 150,00 kr. = 2.100,00 kr." in text
    assert "Du sørger selv for transport til din pårørende fra og til plejecentret." in text


def test_a_rejection_pdf_holds_the_quote() -> None:
    letter = facts("randers", Decision("R00001", "P0001", reason=Reason.SELF_APPOINTED_HELPER))
    text = flat(PdfReader(io.BytesIO(letter_pdf(letter))).pages[0].extract_text())
    assert "selvudpeget hjælper efter servicelovens § 94" in text


def test_a_pdf_to_the_carer_names_both() -> None:
    letter = facts("randers", GRANT, person=replace(PERSON, carer_name=CARER))
    text = flat(PdfReader(io.BytesIO(letter_pdf(letter))).pages[0].extract_text())
    assert f"Til {CARER}" in text
    assert "Afgørelsen vedrører Borger Ærø-Łukasz (borger P0001)" in text


def test_own_payment_is_nights_times_the_rate_when_one_is_set() -> None:
    assert own_payment(rules("haderslev"), 3) is None
    assert own_payment(rules("randers"), 3) is None
    assert own_payment(rules("haderslev", 150.0), 3) == 450.0
    assert kroner(1234.5, "da") == "1.234,50 kr."
    assert kroner(1234.5, "en") == "DKK 1,234.50"


# What each grant letter says on the own payment: (profile, lang) -> the standard's sentences.
PAYMENT_QUOTES = {
    "haderslev": [HADERSLEV.quotes["payment"]],
    "randers": [RANDERS.quotes["payment"], RANDERS.quotes["payment_rate"]],
}
COUNCIL_SETS = {
    "da": "Der er egenbetaling for opholdet. Prisen fastsættes af kommunalbestyrelsen hvert år",
    "en": "There is an own payment for the stay. The municipal council sets its price each year",
}
NONE_CHARGED = {
    "da": "Der opkræves ingen egenbetaling for dette ophold.",
    "en": "No own payment is charged for this stay.",
}
SUM = {
    "da": "14 døgn × 182,50 kr. = 2.555,00 kr.",
    "en": "14 nights × DKK 182.50 = DKK 2,555.00",
}
TO = {"da": "Til", "en": "To"}
CONCERNS = {"da": "Afgørelsen vedrører", "en": "This decision concerns"}
ABOUT = {"da": "Vedrørende", "en": "Concerning"}


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("profile", sorted(STANDARDS))
@pytest.mark.parametrize("carer", ["", CARER])
@pytest.mark.parametrize("payment", ["rate", "no_rate", "exempt", "exempt_with_rate"])
def test_a_grant_letter(lang: str, profile: str, carer: str, payment: str) -> None:
    person = replace(PERSON, carer_name=carer, payment_exempt=payment.startswith("exempt"))
    rate = RATE if payment in ("rate", "exempt_with_rate") else None
    page = letter_html(facts(profile, GRANT, rate, person), lang)
    text = text_of(page)

    # the party: the carer when given, naming the person the decision concerns
    if carer:
        assert f"{TO[lang]} {CARER}" in text
        assert f"{CONCERNS[lang]} Borger Ærø-Łukasz (" in text
    else:
        assert f"<p>{TO[lang]} " not in page
        assert f"{ABOUT[lang]} Borger Ærø-Łukasz (" in text
        assert CONCERNS[lang] not in text

    # the own payment: an amount only where a rate is set, nothing where none is charged
    if payment == "rate":
        assert SUM[lang] in text
    else:
        assert "kr." not in text and "DKK" not in text
    if payment.startswith("exempt"):
        assert NONE_CHARGED[lang] in text
        assert COUNCIL_SETS[lang] not in text
        assert "egenbetaling for opholdet" not in text
        for quote in PAYMENT_QUOTES[profile]:
            assert quote not in text
        if profile == "randers":
            assert f"”{RANDERS.quotes['payment_exempt']}”" in text
    else:
        assert NONE_CHARGED[lang] not in text
        for quote in PAYMENT_QUOTES[profile]:
            assert f"”{quote}”" in text
        assert (COUNCIL_SETS[lang] in text) is (payment == "no_rate")

    # only the letter's own standard is quoted; transport only where the standard says so
    assert not [q for q in quotes_of(other_standard(profile)) if flat(q) in text]
    assert ("transport" in text.lower()) is (profile == "haderslev")


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("profile", sorted(STANDARDS))
def test_an_acute_letter_to_whom(lang: str, profile: str) -> None:
    """Randers sends the acute decision to the person who has the stay (§ 84 stk. 2), even
    when a carer is given; Haderslev's standard says no such thing."""
    person = replace(PERSON, carer_name=CARER)
    no_centre = Decision("R00001", "P0001", reason=Reason.NO_SUITABLE_CENTRE)
    for decision in (GRANT, no_centre):
        text = text_of(letter_html(facts(profile, decision, person=person, request=ACUTE), lang))
        if profile == "randers":
            assert f"{TO[lang]} Borger Ærø-Łukasz" in text and CARER not in text
            assert f"{ABOUT[lang]} Borger Ærø-Łukasz (" in text
            # nothing written for relief of the carer under stk. 1 (e.g. "efter § 84, stk.1")
            assert RANDERS.acute_topics is not None
            assert not [
                q
                for topic, q in RANDERS.quotes.items()
                if topic not in RANDERS.acute_topics and q in text
            ]
            assert RANDERS.quotes["acute_basis"] in text
        else:
            assert f"{TO[lang]} {CARER}" in text
            assert f"{CONCERNS[lang]} Borger Ærø-Łukasz (" in text
    # the reason speaks to whom the letter is to
    text = text_of(letter_html(facts(profile, no_centre, person=person, request=ACUTE)))
    assert ("har det, du har brug for under opholdet" in text) is (profile == "randers")
    assert ("har det, din pårørende har brug for" in text) is (profile == "haderslev")


def test_a_planned_randers_letter_goes_to_the_carer() -> None:
    person = replace(PERSON, carer_name=CARER)
    text = text_of(letter_html(facts("randers", GRANT, person=person)))
    assert f"Til {CARER}" in text


@pytest.mark.parametrize("profile", sorted(STANDARDS))
def test_no_letter_quotes_another_municipality(profile: str) -> None:
    """Every kind of letter of one municipality: none holds a sentence of the other's
    standard, or the paraphrase of Haderslev's transport rule."""
    other = [flat(q) for q in quotes_of(other_standard(profile))]
    own = {flat(q) for q in quotes_of(STANDARDS[profile])}
    decisions = [GRANT] + [Decision("R00001", "P0001", reason=r) for r in Reason]
    persons = [PERSON, replace(PERSON, carer_name=CARER, payment_exempt=True)]
    for decision in decisions:
        for person in persons:
            for request in (REQUEST, ACUTE):
                for lang in ("da", "en"):
                    letter = replace(
                        facts(profile, decision, RATE, person, request), late_summer_wish=True
                    )
                    text = text_of(letter_html(letter, lang))
                    assert not [q for q in other if q in text and q not in own], (decision, lang)
                    if profile == "randers":
                        assert "transport" not in text.lower()


def _seed_text(standard: Standard) -> str:
    path = SEEDS / standard.source
    if not path.is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"the shared seed {path} is missing under CI")
        pytest.skip(f"the shared seeds are not here: {path}")
    return flat(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("profile", sorted(STANDARDS))
def test_every_quote_is_word_for_word_from_its_seed(profile: str) -> None:
    standard = STANDARDS[profile]
    seed = _seed_text(standard)
    assert standard.municipality in seed
    missing = [q for q in quotes_of(standard) if flat(q) not in seed]
    missing += [line for line in standard.contact if flat(line) not in seed]
    assert not missing


def test_a_letter_windows_1252_can_hold_uses_the_standard_font_and_reads_back() -> None:
    """Danish names and the quotes' typographic marks need no font file (fast letters)."""
    danish = replace(PERSON, name="Søren Ærbø Åberg", carer_name="Else Ærbø")
    pdf = letter_pdf(facts("haderslev", GRANT, person=danish))
    text = flat(PdfReader(io.BytesIO(pdf)).pages[0].extract_text())
    assert b"/BaseFont /Helvetica" in pdf and b"DejaVu" not in pdf
    assert "Til Else Ærbø" in text and "Søren Ærbø Åberg" in text
    assert "”Der er egenbetaling for opholdet" in text


def test_a_name_in_another_script_gets_the_unicode_font() -> None:
    pdf = letter_pdf(facts("haderslev", GRANT))
    assert b"DejaVu" in pdf
