"""Decision letters (afgørelser) to families: one HTML document per decision, and as PDF.

For a grant: the centre, arrival, departure, nights, own payment, transport (where the standard
says something on it) and contact. For a rejection: the reason in plain words with the rule of
the municipality's quality standard quoted word for word. Every letter ends with complaint
guidance (klagevejledning) and contact details. The text comes from the catalogue
(``scheduler.i18n.operations``: Danish, English on request); the quotes are always the
standard's Danish, and only ever the letter's own municipality's.

The own payment: an amount is printed only when the rules set a rate
(``self_payment_per_night``); without one the letter says that there is an own payment whose
price the council sets each year, and prints no number. A person who is ``payment_exempt`` is
told that none is charged, and nothing else about it.

Who the letter is to: the carer (``carer_name``) when one is given, naming the person the
decision concerns; else the family as before. An acute stay under a standard that sends acute
decisions to the person themself (Randers, § 84 stk. 2) is the person's own: its letter is to
them even when a carer is given.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from scheduler.domain.model import Decision, Person, Reason, Request, Rules
from scheduler.i18n import has, t
from scheduler.io.letter_quotes import Standard, standard_for

STYLE = (
    "body{font-family:sans-serif;max-width:42em;margin:2em auto;line-height:1.4}"
    "blockquote{border-left:3px solid #888;margin-left:0;padding-left:1em;font-style:italic}"
    "td{padding:0.2em 1em 0.2em 0}"
)


@dataclass(frozen=True)
class LetterFacts:
    """What a letter says: the decision on a request and everything named in it."""

    rules: Rules
    request: Request
    person: Person
    decision: Decision
    centre_name: str | None
    late_summer_wish: bool
    written: date


def long_date(day: date, lang: str) -> str:
    """``mandag 5. juli 2027`` (or ``Monday 5 July 2027``)."""
    weekday = t("letter.weekdays", lang).split(",")[day.isoweekday() - 1]
    month = t("letter.months", lang).split(",")[day.month - 1]
    return t("letter.date", lang, weekday=weekday, day=day.day, month=month, year=day.year)


def kroner(amount: float, lang: str) -> str:
    """``2.100,00 kr.`` in Danish, ``DKK 2,100.00`` in English."""
    text = f"{amount:,.2f}"
    if lang == "da":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return t("letter.kroner", lang, amount=text)


def own_payment(rules: Rules, nights: int) -> float | None:
    """Nights times the profile's rate, when the profile sets one."""
    if rules.self_payment_per_night is None:
        return None
    return nights * rules.self_payment_per_night


def paragraph(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def quoted(text: str) -> str:
    return f"<blockquote>”{html.escape(text)}”</blockquote>"


def table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td><b>{html.escape(key)}</b></td><td>{html.escape(value)}</td></tr>"
        for key, value in rows
    )
    return f'<table width="100%">{cells}</table>'


def heading(text: str) -> str:
    return f"<h3>{html.escape(text)}</h3>"


def cited(standard: Standard | None, topic: str, lead: str) -> list[str]:
    """A lead-in and the standard's sentence on ``topic``; nothing if it has none."""
    if standard is None or topic not in standard.quotes:
        return []
    return [paragraph(lead), quoted(standard.quotes[topic])]


def payment(facts: LetterFacts, standard: Standard | None, lang: str) -> tuple[str, list[str]]:
    """The own payment as the grant's table shows it, and what the letter says on it below."""
    stay = facts.decision.stay
    assert stay is not None
    if facts.person.payment_exempt:
        said = [paragraph(t("letter.payment_exempt", lang))]
        said += cited(standard, "payment_exempt", t("letter.payment_exempt_rule", lang))
        return t("letter.payment_none", lang), said
    rate = facts.rules.self_payment_per_night
    payment = own_payment(facts.rules, stay.nights)
    if rate is None or payment is None:
        office = standard.office if standard is not None else t("letter.office", lang)
        cell = t("letter.payment_council", lang, office=office)
    else:
        cell = t(
            "letter.payment_sum",
            lang,
            nights=stay.nights,
            rate=kroner(rate, lang),
            total=kroner(payment, lang),
        )
    said = cited(standard, "payment", t("letter.payment_rule", lang))
    if standard is not None and "payment_rate" in standard.quotes:
        said.append(quoted(standard.quotes["payment_rate"]))
    return cell, said


def _grant(facts: LetterFacts, standard: Standard | None, lang: str) -> list[str]:
    stay = facts.decision.stay
    assert stay is not None
    paid, on_payment = payment(facts, standard, lang)
    parts = [
        paragraph(t("letter.granted", lang, centre=facts.centre_name)),
        table(
            [
                (t("letter.centre", lang), facts.centre_name or stay.centre_id),
                (t("letter.arrival", lang), long_date(stay.start, lang)),
                (t("letter.departure", lang), long_date(stay.end, lang)),
                (t("letter.nights", lang), str(stay.nights)),
                (t("letter.payment", lang), paid),
            ]
        ),
    ]
    if facts.request.is_acute:
        parts += cited(standard, "acute_length", t("letter.acute_length", lang))
    parts += on_payment
    if standard is not None and "transport" in standard.quotes:
        parts += [heading(t("letter.transport_title", lang)), quoted(standard.quotes["transport"])]
    return parts


def _too_short(facts: LetterFacts) -> bool:
    """Whether the wished stay is under the shortest one the rules allow."""
    shortest = facts.rules.min_stay_nights
    return shortest is not None and facts.request.nights < shortest


def _reason_text(facts: LetterFacts, reason: Reason, to_person: bool, lang: str) -> str:
    """The reason in plain words: to the person themself where the letter is theirs."""
    key = f"letter.reason.{reason.value}"
    if reason is Reason.STAY_LIMIT and _too_short(facts):
        key += ".short"
    if to_person and has(f"{key}.self"):
        key += ".self"
    return t(key, lang)


def _rejection(
    facts: LetterFacts, standard: Standard | None, to_person: bool, lang: str
) -> list[str]:
    reason = facts.decision.reason
    assert reason is not None
    request = facts.request
    parts = [
        paragraph(
            t(
                "letter.rejected",
                lang,
                start=long_date(request.start, lang),
                end=long_date(request.end, lang),
            )
        ),
        heading(t("letter.why", lang)),
        paragraph(_reason_text(facts, reason, to_person, lang)),
    ]
    # a standard's rule on stay length is its longest stay: it says nothing on a short one
    rule = None if standard is None or _too_short(facts) else standard.rule_for(reason)
    if standard is not None and rule is not None:
        parts += [paragraph(t("letter.rule_lead", lang, title=standard.title)), quoted(rule)]
    else:
        parts.append(paragraph(t("letter.no_rule", lang)))
    if facts.late_summer_wish:
        parts += cited(standard, "summer", t("letter.late_summer", lang))
    return parts


def to_person_themself(facts: LetterFacts, standard: Standard | None) -> bool:
    """Whether the decision is the person's own (an acute stay under a standard that sends
    acute decisions to the one who has the stay), so the letter is to them, not to a carer."""
    return facts.request.is_acute and standard is not None and standard.acute_to_person is not None


def recipient(facts: LetterFacts, standard: Standard | None) -> str | None:
    """The name the letter is addressed to, when a carer is given: the carer's, or the
    person's own where the decision is theirs. ``None`` (no carer): to the family, unnamed."""
    carer = facts.person.carer_name.strip()
    if not carer:
        return None
    return facts.person.name if to_person_themself(facts, standard) else carer


def opening(facts: LetterFacts, title: str, lang: str) -> tuple[Standard | None, list[str]]:
    """The standard the letter quotes (only its acute sentences for an acute stay), and the
    letter's head: sender, office and date, to whom, ``title`` and whom the decision concerns."""
    standard = standard_for(facts.rules)
    request, person = facts.request, facts.person
    if standard is not None and request.is_acute:
        standard = standard.for_acute()
    sender = standard.municipality if standard is not None else facts.rules.name
    to = recipient(facts, standard)
    to_carer = to is not None and not to_person_themself(facts, standard)
    parts = [
        f"<h1>{html.escape(sender)}</h1>",
        paragraph(f"{office_of(standard, lang)} · {long_date(facts.written, lang)}"),
    ]
    if to is not None:
        parts.append(paragraph(t("letter.to", lang, name=to)))
    parts += [
        f"<h2>{html.escape(title)}</h2>",
        paragraph(
            t(
                "letter.concerns" if to_carer else "letter.about",
                lang,
                name=person.name,
                person=person.person_id,
                request=request.request_id,
                received=long_date(request.received, lang),
            )
        ),
    ]
    return standard, parts


def office_of(standard: Standard | None, lang: str) -> str:
    """The office that decided: the standard's, else the allocation office."""
    return standard.office if standard is not None else t("letter.office", lang)


def legal_basis(facts: LetterFacts, standard: Standard | None, lang: str) -> list[str]:
    """The standard's legal basis for the kind of stay (acute or planned), quoted."""
    basis = "acute_basis" if facts.request.is_acute else "legal_basis"
    return cited(standard, basis, t("letter.legal_basis", lang))


def closing(standard: Standard | None, lang: str) -> list[str]:
    """The letter's end: complaint guidance and contact details."""
    office = office_of(standard, lang)
    parts = [
        heading(t("letter.complaint_title", lang)),
        paragraph(t("letter.complaint", lang, office=office)),
    ]
    parts += cited(standard, "complaint", t("letter.complaint_lead", lang))
    parts.append(heading(t("letter.contact_title", lang)))
    contact = standard.contact if standard is not None else (office,)
    parts.append("<p>" + "<br>".join(html.escape(line) for line in contact) + "</p>")
    return parts


def letter_body(facts: LetterFacts, lang: str = "da") -> str:
    """The letter as an HTML fragment (what both the preview and the PDF show)."""
    request = facts.request
    title = "letter.title_acute" if request.is_acute else "letter.title"
    standard, parts = opening(facts, t(title, lang), lang)
    if facts.decision.stay is not None:
        parts += _grant(facts, standard, lang)
    else:
        parts += _rejection(facts, standard, to_person_themself(facts, standard), lang)
    parts += legal_basis(facts, standard, lang)
    if request.is_acute:
        parts += cited(standard, "acute_handling", t("letter.acute_handling", lang))
    else:
        parts += cited(standard, "case_deadline", t("letter.case_deadline", lang))
    return "\n".join(parts + closing(standard, lang))


def letter_html(facts: LetterFacts, lang: str = "da") -> str:
    """The letter as a whole HTML page, for preview."""
    return html_page(letter_body(facts, lang), facts.request.request_id, lang)


def html_page(body: str, request_id: str, lang: str) -> str:
    """A letter's HTML fragment ``body`` as a whole page, titled by its request."""
    title = html.escape(t("letter.file_title", lang, request=request_id))
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"{body}\n</body>\n</html>\n"
    )
