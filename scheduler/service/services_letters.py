"""The decision letters on a person's day-centre wish and relief grants, from the stored data
(``scheduler.io.letter_services``): what the app offers on Borgere."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from scheduler.i18n import t
from scheduler.io.letter_services import (
    ServiceLetter,
    day_letter_body,
    relief_letter_body,
    service_letter_html,
)
from scheduler.service.services_view import ServicesView


@dataclass(frozen=True)
class LetterFile:
    """A letter ready to download: its title, file name and HTML page."""

    title: str
    file_name: str
    html: str


def person_letters(
    view: ServicesView, person_id: str, written: date, lang: str
) -> list[LetterFile]:
    """The letters on the person's day-centre wish (once the plan in force has decided it) and
    on each of their relief grants."""
    person = view.scenario.person_by_id[person_id]
    letter = ServiceLetter(view.scenario.rules, person, written)
    found = []
    wish = next((w for w in view.services.day_wishes if w.person_id == person_id), None)
    decision = None if wish is None else view.plan.by_wish.get(wish.wish_id)
    if wish is not None and decision is not None:
        centre_id = decision.place.centre_id if decision.place else wish.preferred_centre
        centre = view.scenario.centre_by_id.get(centre_id or "")
        body = day_letter_body(letter, wish, decision, centre.name if centre else None, lang)
        title = t(f"svcletter.day_title.{decision.status.value}", lang)
        found.append(_file(title, f"dagcenter-{wish.wish_id}", body, lang))
    for grant in view.services.relief_grants:
        if grant.person_id == person_id:
            body = relief_letter_body(letter, grant, lang)
            title = t("svcletter.relief_title", lang)
            found.append(_file(title, f"afloesning-{grant.grant_id}", body, lang))
    return found


def _file(title: str, stem: str, body: str, lang: str) -> LetterFile:
    return LetterFile(title, f"{stem}.html", service_letter_html(body, title, lang))
