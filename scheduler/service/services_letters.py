"""The decision letters on a person's day-centre wish and relief grants, from the stored data:
what the app offers on Borgere. They are written from the same content as the recorded letters
(``scheduler.service.service_letter_records``), so a download says what the letter sent says."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from scheduler.io.letter_services import ServiceLetter
from scheduler.service.letter_records import RELIEF_KIND
from scheduler.service.service_letter_records import (
    day_centre_name,
    day_kind,
    day_letter_content,
    relief_letter_content,
    service_letter_page,
    service_letter_title,
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
        centre = day_centre_name(view.scenario, wish, decision)
        content = day_letter_content(letter, wish, decision, centre)
        found.append(_file(day_kind(decision), content, f"dagcenter-{wish.wish_id}", lang))
    for grant in view.services.relief_grants:
        if grant.person_id == person_id:
            content = relief_letter_content(letter, grant)
            found.append(_file(RELIEF_KIND, content, f"afloesning-{grant.grant_id}", lang))
    return found


def _file(kind: str, content: dict[str, Any], stem: str, lang: str) -> LetterFile:
    """The letter of ``kind`` written from ``content``, to download as ``stem.html``."""
    title = service_letter_title(kind, lang)
    return LetterFile(title, f"{stem}.html", service_letter_page(kind, content, lang))
