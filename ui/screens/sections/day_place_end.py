"""Borgere: end a family's day-centre place or wish (the family stops, or no longer wants
one), after a confirmation that asks for the place's last day (default the app's today,
``ui.today.app_today``). The family's letter is recorded and the places are allocated again at
once (whatever the last day, see ``scheduler.service.day_place_end``); the message says which
families in the queue got the seats it freed and every family that got a letter."""

from __future__ import annotations

from datetime import date

import streamlit as st

from scheduler.domain.daycare import DayDecision, DayStatus, DayWish
from scheduler.domain.errors import UserError
from scheduler.i18n import t
from scheduler.service.day_place_end import (
    DayEndOutcome,
    earliest_last_day,
    end_day_wish,
    held_decision,
)
from scheduler.service.services_view import ServicesView
from ui import cache
from ui.context import Context
from ui.screens.sections.casework_common import refusal_text, said, say
from ui.screens.sections.day_centres import weekdays_words
from ui.today import app_today
from ui.words import day_text, person_text

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


def _letter_line(view: ServicesView, decision: DayDecision, lang: str) -> str:
    """One family that got a letter from the new allocation, and what the letter decides."""
    person = view.scenario.person_by_id.get(decision.person_id)
    who = person_text(person) if person is not None else decision.person_id
    status = decision.status
    if status is DayStatus.GRANTED and decision.place is not None:
        place = decision.place
        centre = view.scenario.centre_by_id.get(place.centre_id)
        return t(
            "svc.end.letter.granted",
            lang,
            person=who,
            centre=centre.name if centre is not None else place.centre_id,
            days=weekdays_words(place.weekdays, lang),
        )
    if status is DayStatus.WAITING:
        return t("svc.end.letter.waiting", lang, person=who, queue=decision.queue)
    reason = decision.reason.value if decision.reason is not None else ""
    return t("svc.end.letter.refused", lang, person=who, reason=t(f"day_reason.{reason}", lang))


def _letters_text(view: ServicesView, outcome: DayEndOutcome, ended: str, lang: str) -> str:
    """Every family that got a letter: the one whose place ended (``ended``), then those of
    the new allocation's new or changed decisions."""
    lines = [t("svc.end.letter.ended", lang, person=ended)]
    lines += [_letter_line(view, decision, lang) for decision in outcome.lettered]
    return "  \n".join([t("svc.end.letters_lead", lang), *lines])


def _end(ctx: Context, wish: DayWish, person: str, last_day: date) -> None:
    lang = ctx.lang
    try:
        outcome = end_day_wish(
            ctx.engine, wish.wish_id, ctx.viewer.actor, last_day, today=app_today()
        )
    except UserError as error:
        say(PLACE, "error", refusal_text(error, lang))
        return
    view = cache.services(ctx.engine)
    text = t("svc.end.done_on", lang, wish=wish.wish_id, day=day_text(outcome.last_day, lang))
    parts = [text, _offered_text(view, outcome, lang), _letters_text(view, outcome, person, lang)]
    say(PLACE, "success", "\n\n".join(parts))  # a paragraph each: lists end before the next


def _state_key(key: str) -> str:
    """Where the open dialog keeps the wish it is open for (as ``confirm`` names it)."""
    return f"{key}_confirming"


def _dialog(ctx: Context, wish: DayWish, person: str, key: str) -> None:
    """The confirmation, with the place's last day (today by default, not before its first
    day); it stays open until confirmed, declined or closed, as ``confirm.dialog`` does, and
    its buttons have the keys ``<key>_confirm`` and ``<key>_cancel``."""
    state_key = _state_key(key)
    if st.session_state.get(state_key) != wish.wish_id:
        return
    lang = ctx.lang
    today = app_today()
    try:
        earliest = earliest_last_day(wish, held_decision(cache.services(ctx.engine), wish), today)
    except UserError:
        earliest = min(wish.received, today)

    def close() -> None:
        st.session_state.pop(state_key, None)

    def body() -> None:
        st.write(t("svc.end.question", lang, wish=wish.wish_id, person=person))
        chosen = st.date_input(
            t("svc.end.date", lang),
            value=today,
            min_value=earliest,
            max_value=today,
            format="DD.MM.YYYY",
            help=t("svc.end.date_help", lang),
            key=f"{key}_date",
        )
        last_day = chosen if isinstance(chosen, date) else today
        left, right = st.columns(2)
        if right.button(t("ui.cw.record.cancel", lang), key=f"{key}_cancel"):
            close()
            st.rerun()
        if left.button(t("svc.end.confirm", lang), type="primary", key=f"{key}_confirm"):
            close()
            _end(ctx, wish, person, last_day)
            st.rerun()

    st.dialog(t("svc.end.title", lang), on_dismiss=close)(body)()


def end_day_place_button(ctx: Context, wish: DayWish, person: str) -> None:
    """The button that ends ``wish`` (of ``person``), confirmed first with the place's last
    day; its message under it."""
    key = f"{PLACE}_{wish.wish_id}"
    if st.button(t("svc.end.button", ctx.lang), key=key, icon=":material/event_busy:"):
        st.session_state[_state_key(key)] = wish.wish_id
    _dialog(ctx, wish, person, key)


def end_message() -> None:
    """The message of the last ending, if any (shown also when the person has no wish left)."""
    said(PLACE)
