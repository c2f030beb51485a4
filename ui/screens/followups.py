"""Opfølgning: what is due this week or overdue on each case (follow-ups, handleplans, acute
stays), and for a chosen person the two things a case worker does about it: record the
follow-up (the day, what was decided, the next date, a handleplan's due day), or end the
grant, which first shows every stay that would be cancelled or cut short and changes nothing
until it is confirmed. Every change goes through the service (``scheduler.service.followup``,
``grant_ending``) with the viewer as actor."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import streamlit as st

from scheduler.i18n import t
from scheduler.service.errors import UserError
from scheduler.service.followup import (
    CaseState,
    DueItem,
    case_state,
    open_cases,
    record_follow_up,
    week_end,
)
from scheduler.service.followup_letter import ending_letter
from scheduler.service.grant_ending import Ending, end_grant, ending_preview
from scheduler.service.views import PlanView
from ui import cache
from ui.context import Context, current, load_view
from ui.screens.sections.casework_common import (
    GENERAL,
    FieldSlots,
    period_text,
    refusal_text,
    said,
    say,
)
from ui.screens.sections.reminders import followups_due
from ui.today import app_today
from ui.words import day_text

PERSON_KEY = "fu_person"
RECORD_PLACE, END_PLACE = "fu_record", "fu_end"
RECORD_FIELDS = ("fu_held", "fu_next", "fu_note", "fu_handleplan")
PREVIEW_KEY = "fu_end_preview"
LETTER_KEY = "fu_end_letter"
# the form field each refusal of a follow-up belongs to (others: next to the button)
FIELD_OF_REFUSAL = {
    "followup.note_empty": "note",
    "followup.note_too_long": "note",
    "followup.note_control": "note",
    "followup.next_not_after_held": "next",
    "followup.handleplan_before_held": "handleplan",
}


def due_table(items: list[DueItem], lang: str) -> pd.DataFrame:
    """One row per thing due: person, reason, date and days overdue."""
    columns = {
        "person": [f"{i.name} ({i.person_id})" for i in items],
        "reason": [t(f"followup.reason.{i.reason.value}", lang).capitalize() for i in items],
        "due": [day_text(i.due, lang) for i in items],
        "overdue": [i.days_overdue for i in items],
    }
    return pd.DataFrame({t(f"followup.ui.col.{k}", lang): v for k, v in columns.items()})


def _due_list(ctx: Context, today: date) -> list[DueItem]:
    lang = ctx.lang
    items = followups_due(ctx, today)
    st.caption(t("followup.ui.due_caption", lang, end=day_text(week_end(today), lang)))
    if not items:
        st.success(t("followup.ui.none_due", lang), icon=":material/task_alt:")
    else:
        st.dataframe(due_table(items, lang), hide_index=True)
    return items


def _chosen_person(ctx: Context, items: list[DueItem]) -> CaseState | None:
    """The person to act on: those with something due first, then every other open case."""
    lang = ctx.lang
    cases = cache.keyed(ctx.engine, "followups_open", lambda: open_cases(ctx.engine))
    due = list(dict.fromkeys(i.person_id for i in items))
    by_id = {case.person_id: case for case in cases}
    order = [p for p in due if p in by_id] + [c.person_id for c in cases if c.person_id not in due]
    chosen = st.selectbox(
        t("followup.ui.person", lang),
        order,
        index=0 if due and due[0] in by_id else None,
        format_func=lambda pid: f"{by_id[pid].name} ({pid})",
        key=PERSON_KEY,
        placeholder=t("ui.choose", lang),
    )
    return None if chosen is None else by_id[chosen]


def _case_summary(case: CaseState, lang: str) -> None:
    """What is stored on the case now."""
    nothing = t("followup.ui.not_set", lang)
    rows = {
        t("followup.ui.next_now", lang): day_text(case.follow_up_on, lang) or nothing,
        t("followup.ui.handleplan_now", lang): day_text(case.handleplan_due, lang) or nothing,
        t("followup.ui.note_now", lang): case.follow_up_note or nothing,
    }
    st.markdown("\n".join(f"- **{k}:** {v}" for k, v in rows.items()))


def _record_form(ctx: Context, case: CaseState, today: date) -> None:
    """The follow-up form; a refused value is shown at its field and nothing is stored."""
    lang = ctx.lang
    slots = FieldSlots()
    with st.form(f"fu_form_{case.person_id}", border=True):
        left, right = st.columns(2)
        held = slots.day(left, "held", t("followup.ui.held", lang), "fu_held", value=today)
        next_on = slots.day(
            right,
            "next",
            t("followup.ui.next", lang),
            "fu_next",
            help=t("followup.ui.next_help", lang),
        )
        note = st.text_area(
            t("followup.ui.note", lang),
            help=t("followup.ui.note_help", lang),
            height=120,
            key="fu_note",
        )
        slots.slot("note")
        below, _ = st.columns(2)
        handleplan = slots.day(
            below,
            "handleplan",
            t("followup.ui.handleplan", lang),
            "fu_handleplan",
            help=t("followup.ui.handleplan_help", lang),
        )
        submitted = st.form_submit_button(t("followup.ui.save", lang), type="primary")
        slots.slot(GENERAL)
    said(RECORD_PLACE)
    if not submitted or held is None:
        return
    try:
        done = record_follow_up(
            ctx.engine,
            case.person_id,
            held,
            note,
            ctx.viewer.actor,
            next_on=next_on,
            handleplan_due=handleplan,
        )
    except UserError as error:
        slots.show({FIELD_OF_REFUSAL.get(error.key, GENERAL): [refusal_text(error, lang)]})
        return
    next_text = day_text(done.next_on, lang) or t("followup.ui.not_set", lang)
    say(RECORD_PLACE, "success", t("followup.ui.saved", lang, name=case.name, next=next_text))
    for key in RECORD_FIELDS:  # an empty form for the next follow-up
        st.session_state.pop(key, None)
    st.rerun()


def _ending_lines(ending: Ending, view: PlanView, lang: str, today: date) -> list[str]:
    """What ending changes, one Markdown line per stay or wish (a stay shortened to a day
    still ahead: its departure is recorded once it has happened)."""
    names = {c.centre_id: c.name for c in view.scenario.centres}
    lines = [
        t(
            "followup.ui.would_cancel",
            lang,
            request=s.request_id,
            centre=names.get(s.centre_id, s.centre_id),
            period=period_text(s.start, s.end, lang),
        )
        for s in ending.cancelled
    ]
    if ending.shortened is not None:
        stay = ending.shortened
        lines.append(
            t(
                "followup.ui.would_shorten",
                lang,
                request=stay.request_id,
                centre=names.get(stay.centre_id, stay.centre_id),
                day=day_text(stay.end, lang),
            )
            + (" " + t("followup.ui.departure_later", lang) if stay.end > today else "")
        )
    lines += [t("followup.ui.would_withdraw", lang, request=r) for r in ending.withdrawn]
    return lines or [t("followup.ui.would_nothing", lang)]


def _end(ctx: Context, case: CaseState, day: date, today: date) -> None:
    """End the grant through the service; the result waits for the next run."""
    lang = ctx.lang
    st.session_state.pop(PREVIEW_KEY, None)
    try:
        outcome = end_grant(
            ctx.engine, case.person_id, day, ctx.viewer.actor, lang=lang, today=today
        )
    except UserError as error:
        say(END_PLACE, "error", refusal_text(error, lang))
        return
    version = (
        t("followup.ui.ended_version", lang, version=outcome.version, waiting=outcome.waiting)
        if outcome.version is not None
        else t("followup.ui.ended_no_version", lang)
    )
    text = t("followup.ui.ended", lang, name=case.name, day=day_text(day, lang), version=version)
    say(END_PLACE, "success", text)
    st.session_state[LETTER_KEY] = (outcome.letter_id, case.person_id)


def _letter_download(ctx: Context) -> None:
    """The ending letter just made, to download (it is recorded as not yet sent)."""
    kept = st.session_state.get(LETTER_KEY)
    if kept is None:
        return
    letter_id, person_id = kept
    data = ending_letter(ctx.engine, letter_id, ".pdf", ctx.lang)
    st.download_button(
        t("followup.ui.letter", ctx.lang),
        data,
        file_name=f"ophoer-{person_id}.pdf",
        mime="application/pdf",
        icon=":material/description:",
        key="fu_letter_download",
    )


def _end_form(ctx: Context, view: PlanView, case: CaseState, today: date) -> None:
    """The end date and a first button that only shows what ending would change; the second
    ends the grant."""
    lang = ctx.lang
    scenario = view.scenario
    first, last = scenario.horizon_start, scenario.horizon_end - timedelta(days=1)
    st.caption(t("followup.ui.end_explain", lang))
    day = st.date_input(
        t("followup.ui.end_day", lang),
        value=min(max(today, first), last),
        format="DD.MM.YYYY",
        key="fu_end_day",
    )
    place = st.empty()
    if not isinstance(day, date):
        return
    token = (case.person_id, day.isoformat())
    if st.button(t("followup.ui.preview", lang), icon=":material/preview:", key="fu_preview"):
        st.session_state.pop(LETTER_KEY, None)
        try:
            st.session_state[PREVIEW_KEY] = (token, ending_preview(ctx.engine, case.person_id, day))
        except UserError as error:
            place.error(refusal_text(error, lang), icon=":material/error:")
            return
    kept = st.session_state.get(PREVIEW_KEY)
    if kept is None or kept[0] != token:
        return
    as_of = app_today()  # the app's today: whether the stay's departure has happened
    with st.container(border=True):
        st.markdown(t("followup.ui.would", lang, name=case.name, day=day_text(day, lang)))
        st.markdown("\n".join(f"- {line}" for line in _ending_lines(kept[1], view, lang, as_of)))
        st.caption(t("followup.ui.would_letter", lang))
        yes, no = st.columns(2)
        if yes.button(t("followup.ui.confirm", lang), type="primary", key="fu_confirm"):
            _end(ctx, case, day, as_of)
            st.rerun()
        if no.button(t("followup.ui.keep", lang), key="fu_keep"):
            st.session_state.pop(PREVIEW_KEY, None)
            st.rerun()


def render(ctx: Context) -> None:
    lang = ctx.lang
    st.title(t("ui.page.followups", lang))
    view = load_view(ctx)
    today = date.today()
    items = _due_list(ctx, today)
    st.subheader(t("followup.ui.case_title", lang))
    said(END_PLACE)
    _letter_download(ctx)
    case = _chosen_person(ctx, items)
    if case is None:
        return
    _case_summary(case_state(ctx.engine, case.person_id), lang)
    record, ending = st.tabs([t("followup.ui.tab_record", lang), t("followup.ui.tab_end", lang)])
    with record:
        _record_form(ctx, case, today)
    with ending:
        _end_form(ctx, view, case, today)


if __name__ == "__main__":
    render(current())
