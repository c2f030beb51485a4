"""Ønsker: enter a new wish (checked as a row of an imported ``requests.csv``, each fault at its
field) and either find a place for it now or keep it for the next planning run; and change a
promised stay of the published plan.

"Find en plads nu" shows first, writing nothing (``preview_request``), where the wish would go
or why it does not fit and which later stay would; only "Book" stores the wish and publishes
the stay (``add_request(place_now=True)``), and only while the plan shown is still the
published one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import streamlit as st
from sqlalchemy import Engine

from scheduler.domain.errors import UserError
from scheduler.domain.faults import ScenarioError
from scheduler.domain.model import Reason, RequestKind, Stay
from scheduler.i18n import t
from scheduler.service.casework import (
    RequestInput,
    RequestOutcome,
    add_request,
    preview_request,
)
from scheduler.service.casework.recorded import stay_records
from scheduler.service.request_edit import HANDOVER_NOTE_LENGTH
from scheduler.service.versions import VersionStatus
from scheduler.service.views import PlanView, Which, plan_view
from ui.context import Context
from ui.screens.sections.casework_change import change_section
from ui.screens.sections.casework_common import (
    GENERAL,
    FieldSlots,
    bed_centres,
    form_faults,
    next_id,
    person_label,
    refusal_text,
    said,
    say,
    stay_words,
)
from ui.screens.sections.handover import handover_section
from ui.words import bed_text, reason_text

FORM = "cw_wish"
GENERATION = f"{FORM}_generation"
PREVIEW = f"{FORM}_preview"
"""The last "find a place now" of this session: (entry, outcome, published version seen)."""
CHANGE = "cw_req_change"
NO_CENTRE = ""
ROOM_REASONS = frozenset({Reason.CAPACITY, Reason.PERSON_OVERLAP})
"""The refusals a later stay could get round; after any other (the yearly limits, eligibility)
saying that no later stay fits would point the worker the wrong way."""


def _key(name: str) -> str:
    return f"{FORM}_{name}_{st.session_state.get(GENERATION, 0)}"


def requests_casework_section(ctx: Context, view: PlanView) -> None:
    """The new-wish form and the change of a promised stay, each folded away."""
    new_wish_section(ctx, view)
    change_request_section(ctx, view)
    handover_section(ctx, view)


def new_wish_section(ctx: Context, view: PlanView) -> None:
    """A form for a new wish with its two ways on: find a place now, or keep it for planning."""
    lang = ctx.lang
    scenario = view.scenario
    persons = scenario.person_by_id
    centres = bed_centres(scenario)
    slots = FieldSlots()
    with st.expander(t("ui.cw.wish.title", lang), icon=":material/add_circle:", key=f"{FORM}_box"):
        st.caption(t("ui.cw.wish.explain", lang))
        with st.form(_key("form"), border=False):
            left, right = st.columns([3, 1])
            person = left.selectbox(
                t("ui.cw.wish.person", lang),
                list(persons),
                index=None,
                format_func=lambda pid: person_label(persons[pid]) if pid in persons else pid,
                placeholder=t("ui.cw.wish.person_placeholder", lang),
                key=_key("person_id"),
            )
            slots.slot("person_id", left)
            request_id = right.text_input(
                t("ui.cw.wish.id", lang),
                value=next_id(scenario.request_by_id, "R", 5),
                help=t("ui.cw.wish.id_help", lang),
                key=_key("request_id"),
            )
            slots.slot("request_id", right)
            first, second, third, fourth = st.columns(4)
            start = slots.day(first, "start", t("ui.cw.wish.start", lang), _key("start"))
            end = slots.day(
                second,
                "end",
                t("ui.cw.wish.end", lang),
                _key("end"),
                help=t("ui.cw.wish.end_help", lang, nights=scenario.rules.acute_nights),
            )
            flex = slots.count(
                third,
                "flex_days",
                t("ui.cw.wish.flex", lang),
                _key("flex_days"),
                help=t("ui.cw.wish.flex_help", lang),
            )
            received = slots.day(
                fourth,
                "received",
                t("ui.cw.wish.received", lang),
                _key("received"),
                value=date.today(),
                help=t("ui.cw.wish.received_help", lang),
            )
            first, second, third = st.columns([1, 1, 2])
            kind = first.radio(
                t("ui.cw.wish.kind", lang),
                list(RequestKind),
                format_func=lambda k: t(f"ui.cw.wish.kind_{k.value}", lang),
                horizontal=True,
                key=_key("kind"),
            )
            slots.slot("kind", first)
            priority = slots.count(
                second,
                "priority",
                t("ui.cw.wish.priority", lang),
                _key("priority"),
                help=t("ui.cw.wish.priority_help", lang),
            )
            preferred = third.selectbox(
                t("ui.cw.wish.centre", lang),
                [NO_CENTRE, *centres],
                format_func=lambda c: centres.get(c, t("ui.cw.wish.any_centre", lang)),
                key=_key("preferred_centre"),
            )
            slots.slot("preferred_centre", third)
            st.text_area(
                t("privacy.ui.note.text", lang),
                height=80,
                max_chars=HANDOVER_NOTE_LENGTH,
                help=t("privacy.ui.note.help", lang, most=HANDOVER_NOTE_LENGTH),
                key=_key("handover_note"),
            )
            slots.slot("handover_note")
            buttons = st.container(horizontal=True)
            find = buttons.form_submit_button(
                t("ui.cw.wish.find", lang), type="primary", icon=":material/search:"
            )
            keep = buttons.form_submit_button(t("ui.cw.wish.keep", lang), icon=":material/save:")
            slots.slot(GENERAL)
        said(FORM)
        if find or keep:
            st.session_state.pop(PREVIEW, None)
            entry = _entry(
                person,
                request_id,
                received,
                start,
                end,
                flex,
                kind or RequestKind.PLANNED,
                priority,
                preferred,
            )
            if entry is None:
                slots.show(_date_faults(received, start, lang))
            elif find:
                _find(ctx, entry, slots)
            else:
                _keep(ctx, entry, slots)
        _preview(ctx)


def _entry(
    person: str | None,
    request_id: str,
    received: object,
    start: object,
    end: object,
    flex: float | None,
    kind: RequestKind,
    priority: float | None,
    preferred: str | None,
) -> RequestInput | None:
    """The form's values as a wish, or ``None`` while a date it cannot do without is empty."""
    if not isinstance(received, date) or not isinstance(start, date):
        return None
    return RequestInput(
        request_id.strip(),
        person or "",
        received,
        start,
        end if isinstance(end, date) else None,
        int(flex or 0),
        kind,
        int(priority or 0),
        preferred or None,
    )


def _date_faults(received: object, start: object, lang: str) -> dict[str, list[str]]:
    required = [t("ui.cw.required", lang)]
    faults = {}
    if not isinstance(received, date):
        faults["received"] = required
    if not isinstance(start, date):
        faults["start"] = required
    return faults


def _find(ctx: Context, entry: RequestInput, slots: FieldSlots) -> None:
    """Judge where the wish would go now; the verdict is kept for the page."""
    lang = ctx.lang
    try:
        outcome = preview_request(ctx.engine, entry)
    except ScenarioError as error:
        slots.show(form_faults(error, lang))
        return
    except UserError as error:
        slots.show({GENERAL: [refusal_text(error, lang)]})
        return
    st.session_state[PREVIEW] = (entry, outcome, outcome.basis)


def _keep(ctx: Context, entry: RequestInput, slots: FieldSlots) -> None:
    """Store the wish for the next planning run."""
    lang = ctx.lang
    try:
        add_request(ctx.engine, entry, ctx.viewer.actor, handover_note=_note())
    except ScenarioError as error:
        slots.show(form_faults(error, lang))
        return
    except UserError as error:
        slots.show({GENERAL: [refusal_text(error, lang)]})
        return
    say(FORM, "success", t("casework.request.added", lang, request=entry.request_id))
    _fresh_form()
    st.rerun()


def _note() -> str:
    """The handover note written in the form (kept by its widget until the form is new)."""
    return str(st.session_state.get(_key("handover_note")) or "")


def _fresh_form() -> None:
    st.session_state[GENERATION] = st.session_state.get(GENERATION, 0) + 1
    st.session_state.pop(PREVIEW, None)


def _take_earliest(engine: Engine, entry: RequestInput, stay: Stay) -> None:
    """Put the earliest stay that fits into the form and judge it (a callback)."""
    st.session_state[_key("start")] = stay.start
    st.session_state[_key("end")] = stay.end
    st.session_state[_key("preferred_centre")] = stay.centre_id
    taken = replace(entry, start=stay.start, end=stay.end, preferred_centre=stay.centre_id)
    try:
        outcome = preview_request(engine, taken)
    except (ScenarioError, UserError):
        st.session_state.pop(PREVIEW, None)
        return
    st.session_state[PREVIEW] = (taken, outcome, outcome.basis)


def _preview(ctx: Context) -> None:
    """The verdict of the last "find a place now", with Book (or the later stay) under it."""
    kept: tuple[RequestInput, RequestOutcome, int | None] | None = st.session_state.get(PREVIEW)
    if kept is None:
        return
    lang = ctx.lang
    entry, outcome, seen = kept
    placement = outcome.placement
    assert placement is not None, "a preview places"
    names = outcome.centre_names
    with st.container(border=True):
        if placement.stay is not None:
            stay = placement.stay
            st.success(
                t(
                    "ui.cw.wish.fits",
                    lang,
                    request=entry.request_id,
                    stay=stay_words(stay, names, lang),
                    bed=bed_text(stay.bed, lang),
                ),
                icon=":material/check_circle:",
            )
            st.caption(t("ui.cw.wish.book_explain", lang))
            buttons = st.container(horizontal=True)
            book = buttons.button(
                t("ui.cw.wish.book", lang),
                type="primary",
                key=f"{FORM}_book",
                icon=":material/publish:",
            )
            if buttons.button(t("ui.cw.wish.drop", lang), key=f"{FORM}_drop"):
                st.session_state.pop(PREVIEW, None)
                st.rerun()
            if book:
                _book(ctx, entry, stay, seen)
            return
        st.warning(
            t(
                "ui.cw.wish.no_fit",
                lang,
                request=entry.request_id,
                reason=reason_text(placement.reason, lang),
            ),
            icon=":material/block:",
        )
        if placement.earliest is not None:
            st.button(
                t(
                    "ui.cw.wish.take_earliest",
                    lang,
                    stay=stay_words(placement.earliest, names, lang),
                ),
                key=f"{FORM}_earliest",
                icon=":material/event_available:",
                on_click=_take_earliest,
                args=(ctx.engine, entry, placement.earliest),
            )
        elif placement.reason in ROOM_REASONS:
            st.caption(t("ui.cw.wish.no_later", lang))
        st.caption(t("ui.cw.wish.or_keep", lang))


def _book(ctx: Context, entry: RequestInput, seen_stay: Stay, seen: int | None) -> None:
    """Store the wish and publish its stay, if the plan is still the one the verdict was on."""
    lang = ctx.lang
    st.session_state.pop(PREVIEW, None)
    try:
        outcome = add_request(
            ctx.engine,
            entry,
            ctx.viewer.actor,
            place_now=True,
            seen=seen,
            handover_note=_note(),
        )
    except (ScenarioError, UserError) as error:
        text = (
            refusal_text(error, lang)
            if isinstance(error, UserError)
            else "  \n".join(m for ms in form_faults(error, lang).values() for m in ms)
        )
        say(FORM, "error", text)
        st.rerun()
    placement = outcome.placement
    if not outcome.placed or placement is None or placement.stay is None:
        say(FORM, "warning", t("ui.cw.wish.gone", lang, request=entry.request_id))
        st.rerun()
    assert placement is not None and placement.stay is not None
    stay = placement.stay
    key = "ui.cw.wish.booked" if stay == seen_stay else "ui.cw.wish.booked_elsewhere"
    say(
        FORM,
        "success",
        t(
            key,
            lang,
            request=entry.request_id,
            stay=stay_words(stay, outcome.centre_names, lang),
            bed=bed_text(stay.bed, lang),
            version=outcome.version,
        ),
    )
    _fresh_form()
    st.rerun()


def _published_view(ctx: Context, view: PlanView) -> PlanView | None:
    if view.version is not None and view.version.status is VersionStatus.PUBLISHED:
        return view
    published = plan_view(ctx.engine, Which.PUBLISHED)
    return published if published.version is not None else None


def change_request_section(ctx: Context, view: PlanView) -> None:
    """Choose a granted request of the published plan and change its stay."""
    lang = ctx.lang
    with st.expander(
        t("ui.cw.change.title", lang), icon=":material/edit_calendar:", key=f"{CHANGE}_box"
    ):
        published = _published_view(ctx, view)
        if published is None:
            st.info(t("ui.ops.nothing_published", lang))
            return
        scenario = published.scenario
        names = bed_centres(scenario)
        stays = {s.request_id: s for s in published.plan.stays}

        def label(rid: str) -> str:
            # only what a change does not change: the widget keeps the label it showed
            request = scenario.request_by_id[rid]
            return f"{rid} · {person_label(scenario.person_by_id[request.person_id])}"

        def jump(rid: str) -> None:
            st.session_state[f"{CHANGE}_request"] = rid

        chosen = st.selectbox(
            t("ui.cw.change.request", lang),
            list(stays),
            index=None,
            format_func=label,
            placeholder=t("ui.choose", lang),
            key=f"{CHANGE}_request",
        )
        if chosen is None:
            return
        record = stay_records(ctx.engine, [chosen]).get(chosen)
        change_section(
            ctx.engine, ctx.viewer.actor, lang, stays[chosen], record, names, "requests", jump
        )
