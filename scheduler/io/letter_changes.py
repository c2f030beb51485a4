"""Letters on what happens to a stay after its grant: a change (moved, shortened, extended or
at another centre), a cancellation, and an offer of freed dates from the waiting list.

Each is written like the grant and rejection letters (``scheduler.io.letters``): the same head,
legal basis, complaint guidance and contact, and quotes only of the letter's own municipality's
quality standard, word for word. A change letter shows the stay before and after, with the own
payment of the stay as it is now (as a grant states it); a cancellation confirms the stay that
was cancelled; an offer shows the dates offered, their own payment, and asks for an answer.
What they quote besides the legal basis and the complaint sentence:

- Haderslev: that an end date is agreed when a stay is given (``end_date``), and that the time
  of a stay is agreed with the allocation office with regard to needs and capacity;
- Randers: that the timing is planned together with the family and the centre, and the duty to
  tell of changes (retssikkerhedslovens § 11, stk. 2), which its standard says of all support
  (kept here, ``DUTY_TO_INFORM``: no grant or rejection letter quotes it).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from scheduler.domain.model import Reason
from scheduler.i18n import t
from scheduler.io.letter_quotes import RANDERS, Standard
from scheduler.io.letters import (
    LetterFacts,
    cited,
    closing,
    heading,
    legal_basis,
    long_date,
    office_of,
    opening,
    paragraph,
    payment,
    quoted,
    table,
)

CHANGE_KINDS = ("change", "cancellation", "offer")
"""The kinds of letter this module writes."""

DUTY_TO_INFORM = MappingProxyType(
    {
        RANDERS.source: "Når du modtager støtte, har du pligt til at oplyse om ændringer, der kan "
        "have betydning for den støtte, du modtager. Dette fremgår af retssikkerhedslovens § "
        "11, stk.2."
    }
)
"""The standard's sentence on the duty to tell of changes, by the seed file it is from; only
where it is said of all support (Haderslev says it of day centres only)."""

TIMING_TOPIC = Reason.CAPACITY.value
"""The topic under which a standard's sentence on when a stay takes place is kept (it is the
rule behind a rejection for want of room)."""


@dataclass(frozen=True)
class Earlier:
    """The stay as it was before a change or a cancellation: where and which nights."""

    centre_name: str
    start: date
    end: date

    @property
    def nights(self) -> int:
        return (self.end - self.start).days


def _stay_rows(centre: str, start: date, end: date, lang: str) -> list[tuple[str, str]]:
    return [
        (t("letter.centre", lang), centre),
        (t("letter.arrival", lang), long_date(start, lang)),
        (t("letter.departure", lang), long_date(end, lang)),
        (t("letter.nights", lang), str((end - start).days)),
    ]


def _new_stay(facts: LetterFacts, standard: Standard | None, lang: str) -> list[str]:
    """The stay as it is now, with its own payment in the table and what is said on it below."""
    stay = facts.decision.stay
    assert stay is not None, "a change or an offer has a stay"
    paid, on_payment = payment(facts, standard, lang)
    rows = _stay_rows(facts.centre_name or stay.centre_id, stay.start, stay.end, lang)
    return [table([*rows, (t("letter.payment", lang), paid)]), *on_payment]


def _earlier_stay(earlier: Earlier, lang: str) -> str:
    return table(_stay_rows(earlier.centre_name, earlier.start, earlier.end, lang))


def _duty_to_inform(standard: Standard | None, lang: str) -> list[str]:
    if standard is None or standard.source not in DUTY_TO_INFORM:
        return []
    return [paragraph(t("letter.duty_lead", lang)), quoted(DUTY_TO_INFORM[standard.source])]


def _change(
    facts: LetterFacts, earlier: Earlier | None, standard: Standard | None, lang: str
) -> list[str]:
    assert earlier is not None, "a change letter shows the stay before"
    parts = [
        paragraph(t("letter.change.lead", lang)),
        heading(t("letter.change.after", lang)),
        *_new_stay(facts, standard, lang),
        heading(t("letter.change.before", lang)),
        _earlier_stay(earlier, lang),
        paragraph(t("letter.change.rest", lang)),
    ]
    parts += cited(standard, "end_date", t("letter.change.end_date", lang))
    parts += cited(standard, TIMING_TOPIC, t("letter.timing_lead", lang))
    return parts + _duty_to_inform(standard, lang)


def _cancellation(
    facts: LetterFacts, earlier: Earlier | None, standard: Standard | None, lang: str
) -> list[str]:
    assert earlier is not None, "a cancellation letter confirms the stay cancelled"
    office = office_of(standard, lang)
    parts = [
        paragraph(t("letter.cancel.lead", lang)),
        _earlier_stay(earlier, lang),
        paragraph(t("letter.cancel.again", lang, office=office)),
    ]
    return parts + _duty_to_inform(standard, lang)


def _offer(
    facts: LetterFacts, earlier: Earlier | None, standard: Standard | None, lang: str
) -> list[str]:
    office = office_of(standard, lang)
    parts = [
        paragraph(
            t(
                "letter.offer.lead",
                lang,
                start=long_date(facts.request.start, lang),
                end=long_date(facts.request.end, lang),
            )
        ),
        *_new_stay(facts, standard, lang),
        paragraph(t("letter.offer.answer", lang, office=office)),
    ]
    return parts + cited(standard, TIMING_TOPIC, t("letter.timing_lead", lang))


_BODIES = MappingProxyType({"change": _change, "cancellation": _cancellation, "offer": _offer})

_TITLES: Mapping[str, str] = MappingProxyType(
    {
        "change": "letter.change.title",
        "cancellation": "letter.cancel.title",
        "offer": "letter.offer.title",
    }
)


def change_letter_body(
    kind: str, facts: LetterFacts, earlier: Earlier | None, lang: str = "da"
) -> str:
    """The letter of ``kind`` (one of ``CHANGE_KINDS``) as an HTML fragment; ``earlier`` is the
    stay before a change or a cancellation (an offer has none)."""
    standard, parts = opening(facts, t(_TITLES[kind], lang), lang)
    parts += _BODIES[kind](facts, earlier, standard, lang)
    return "\n".join(parts + legal_basis(facts, standard, lang) + closing(standard, lang))
