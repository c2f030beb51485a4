"""Record what happened to a promised stay: the arrival (on the planned day or later), a no-show,
an early departure. Each is confirmed in a dialog first; the service then publishes the nights
that did not happen as a new version, so the waiting list sees them. A centre manager records
only at their own centre (the service is told which). The last record of a stay can be undone
(confirmed too) when it was made by mistake.

Only what has happened can be recorded, as of the app's today (``ui.today.app_today``): the
date pickers end on it where the stay has begun, and the service's refusal of a day after it
(or of a no-show before the planned arrival) is shown at the field."""

from __future__ import annotations

from datetime import date, timedelta

import streamlit as st
from sqlalchemy import Engine

from scheduler.domain.errors import UserError
from scheduler.domain.model import Stay
from scheduler.i18n import t
from scheduler.service.casework import (
    RecordOutcome,
    StayRecord,
    record_arrival,
    record_departure,
    record_no_show,
    undo_record,
)
from scheduler.service.casework.records import NOT_YET
from ui.screens.sections import confirm
from ui.screens.sections.casework_common import period_text, refusal_text, said, say
from ui.today import app_today
from ui.words import day_text

ARRIVED, NO_SHOW, LEFT = "arrived", "no_show", "left"


def record_status(record: StayRecord | None, lang: str) -> str:
    """What is recorded of a stay, in words: not yet, arrived (and left), did not come."""
    if record is None:
        return t("ui.cw.record.none", lang)
    if record.no_show:
        return t("ui.cw.record.status_no_show", lang)
    parts = []
    if record.arrived is not None:
        parts.append(t("ui.cw.record.status_arrived", lang, day=day_text(record.arrived, lang)))
    if record.departed is not None:
        parts.append(t("ui.cw.record.status_left", lang, day=day_text(record.departed, lang)))
    return ", ".join(parts)


def _done(
    outcome: RecordOutcome, what: str, request_id: str, day: date | None, planner: bool, lang: str
) -> str:
    text = t(f"ui.cw.record.done_{what}", lang, request=request_id, day=day_text(day, lang))
    if outcome.version is not None and outcome.freed_nights:
        key = "ui.cw.record.freed_planner" if planner else "ui.cw.record.freed"
        text += " " + t(key, lang, nights=outcome.freed_nights, version=outcome.version)
    return text


def field_place(place: str, what: str) -> str:
    """Where a refusal of recording ``what`` (``arrived``, ``no_show``, ``left``) on the
    section at ``place`` is shown: at that field."""
    return f"{place}_{what}"


def _act(
    engine: Engine,
    actor: str,
    centre: str | None,
    place: str,
    what: str,
    stay: Stay,
    day: date | None,
    lang: str,
) -> None:
    """Record ``what`` through the service as of the app's today; the message waits next to
    the buttons, a refusal of a day not yet come at the field."""
    rid = stay.request_id
    today = app_today()
    try:
        if what == ARRIVED:
            assert day is not None
            outcome = record_arrival(engine, rid, day, actor, centre=centre, today=today)
        elif what == NO_SHOW:
            outcome = record_no_show(engine, rid, actor, centre=centre, today=today)
        else:
            assert day is not None
            outcome = record_departure(engine, rid, day, actor, centre=centre, today=today)
    except UserError as error:
        where = field_place(place, what) if error.key in NOT_YET else place
        say(where, "error", refusal_text(error, lang))
        return
    say(place, "success", _done(outcome, what, rid, day, centre is None, lang))


def _undo(engine: Engine, actor: str, centre: str | None, place: str, rid: str, lang: str) -> None:
    """Undo the last record through the service; the message waits next to the buttons."""
    try:
        outcome = undo_record(engine, rid, actor, centre=centre)
    except UserError as error:
        say(place, "error", refusal_text(error, lang))
        return
    key = (
        "casework.record.undone" if outcome.version is None else "casework.record.undone_published"
    )
    say(place, "success", t(key, lang, request=rid, version=outcome.version))


def undo_button(
    engine: Engine,
    actor: str,
    lang: str,
    rid: str,
    status: str,
    place: str,
    centre: str | None,
) -> None:
    """A button that undoes the last record of ``rid`` (``status`` says what is recorded),
    after a confirmation."""
    prefix = f"cw_undo_{place}_{rid}"
    if st.button(t("ui.cw.record.undo_button", lang), key=prefix, icon=":material/undo:"):
        confirm.ask(prefix, rid)
    question = confirm.Question(
        t("ui.cw.record.dialog_undo", lang),
        t("ui.cw.record.question_undo", lang, request=rid, status=status),
        t("ui.cw.record.undo_confirm", lang),
        t("ui.cw.record.cancel", lang),
    )
    confirm.dialog(prefix, rid, question, lambda: _undo(engine, actor, centre, place, rid, lang))


def _until(earliest: date, latest: date, today: date) -> date:
    """The last day a picker from ``earliest`` to ``latest`` offers: ``today`` when it lies
    between them (a later day has not happened yet); ``latest`` before the first day has come
    (the picker cannot end before it begins: the service refuses the day, at the field)."""
    return min(latest, today) if earliest <= today else latest


def record_section(
    engine: Engine,
    actor: str,
    lang: str,
    stay: Stay,
    record: StayRecord | None,
    person: str,
    place: str,
    centre: str | None,
) -> None:
    """What is recorded of ``stay`` and the buttons to record more, each confirmed in a dialog.

    ``person`` names the person in the dialog; ``place`` tells the page's sections apart;
    ``centre`` is a centre manager's own centre (``None``: a planner, any centre). The date
    pickers end on the app's today once the stay has begun (a day after it is refused by the
    service, at the field).
    """
    rid = stay.request_id
    today = app_today()
    prefix = f"cw_record_{place}_{rid}"
    status = record_status(record, lang)
    st.markdown(t("ui.cw.record.state", lang, status=status))
    if record is not None:
        undo_button(engine, actor, lang, rid, status, place, centre)
    closed = record is not None and (record.no_show or record.departed is not None)
    if closed:
        st.caption(t("ui.cw.record.closed", lang))
        said(place)
        return
    arrived = record.arrived if record is not None else None
    first, second, third = st.columns(3)
    asked: tuple[str, date | None] | None = None
    with first.container(border=True):
        st.markdown(t("ui.cw.record.arrival", lang))
        if arrived is not None:
            st.caption(t("ui.cw.record.status_arrived", lang, day=day_text(arrived, lang)))
        else:
            day = st.date_input(
                t("ui.cw.record.arrival_day", lang),
                value=stay.start,
                min_value=stay.start,
                max_value=_until(stay.start, stay.end - timedelta(days=1), today),
                format="DD.MM.YYYY",
                help=t("ui.cw.record.arrival_help", lang),
                key=f"{prefix}_arrived_day",
            )
            said(field_place(place, ARRIVED))
            if st.button(
                t("ui.cw.record.arrival_button", lang),
                key=f"{prefix}_arrived",
                icon=":material/login:",
                type="primary",
            ):
                asked = (ARRIVED, day)
    with second.container(border=True):
        st.markdown(t("ui.cw.record.no_show", lang))
        if arrived is not None:
            st.caption(t("ui.cw.record.no_show_late", lang))
        else:
            st.caption(t("ui.cw.record.no_show_help", lang))
            if st.button(
                t("ui.cw.record.no_show_button", lang),
                key=f"{prefix}_no_show",
                icon=":material/person_off:",
            ):
                asked = (NO_SHOW, None)
            said(field_place(place, NO_SHOW))
    with third.container(border=True):
        st.markdown(t("ui.cw.record.left", lang))
        earliest = (arrived or stay.start) + timedelta(days=1)
        latest = stay.end - timedelta(days=1)
        if earliest > latest:
            st.caption(t("ui.cw.record.left_none", lang))
        else:
            latest = _until(earliest, latest, today)
            left = st.date_input(
                t("ui.cw.record.left_day", lang),
                value=latest,
                min_value=earliest,
                max_value=latest,
                format="DD.MM.YYYY",
                help=t("ui.cw.record.left_help", lang, end=day_text(stay.end, lang)),
                key=f"{prefix}_left_day",
            )
            said(field_place(place, LEFT))
            if st.button(
                t("ui.cw.record.left_button", lang),
                key=f"{prefix}_left",
                icon=":material/logout:",
            ):
                asked = (LEFT, left)
    said(place)
    if asked is not None:
        st.session_state[f"{prefix}_asked"] = asked
        confirm.ask(prefix, f"{rid}:{asked[0]}:{asked[1]}")
    pending: tuple[str, date | None] | None = st.session_state.get(f"{prefix}_asked")
    if pending is None:
        return
    what, when = pending
    question = confirm.Question(
        t(f"ui.cw.record.dialog_{what}", lang),
        t(
            f"ui.cw.record.question_{what}",
            lang,
            request=rid,
            person=person,
            period=period_text(stay.start, stay.end, lang),
            day=day_text(when, lang),
        ),
        t("ui.cw.record.confirm", lang),
        t("ui.cw.record.cancel", lang),
    )
    confirm.dialog(
        prefix,
        f"{rid}:{what}:{when}",
        question,
        lambda: _act(engine, actor, centre, place, what, stay, when, lang),
    )
