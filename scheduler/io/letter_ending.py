"""The decision letter that ends a person's grant of respite (afgørelse om ophør).

Written in the style of the other decision letters (``scheduler.io.letters``: the same head,
helpers and complaint guidance): the day the grant ends, the promised stays that were cancelled
and the stay in progress that ends that day, the municipality's own sentences on following up
and ending (``ENDING_QUOTES``, word for word from its standard), the complaint guidance and the
contact details. A standard that says nothing on ending a stay's grant (Haderslev speaks of
"løbende opfølgning" only for day-centre places) is quoted on complaints only.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from scheduler.domain.model import Person, Rules
from scheduler.i18n import t
from scheduler.io.letter_quotes import RANDERS, standard_for
from scheduler.io.letters import (
    STYLE,
    cited,
    heading,
    long_date,
    office_of,
    paragraph,
    quoted,
)
from scheduler.io.letters_pdf import pdf_page

ENDING_QUOTES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        RANDERS.municipality: (
            "Randers Kommune skal i følge servicelovens § 148, stk. 2, løbende følge den enkelte "
            "indsats for at sikre os, at hjælpen fortsat opfylder sit formål.",
            "Når det i forbindelse med opfølgning vurderes, at målet med afløsningen eller "
            "aflastningen er opnået eller formålet er ophørt, afsluttes støtten. Der sendes en "
            "afgørelse til dig som pårørende eller dig som modtager akutaflastning.",
        ),
    }
)
"""Per municipality, its standard's sentences on following up a case and ending the help."""


@dataclass(frozen=True)
class EndedStay:
    """A stay the ending touches: cancelled (it had not begun) or cut short on the end day."""

    request_id: str
    centre_name: str
    start: date
    end: date


@dataclass(frozen=True)
class EndingFacts:
    """What the ending letter says."""

    rules: Rules
    person: Person
    ended: date
    cancelled: tuple[EndedStay, ...]
    shortened: EndedStay | None
    written: date


def _stays(stays: tuple[EndedStay, ...], lang: str) -> list[str]:
    """The cancelled stays, one line each: where, from which day to which (a table's two
    columns would wrap the long dates; a bulleted list is not in the PDF's standard font)."""
    lines = [
        html.escape(
            t(
                "followup.letter.stay",
                lang,
                centre=stay.centre_name,
                start=long_date(stay.start, lang),
                end=long_date(stay.end, lang),
            )
        )
        for stay in stays
    ]
    return ["<p>" + "<br>".join(lines) + "</p>"] if lines else []


def ending_body(facts: EndingFacts, lang: str = "da") -> str:
    """The letter as an HTML fragment (what the preview and the PDF show)."""
    standard = standard_for(facts.rules)
    person = facts.person
    sender = standard.municipality if standard is not None else facts.rules.name
    office = office_of(standard, lang)
    parts = [
        f"<h1>{html.escape(sender)}</h1>",
        paragraph(f"{office} · {long_date(facts.written, lang)}"),
    ]
    if person.carer_name.strip():
        parts.append(paragraph(t("letter.to", lang, name=person.carer_name.strip())))
    parts += [
        f"<h2>{html.escape(t('followup.letter.title', lang))}</h2>",
        paragraph(t("followup.letter.concerns", lang, name=person.name, person=person.person_id)),
        paragraph(t("followup.letter.ended", lang, day=long_date(facts.ended, lang))),
    ]
    if facts.shortened is not None:
        stay = facts.shortened
        parts.append(
            paragraph(
                t(
                    "followup.letter.shortened",
                    lang,
                    centre=stay.centre_name,
                    day=long_date(stay.end, lang),
                )
            )
        )
    if facts.cancelled:
        parts += [heading(t("followup.letter.cancelled_title", lang))]
        count = len(facts.cancelled)
        key = "followup.letter.cancelled.one" if count == 1 else "followup.letter.cancelled"
        parts.append(paragraph(t(key, lang, count=count)))
        parts += _stays(facts.cancelled, lang)
    else:
        parts.append(paragraph(t("followup.letter.none_cancelled", lang)))
    if standard is not None and standard.municipality in ENDING_QUOTES:
        parts.append(paragraph(t("followup.letter.rule_lead", lang, title=standard.title)))
        parts += [quoted(quote) for quote in ENDING_QUOTES[standard.municipality]]
    parts += [
        heading(t("letter.complaint_title", lang)),
        paragraph(t("letter.complaint", lang, office=office)),
    ]
    parts += cited(standard, "complaint", t("letter.complaint_lead", lang))
    parts.append(heading(t("letter.contact_title", lang)))
    contact = standard.contact if standard is not None else (office,)
    parts.append("<p>" + "<br>".join(html.escape(line) for line in contact) + "</p>")
    return "\n".join(parts)


def ending_title(facts: EndingFacts, lang: str = "da") -> str:
    """The letter's document title (a browser tab, a PDF's properties)."""
    return t("followup.letter.file_title", lang, person=facts.person.person_id)


def ending_html(facts: EndingFacts, lang: str = "da") -> str:
    """The letter as a whole HTML page, for preview and download."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(ending_title(facts, lang))}</title>\n<style>{STYLE}</style>\n"
        f"</head>\n<body>\n{ending_body(facts, lang)}\n</body>\n</html>\n"
    )


def ending_pdf(facts: EndingFacts, lang: str = "da") -> bytes:
    """The letter as the bytes of a PDF file (A4), laid out as the other letters are."""
    return pdf_page(ending_body(facts, lang), facts.person.person_id, lang)
