"""Borgere, one person: their years (nights and stays granted, used and left), their promised
stays with what is recorded of each and the exceptions kept, the no-shows; one stay chosen to
change or to record what happened; and the change of what decides their grants."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from scheduler.domain.errors import UserError
from scheduler.domain.model import Person
from scheduler.i18n import t
from scheduler.service.casework import PersonAccount, StayLine, person_account
from scheduler.service.views import PlanView
from ui.context import Context
from ui.screens.sections.carer import plain
from ui.screens.sections.casework_change import change_section
from ui.screens.sections.casework_common import (
    bed_centres,
    period_text,
    refusal_text,
    rule_text,
    said,
)
from ui.screens.sections.casework_person_rules import person_rules_section
from ui.screens.sections.casework_persons import PERSON_CHOICE, PERSON_SEARCH
from ui.screens.sections.casework_records import record_section, record_status, undo_button
from ui.words import bed_text, day_text


def _stay_key(person_id: str) -> str:
    return f"cw_acc_stay_{person_id}"


def _years(account: PersonAccount, lang: str) -> pd.DataFrame:
    years = account.years
    columns: dict[str, list[object]] = {
        t("ui.col.year", lang): [y.period for y in years],
        t("ui.col.limit", lang): [y.limit for y in years],
        t("ui.col.granted", lang): [y.granted for y in years],
        t("ui.col.used", lang): [y.used for y in years],
        t("ui.cw.col.opening", lang): [y.opening for y in years],
        t("ui.col.left", lang): [y.left for y in years],
        t("ui.col.stays_granted", lang): [y.granted_stays for y in years],
        t("ui.col.stays_used", lang): [y.used_stays for y in years],
    }
    if any(y.stays_limit is not None for y in years):
        columns[t("ui.col.stays_left", lang)] = [y.stays_left for y in years]
    return pd.DataFrame(columns)


def _exceptions(line: StayLine, lang: str) -> str:
    return ", ".join(dict.fromkeys(rule_text(e.rule, lang) for e in line.exceptions))


def _stays(account: PersonAccount, names: dict[str, str], lang: str) -> pd.DataFrame:
    lines = account.stays
    columns = {
        t("ui.col.request", lang): [ln.stay.request_id for ln in lines],
        t("ui.col.centre", lang): [names.get(ln.stay.centre_id, ln.stay.centre_id) for ln in lines],
        t("ui.col.bed", lang): [bed_text(ln.stay.bed, lang) for ln in lines],
        t("ui.col.start", lang): [day_text(ln.stay.start, lang) for ln in lines],
        t("ui.col.end", lang): [day_text(ln.stay.end, lang) for ln in lines],
        t("ui.col.nights", lang): [ln.stay.nights for ln in lines],
        t("ui.cw.col.record", lang): [record_status(ln.record, lang) for ln in lines],
        t("ui.cw.col.exception", lang): [_exceptions(ln, lang) for ln in lines],
    }
    return pd.DataFrame(columns)


def person_casework_section(ctx: Context, view: PlanView, person: Person) -> None:
    """The person's account and promises, with their case work (a planner's page)."""
    lang = ctx.lang
    pid = person.person_id
    try:
        account = person_account(ctx.engine, pid)
    except UserError as error:
        st.info(refusal_text(error, lang))
        return
    names = bed_centres(view.scenario)
    st.subheader(t("ui.cw.account.title", lang))
    st.dataframe(_years(account, lang), hide_index=True)
    if account.stays:
        st.dataframe(_stays(account, names, lang), hide_index=True)
    else:
        st.caption(t("ui.cw.account.no_stays", lang))
    for exception in account.exceptions:
        st.markdown(
            t(
                "ui.cw.account.exception",
                lang,
                request=exception.request_id,
                rule=rule_text(exception.rule, lang),
                reason=plain(exception.reason),
                by=exception.created_by,
                day=day_text(exception.created_at.date(), lang),
            )
        )
    for record in account.no_shows:
        text, undo = st.columns([3, 1], vertical_alignment="center")
        text.caption(
            t(
                "ui.cw.account.no_show",
                lang,
                request=record.request_id,
                period=period_text(record.planned_start, record.planned_end, lang),
                centre=names.get(record.centre_id, record.centre_id),
            )
        )
        with undo:
            status = record_status(record, lang)
            place = f"no_show_{person.person_id}"
            undo_button(ctx.engine, ctx.viewer.actor, lang, record.request_id, status, place, None)
    said(f"no_show_{person.person_id}")
    lines = {ln.stay.request_id: ln for ln in account.stays}
    if lines:
        _one_stay(ctx, view, person, lines, names)
    person_rules_section(ctx, view, person)


def _one_stay(
    ctx: Context,
    view: PlanView,
    person: Person,
    lines: dict[str, StayLine],
    names: dict[str, str],
) -> None:
    lang = ctx.lang
    pid = person.person_id
    requests = view.scenario.request_by_id

    def jump(rid: str) -> None:
        """Show the person of another request's stay, with that stay chosen (a callback)."""
        request = requests.get(rid)
        if request is None:
            return
        st.session_state[PERSON_SEARCH] = ""
        st.session_state[PERSON_CHOICE] = request.person_id
        st.session_state[_stay_key(request.person_id)] = rid

    chosen = st.selectbox(
        t("ui.cw.account.choose", lang),
        list(lines),
        index=None,
        placeholder=t("ui.choose", lang),
        key=_stay_key(pid),
    )
    if chosen is None:
        return
    line = lines[chosen]
    change, record = st.tabs(
        [t("ui.cw.account.tab_change", lang), t("ui.cw.account.tab_record", lang)]
    )
    with change:
        change_section(
            ctx.engine, ctx.viewer.actor, lang, line.stay, line.record, names, f"person_{pid}", jump
        )
    with record:
        record_section(
            ctx.engine,
            ctx.viewer.actor,
            lang,
            line.stay,
            line.record,
            f"{person.name} ({pid})",
            f"acc_{pid}",
            None,
        )
