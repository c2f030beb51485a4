"""Decision letters on day-centre places and relief at home: a place granted, a place on the
waiting list, a wish refused, a place (or wish) ended, and a grant of relief at home.

They share the stay letters' parts (``scheduler.io.letters``: date, quotes, complaint guidance
and contact) and quote the municipality's quality standard word for word on the service in
question. Only Haderslev's standard says anything on these services; a letter under another
standard quotes nothing on them rather than another municipality's words.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from types import MappingProxyType

from scheduler.domain.daycare import DayDecision, DayReason, DayStatus, DayWish
from scheduler.domain.model import Person, Rules
from scheduler.domain.relief import ReliefGrant, hours_text
from scheduler.i18n import t
from scheduler.io.letter_quotes import HADERSLEV, Standard, standard_for
from scheduler.io.letters import STYLE, closing, long_date, office_of, paragraph, quoted, table

_DAY_PLACE = (
    "Din pårørende tildeles et forløb på 1-2 dage om ugen på det dagcenter, der har ledige pladser."
)
_DAY_CONSENT = "Din pårørende er indforstået med at modtage et tilbud om aflastning."

SERVICE_QUOTES: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        HADERSLEV.municipality: MappingProxyType(
            {
                "day_granted": _DAY_PLACE,
                "day_follow_up": "Der sker en løbende opfølgning af din pårørendes ophold på "
                "dagcenter.",
                "day_duty": "Du har pligt til at informere Visitationen ved ændringer i din "
                "pårørendes behov, som kan have betydning for din bevilling.",
                "day_apply": "Du har naturligvis også mulighed for at ansøge via papir eller ved "
                "telefonisk kontakt til Visitationen.",
                "day_waiting": "Hvis der ikke er ledige pladser, kommer din pårørende på en "
                "venteliste og kommunen kan hjælpe dig med aflastning og afløsningsmuligheder i "
                "form af enten aflastning uden for hjemmet eller øget hjemmehjælp i hjemmet, "
                "indtil din pårørende kan få en plads.",
                DayReason.SELF_APPOINTED_HELPER.value: HADERSLEV.quotes["self_appointed_helper"],
                DayReason.NO_CONSENT.value: _DAY_CONSENT,
                DayReason.DAYS_LIMIT.value: _DAY_PLACE,
                DayReason.NO_SUITABLE_CENTRE.value: "Hvis din pårørende er svært plejekrævende "
                "og har behov for forflytning med hjælp fra to medarbejdere eller hjælpemiddel.",
                DayReason.OUTSIDE_HORIZON.value: _DAY_PLACE,
                DayReason.WEEKDAYS.value: _DAY_PLACE,
                "relief_hours": "Afløsning i hjemmet omfatter tilstedeværelse i hjemmet op til 3 "
                "timer om ugen eller op til 6 timer hver 14. dag, så du har mulighed for at "
                "forlade hjemmet.",
                "relief_lapse": "Timerne kan ikke opspares yderligere.",
                "relief_supervision": "Hvis din pårørende har behov for konstant overvågning, "
                "kan der ikke gives afløsning i hjemmet.",
            }
        )
    }
)
"""The standards' sentences on both services, by municipality and topic (a topic per refusal
reason the standard has a rule for)."""


@dataclass(frozen=True)
class ServiceLetter:
    """Whom a service letter concerns, under which rules, and when it is written."""

    rules: Rules
    person: Person
    written: date


def _quotes(standard: Standard | None) -> Mapping[str, str]:
    if standard is None:
        return {}
    return SERVICE_QUOTES.get(standard.municipality, {})


def _cite(quotes: Mapping[str, str], topic: str, lead: str) -> list[str]:
    return [paragraph(lead), quoted(quotes[topic])] if topic in quotes else []


def _opening(letter: ServiceLetter, title: str, about: str, lang: str) -> list[str]:
    """Sender, office and date, to whom (the carer when one is given), title and whom the
    decision concerns."""
    standard = standard_for(letter.rules)
    sender = standard.municipality if standard is not None else letter.rules.name
    person = letter.person
    parts = [
        f"<h1>{html.escape(sender)}</h1>",
        paragraph(f"{office_of(standard, lang)} · {long_date(letter.written, lang)}"),
    ]
    if person.carer_name.strip():
        parts.append(paragraph(t("letter.to", lang, name=person.carer_name.strip())))
    parts += [
        f"<h2>{html.escape(title)}</h2>",
        paragraph(t("svcletter.concerns", lang, name=person.name, person=person.person_id))
        + paragraph(about),
    ]
    return parts


def weekdays_named(days: frozenset[int], lang: str) -> str:
    """``mandag, torsdag``: the weekdays in order."""
    names = [t(f"checker.weekday.{day}", lang) for day in sorted(days)]
    return ", ".join(names)


def _wish_about(wish: DayWish, lang: str) -> str:
    """What a day-centre letter is about: the wish, when it came and the days a week."""
    return t(
        "svcletter.day_wish",
        lang,
        wish=wish.wish_id,
        received=long_date(wish.received, lang),
        days=wish.days_per_week,
    )


def day_letter_body(
    letter: ServiceLetter,
    wish: DayWish,
    decision: DayDecision,
    centre_name: str | None,
    lang: str = "da",
) -> str:
    """The letter on a day-centre wish: a place granted, on the waiting list, or refused."""
    standard = standard_for(letter.rules)
    quotes = _quotes(standard)
    about = _wish_about(wish, lang)
    status = decision.status
    parts = _opening(letter, t(f"svcletter.day_title.{status.value}", lang), about, lang)
    lead = t("letter.complaint_lead", lang)
    if status is DayStatus.GRANTED and decision.place is not None:
        place = decision.place
        parts += [
            paragraph(t("svcletter.day_granted", lang)),
            table(
                [
                    (t("svcletter.day_centre", lang), centre_name or place.centre_id),
                    (t("svcletter.weekdays", lang), weekdays_named(place.weekdays, lang)),
                    (t("svcletter.first_day", lang), long_date(place.start, lang)),
                ]
            ),
        ]
        parts += _cite(quotes, "day_granted", lead)
        parts += _cite(quotes, "day_follow_up", t("svcletter.follow_up_lead", lang))
    elif status is DayStatus.WAITING:
        parts.append(paragraph(t("svcletter.day_waiting", lang, queue=decision.queue)))
        parts += _cite(quotes, "day_waiting", lead)
    else:
        reason = decision.reason.value if decision.reason is not None else ""
        parts.append(
            paragraph(t("svcletter.day_refused", lang, reason=t(f"day_reason.{reason}", lang)))
        )
        parts += _cite(quotes, reason, t("svcletter.rule_lead", lang))
    return "\n".join(parts + closing(standard, lang))


def day_ended_letter_body(
    letter: ServiceLetter,
    wish: DayWish,
    decision: DayDecision,
    centre_name: str | None,
    last_day: date,
    lang: str = "da",
) -> str:
    """The letter telling the family that its day-centre place ends: which place (centre,
    weekdays) and its last day; a wish without a place (waiting or not yet decided) ends on
    ``last_day`` and leaves the waiting list. ``decision`` is the wish's decision when it
    ended (its place, if it had one)."""
    standard = standard_for(letter.rules)
    quotes = _quotes(standard)
    about = _wish_about(wish, lang)
    parts = _opening(letter, t("svcletter.day_title.ended", lang), about, lang)
    place = decision.place
    if place is not None:
        parts += [
            paragraph(t("svcletter.day_ended", lang)),
            table(
                [
                    (t("svcletter.day_centre", lang), centre_name or place.centre_id),
                    (t("svcletter.weekdays", lang), weekdays_named(place.weekdays, lang)),
                    (t("svcletter.last_day", lang), long_date(last_day, lang)),
                ]
            ),
        ]
    else:
        key = (
            "svcletter.day_ended_waiting"
            if decision.status is DayStatus.WAITING
            else "svcletter.day_ended_wish"
        )
        parts.append(paragraph(t(key, lang, day=long_date(last_day, lang))))
    parts += _cite(quotes, "day_apply", t("svcletter.apply_again_lead", lang))
    parts += _cite(quotes, "day_duty", t("svcletter.change_lead", lang))
    return "\n".join(parts + closing(standard, lang))


def relief_letter_body(letter: ServiceLetter, grant: ReliefGrant, lang: str = "da") -> str:
    """The letter granting relief at home: hours per week or per 14 days, from when to when."""
    standard = standard_for(letter.rules)
    quotes = _quotes(standard)
    about = t("svcletter.relief_grant", lang, grant=grant.grant_id)
    parts = _opening(letter, t("svcletter.relief_title", lang), about, lang)
    period = "svcletter.per_fortnight" if grant.per_fortnight else "svcletter.per_week"
    last = None if grant.end is None else grant.end - timedelta(days=1)  # end is exclusive
    end = long_date(last, lang) if last else t("svcletter.until_further", lang)
    parts += [
        paragraph(t("svcletter.relief_granted", lang)),
        table(
            [
                (
                    t("svcletter.hours", lang),
                    t(period, lang, hours=hours_text(grant.minutes, lang)),
                ),
                (t("svcletter.from", lang), long_date(grant.start, lang)),
                (t("svcletter.to", lang), end),
            ]
        ),
        paragraph(t("svcletter.relief_lapse", lang)),
    ]
    parts += _cite(quotes, "relief_hours", t("letter.complaint_lead", lang))
    if "relief_lapse" in quotes:
        parts.append(quoted(quotes["relief_lapse"]))
    parts += _cite(quotes, "relief_supervision", t("svcletter.change_lead", lang))
    return "\n".join(parts + closing(standard, lang))


def service_letter_html(body: str, title: str, lang: str) -> str:
    """A letter's HTML fragment as a whole page, titled ``title``."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"{body}\n</body>\n</html>\n"
    )
