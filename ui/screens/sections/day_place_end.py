"""Borgere: end a family's day-centre place or wish (the family stops, or no longer wants
one), after a confirmation. The places are allocated again at once; the message says which
families in the queue got the seats it freed."""

from __future__ import annotations

import streamlit as st

from scheduler.domain.daycare import DayWish
from scheduler.domain.errors import UserError
from scheduler.i18n import t
from scheduler.service.day_place_end import DayEndOutcome, end_day_wish
from scheduler.service.services_view import ServicesView
from ui import cache
from ui.context import Context
from ui.screens.sections import confirm
from ui.screens.sections.casework_common import refusal_text, said, say
from ui.screens.sections.day_centres import weekdays_words
from ui.words import person_text

PLACE = "day_place_end"


def _offered_text(view: ServicesView, outcome: DayEndOutcome, lang: str) -> str:
    """Who got the freed seats: one line each (person, centre, weekdays), or that no one did."""
    if not outcome.offered:
        return t("svc.end.none_offered", lang)
    persons = view.scenario.person_by_id
    wishes = {w.wish_id: w for w in view.services.day_wishes}
    centres = view.scenario.centre_by_id
    lines = []
    for place in outcome.offered:
        wish = wishes.get(place.wish_id)
        person = persons.get(wish.person_id) if wish is not None else None
        lines.append(
            t(
                "svc.end.offered",
                lang,
                person=person_text(person) if person is not None else place.wish_id,
                centre=centres[place.centre_id].name,
                days=weekdays_words(place.weekdays, lang),
            )
        )
    return "  \n".join([t("svc.end.offered_lead", lang), *lines])


def _end(ctx: Context, wish: DayWish) -> None:
    lang = ctx.lang
    try:
        outcome = end_day_wish(ctx.engine, wish.wish_id, ctx.viewer.actor)
    except UserError as error:
        say(PLACE, "error", refusal_text(error, lang))
        return
    text = t("svc.end.done", lang, wish=wish.wish_id)
    say(PLACE, "success", f"{text}  \n{_offered_text(cache.services(ctx.engine), outcome, lang)}")


def end_day_place_button(ctx: Context, wish: DayWish, person: str) -> None:
    """The button that ends ``wish`` (of ``person``), confirmed first; its message under it."""
    lang = ctx.lang
    key = f"{PLACE}_{wish.wish_id}"
    if st.button(t("svc.end.button", lang), key=key, icon=":material/event_busy:"):
        confirm.ask(key, wish.wish_id)
    question = confirm.Question(
        t("svc.end.title", lang),
        t("svc.end.question", lang, wish=wish.wish_id, person=person),
        t("svc.end.confirm", lang),
        t("ui.cw.record.cancel", lang),
    )
    confirm.dialog(key, wish.wish_id, question, lambda: _end(ctx, wish))


def end_message() -> None:
    """The message of the last ending, if any (shown also when the person has no wish left)."""
    said(PLACE)
