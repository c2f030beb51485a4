"""Akut: an acute stay in two steps. First the options the published plan offers (the place
found in the wished days, else the earliest later date, or the waiting list; and which stays
would have to move to make room sooner), with nothing saved; then only the option the case
worker picks is booked. The service publishes the booking as a new version."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import streamlit as st

from scheduler.domain.errors import UserError
from scheduler.domain.model import Reason, Stay
from scheduler.i18n import t
from scheduler.service.operations.acute_options import (
    AcuteBooking,
    AcuteChoice,
    AcuteNeed,
    AcuteOption,
    AcuteOptions,
    book_acute,
    preview_acute,
)
from scheduler.service.views import PlanView, Which
from ui import cache, state
from ui.context import Context, current, version_caption
from ui.screens.sections.casework_common import refusal_text, said, say, stay_words
from ui.screens.sections.letters import letter_buttons
from ui.words import bed_text, day_text, person_text, reason_text, stay_text

OPTIONS_KEY = "acute_options"
BOOKED_KEY = "acute_booked"
CHOICE_KEY = "acute_choice"
FIND_PLACE, BOOK_PLACE = "acute_find", "acute_book"


def default_start(view: PlanView, today: date) -> date:
    """Today, or the horizon's first day when today lies outside the horizon."""
    scenario = view.scenario
    inside = scenario.horizon_start <= today < scenario.horizon_end
    return today if inside else scenario.horizon_start


def _form(ctx: Context, view: PlanView) -> None:
    """The acute need; on submit its options are looked for (nothing is saved)."""
    lang = ctx.lang
    scenario = view.scenario
    persons = scenario.person_by_id
    with st.form("acute"):
        person = st.selectbox(
            t("ui.acute.person", lang),
            list(persons),
            index=None,
            format_func=lambda pid: f"{persons[pid].name} ({pid})",
            key="acute_person",
            placeholder=t("ui.choose", lang),
        )
        first, second, third = st.columns(3)
        start = first.date_input(
            t("ui.acute.start", lang),
            value=default_start(view, date.today()),
            min_value=scenario.horizon_start,
            max_value=scenario.horizon_end - timedelta(days=1),
            format="DD.MM.YYYY",
            key="acute_start",
        )
        nights = second.number_input(
            t("ui.acute.nights", lang),
            min_value=1,
            value=scenario.rules.acute_nights,
            step=1,
            key="acute_nights",
        )
        flex = third.number_input(
            t("ui.acute.flex", lang),
            min_value=0,
            value=0,
            step=1,
            help=t("ui.acute.flex_help", lang),
            key="acute_flex",
        )
        submitted = st.form_submit_button(t("ui.acute.find", lang), type="primary")
        said(FIND_PLACE)
    if not submitted:
        return
    if person is None:
        say(FIND_PLACE, "warning", t("ui.acute.pick_person", lang))
        st.rerun()
    if not isinstance(start, date):
        say(FIND_PLACE, "warning", t("ui.acute.pick_start", lang))
        st.rerun()
    need = AcuteNeed(person, start, int(nights), int(flex))
    st.session_state.pop(BOOKED_KEY, None)
    st.session_state.pop(CHOICE_KEY, None)
    try:
        st.session_state[OPTIONS_KEY] = preview_acute(ctx.engine, need)
    except UserError as error:
        st.session_state.pop(OPTIONS_KEY, None)
        say(FIND_PLACE, "error", refusal_text(error, lang))
    st.rerun()


def _stay(stay: Stay, options: AcuteOptions, lang: str) -> str:
    """An offered stay (no bed is chosen before it is booked): centre, dates and nights."""
    return stay_words(stay, options.centre_names, lang)


def _option_text(option: AcuteOption, options: AcuteOptions, lang: str) -> str:
    if option.choice is AcuteChoice.WAIT:
        if options.reason is Reason.CAPACITY:
            return t("ui.acute.choice.wait_capacity", lang)
        return t("ui.acute.choice.wait", lang, reason=reason_text(options.reason, lang))
    assert option.stay is not None, "a place or a later date has a stay"
    stay = _stay(option.stay, options, lang)
    return t(f"ui.acute.choice.{option.choice}", lang, stay=stay)


def _to_move(options: AcuteOptions, view: PlanView, lang: str) -> None:
    """The stays whose moving would make room within the wished days (information)."""
    if options.sooner is None or not options.to_move:
        return
    sooner = options.sooner
    st.caption(
        t(
            "ui.acute.to_move",
            lang,
            centre=options.centre_names[sooner.centre_id],
            start=day_text(sooner.start, lang),
            end=day_text(sooner.end, lang),
        )
    )
    scenario = view.scenario
    stays = [b.stay for b in options.to_move]

    def person(stay: Stay) -> str:
        request = scenario.request_by_id.get(stay.request_id)
        return person_text(scenario.person_by_id[request.person_id]) if request else ""

    yes, no = t("ui.yes", lang), t("ui.no", lang)
    columns = {
        "request": [s.request_id for s in stays],
        "person": [person(s) for s in stays],
        "centre": [options.centre_names[s.centre_id] for s in stays],
        "bed": [bed_text(s.bed, lang) for s in stays],
        "start": [day_text(s.start, lang) for s in stays],
        "end": [day_text(s.end, lang) for s in stays],
        "promised": [yes if b.promised else no for b in options.to_move],
    }
    st.dataframe(
        pd.DataFrame({t(f"ui.col.{name}", lang): v for name, v in columns.items()}),
        hide_index=True,
    )


def _options(ctx: Context, view: PlanView, options: AcuteOptions) -> None:
    """The options found for the last need, and the buttons to book one or drop them all."""
    lang = ctx.lang
    need = options.need
    person = person_text(view.scenario.person_by_id[need.person_id])
    with st.container(border=True):
        st.subheader(
            t(
                "ui.acute.options.title",
                lang,
                person=person,
                nights=options.nights,
                start=day_text(need.start, lang),
                flex=need.flex_days,
            )
        )
        st.caption(t("ui.acute.options.version", lang, version=options.version))
        if options.reason is None:
            st.success(t("ui.acute.fits", lang), icon=":material/check_circle:")
        else:
            st.warning(
                t("ui.acute.no_room", lang, reason=reason_text(options.reason, lang)),
                icon=":material/warning:",
            )
            if options.later_searched and options.option(AcuteChoice.LATER) is None:
                st.caption(t("ui.acute.no_later", lang))
        choices = list(options.options)
        picked = st.radio(
            t("ui.acute.choice", lang),
            range(len(choices)),
            index=0 if len(choices) == 1 else None,
            format_func=lambda i: _option_text(choices[i], options, lang),
            key=state.lingual(CHOICE_KEY),
        )
        book, drop = st.columns([1, 1])
        booked = book.button(
            t("ui.acute.book", lang), type="primary", key="acute_book", width="stretch"
        )
        dropped = drop.button(t("ui.acute.discard", lang), key="acute_discard", width="stretch")
        said(BOOK_PLACE)
        _to_move(options, view, lang)
    if dropped:
        st.session_state.pop(OPTIONS_KEY, None)
        st.session_state.pop(CHOICE_KEY, None)
        say(FIND_PLACE, "info", t("ui.acute.discarded", lang))
        st.rerun()
    if not booked:
        return
    if picked is None:
        say(BOOK_PLACE, "warning", t("ui.acute.pick_option", lang))
        st.rerun()
    _book(ctx, options, choices[picked])


def _book(ctx: Context, options: AcuteOptions, option: AcuteOption) -> None:
    """Book the option; when the plan offers something else now, show the fresh options."""
    lang = ctx.lang
    try:
        booking = book_acute(ctx.engine, options.need, option, ctx.viewer.actor)
    except UserError as error:
        say(BOOK_PLACE, "error", refusal_text(error, lang))
        if error.key == "acute.options_changed":
            try:
                st.session_state[OPTIONS_KEY] = preview_acute(ctx.engine, options.need)
            except UserError:
                st.session_state.pop(OPTIONS_KEY, None)
            st.session_state.pop(CHOICE_KEY, None)
        st.rerun()
    st.session_state.pop(OPTIONS_KEY, None)
    st.session_state.pop(CHOICE_KEY, None)
    st.session_state[BOOKED_KEY] = booking
    st.rerun()


def _booked(ctx: Context, view: PlanView, booking: AcuteBooking) -> None:
    """The last booking of this session, in plain words, with its decision letter."""
    lang = ctx.lang
    request = booking.request
    person = person_text(view.scenario.person_by_id[request.person_id])
    if booking.repeated:
        st.info(t("ui.acute.repeated", lang, request=request.request_id))
    if booking.stay is not None:
        stay = booking.stay
        st.success(
            t(
                "ui.acute.placed",
                lang,
                request=request.request_id,
                person=person,
                stay=stay_text(stay, booking.centre_names[stay.centre_id], lang),
                nights=stay.nights,
                version=booking.version,
            ),
            icon=":material/check_circle:",
        )
    else:
        st.warning(
            t(
                "ui.acute.recorded",
                lang,
                request=request.request_id,
                person=person,
                reason=reason_text(booking.reason, lang),
                version=booking.version,
            ),
            icon=":material/info:",
        )
        if booking.reason is Reason.CAPACITY:
            st.caption(t("ui.acute.waiting", lang))
    if booking.retries:
        st.caption(t("operations.retried", lang))
    letter_buttons(ctx, view, request.request_id)


def render(ctx: Context) -> None:
    lang = ctx.lang
    st.title(t("ui.page.acute", lang))
    st.caption(t("ui.acute.explain", lang))
    try:
        view = cache.view(ctx.engine, Which.PUBLISHED)
    except UserError as error:
        st.info(t(error.key, lang, **error.params))
        return
    if view.version is None:
        st.info(t("ui.ops.nothing_published", lang))
        return
    version_caption(view, lang)
    _form(ctx, view)
    options: AcuteOptions | None = st.session_state.get(OPTIONS_KEY)
    if options is not None:
        _options(ctx, view, options)
    booking: AcuteBooking | None = st.session_state.get(BOOKED_KEY)
    if booking is not None:
        _booked(ctx, view, booking)


if __name__ == "__main__":
    render(current())
