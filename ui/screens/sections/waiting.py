"""Ønsker: cancel a granted stay and book an offer of the waiting list, each after a
confirmation. Both change the published plan through the service, which publishes a new version
and writes the audit log with the viewer as actor; the message shows next to the section's
button."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

import streamlit as st

from scheduler.i18n import t
from scheduler.service.errors import UserError
from scheduler.service.operations import Offer, accept_offer, cancel
from scheduler.service.views import PlanView
from ui import cache
from ui.context import Context
from ui.screens.sections import confirm
from ui.screens.sections.casework_common import refusal_text, said, say
from ui.screens.sections.published import request_label
from ui.words import person_text, stay_text

CANCEL_KEY = "cancel_request"
SHOWN_OFFERS = 20
CANCEL_PLACE, WAITING_PLACE = "cancel", "waiting"
"""Where the messages of a cancellation and of a booking are shown."""


def _granted_stay(view: PlanView, request_id: str, lang: str) -> str:
    """Where and when the published plan has the request's stay."""
    stay = view.plan.by_request[request_id].stay
    assert stay is not None, "only granted requests can be chosen"
    return stay_text(stay, view.scenario.centre_by_id[stay.centre_id].name, lang)


def _cancel(ctx: Context, view: PlanView, request_id: str) -> None:
    """Cancel the request through the service; the message waits for the next run."""
    lang = ctx.lang
    freed = _granted_stay(view, request_id, lang)
    try:
        outcome = cancel(ctx.engine, request_id, ctx.viewer.actor)
    except UserError as error:
        say(CANCEL_PLACE, "error", refusal_text(error, lang))
        return
    st.session_state.pop(CANCEL_KEY, None)
    if outcome.version is None:
        say(CANCEL_PLACE, "success", t("cancel.undecided", lang, request=request_id))
    else:
        done = t("ui.cancel.done", lang, request=request_id, stay=freed, version=outcome.version)
        say(CANCEL_PLACE, "success", done)


def _chosen_to_cancel(ctx: Context, view: PlanView, granted: list[str]) -> str | None:
    """The choice of a granted request and its Cancel button (which opens the confirmation)."""
    lang = ctx.lang
    st.caption(t("ui.cancel.explain", lang))
    chosen: str | None = st.selectbox(
        t("ui.cancel.request", lang),
        granted,
        index=None,
        format_func=lambda rid: f"{request_label(view, rid)} · {_granted_stay(view, rid, lang)}",
        key=CANCEL_KEY,
        placeholder=t("ui.choose", lang),
    )
    if chosen is not None and st.button(t("ui.cancel.button", lang, request=chosen), key="cancel"):
        confirm.ask("cancel", chosen)
    return chosen


def cancel_section(ctx: Context, view: PlanView, shown: Sequence[str]) -> None:
    """Choose a granted request among those ``shown`` (by the page's filters) and cancel it
    after a confirmation. ``view`` is the published plan."""
    lang = ctx.lang
    decisions = view.plan.by_request
    granted = [rid for rid in shown if rid in decisions and decisions[rid].stay is not None]
    box = st.expander(
        t("ui.cancel.title", lang),
        icon=":material/event_busy:",
        key="cancel_box",
        on_change="rerun",
    )
    with box:
        # its many choices are made only when it is opened
        chosen = _chosen_to_cancel(ctx, view, granted) if box.open else None
    said(CANCEL_PLACE)
    if chosen is None:
        return
    request = view.scenario.request_by_id[chosen]
    question = confirm.Question(
        t("ui.cancel.dialog", lang),
        t(
            "ui.cancel.question",
            lang,
            request=chosen,
            person=person_text(view.scenario.person_by_id[request.person_id]),
            stay=_granted_stay(view, chosen, lang),
        ),
        t("ui.cancel.confirm", lang),
        t("ui.cancel.keep", lang),
    )
    confirm.dialog("cancel", chosen, question, lambda: _cancel(ctx, view, chosen))


def _book(ctx: Context, offer: Offer) -> None:
    """Accept the offer through the service; the message waits for the next run."""
    lang = ctx.lang
    try:
        outcome = accept_offer(ctx.engine, offer.request_id, ctx.viewer.actor)
    except UserError as error:
        say(WAITING_PLACE, "error", refusal_text(error, lang))
        return
    stay = stay_text(outcome.stay, outcome.centre_name, lang)
    done = t(
        "ui.waiting.booked", lang, request=offer.request_id, stay=stay, version=outcome.version
    )
    say(WAITING_PLACE, "success", done)


def waiting_section(ctx: Context, view: PlanView) -> None:
    """The published plan's waiting list, best first, each offer with a Book button that asks
    for a confirmation first."""
    lang = ctx.lang
    st.subheader(t("ui.waiting.title", lang))
    st.caption(t("ui.waiting.explain", lang))
    said(WAITING_PLACE)
    offers = cache.offers(ctx.engine)
    if not offers:
        st.info(t("ui.waiting.none", lang))
        return
    persons = view.scenario.person_by_id
    shown = offers[:SHOWN_OFFERS]
    for rank, offer in enumerate(shown, start=1):
        text, button = st.columns([8, 1], vertical_alignment="center")
        text.markdown(
            t(
                "ui.waiting.offer",
                lang,
                rank=rank,
                request=offer.request_id,
                person=person_text(persons[offer.request.person_id]),
                stay=stay_text(offer.stay, offer.centre_name, lang),
                nights=offer.stay.nights,
            )
        )
        if button.button(
            t("ui.waiting.book", lang),
            key=f"book_{offer.request_id}",
            type="primary" if rank == 1 else "secondary",
        ):
            confirm.ask("book", offer.request_id)
    if len(offers) > SHOWN_OFFERS:
        st.caption(t("ui.waiting.more", lang, shown=SHOWN_OFFERS, total=len(offers)))
    for offer in shown:
        question = confirm.Question(
            t("ui.waiting.dialog", lang),
            t(
                "ui.waiting.question",
                lang,
                request=offer.request_id,
                person=person_text(persons[offer.request.person_id]),
                stay=stay_text(offer.stay, offer.centre_name, lang),
                nights=offer.stay.nights,
            ),
            t("ui.waiting.confirm", lang),
            t("ui.waiting.keep", lang),
        )
        confirm.dialog("book", offer.request_id, question, partial(_book, ctx, offer))
