"""Belægning: record what happened to the stays of the next days at the centre shown (arrived,
did not come, left early), and report beds closed there. A centre manager does both for their
own centre only; a planner for any centre. Both act on the published plan."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import streamlit as st

from scheduler.domain.errors import UserError
from scheduler.domain.faults import ScenarioError
from scheduler.domain.model import Stay
from scheduler.i18n import t
from scheduler.io.scenario_rows import closure as closure_row
from scheduler.service.casework import ClosureConflict, ClosureInput, add_closure
from scheduler.service.casework.entries import CLOSURES, read_entry
from scheduler.service.casework.recorded import stay_records
from scheduler.service.versions import VersionStatus
from scheduler.service.views import PlanView, Which, plan_view
from ui.context import Context
from ui.screens.sections.casework_common import (
    GENERAL,
    FieldSlots,
    bed_centres,
    form_faults,
    period_text,
    refusal_text,
    said,
    say,
)
from ui.screens.sections.casework_records import record_section, record_status
from ui.words import bed_text, day_text

DAYS_AHEAD = 14
"""The days ahead whose arrivals and departures are listed (as the movements table above)."""
MOVEMENTS_FROM = "movements_from"
"""The key of the page's own "from" date of its arrivals and departures."""
RECORDS = "cw_occ_records"
CLOSURE = "cw_closure"
GENERATION = f"{CLOSURE}_generation"


def _published(ctx: Context, view: PlanView, centre: str) -> PlanView | None:
    """The published plan at ``centre`` (the page's view when it is that one)."""
    if view.version is not None and view.version.status is VersionStatus.PUBLISHED:
        return view
    published = plan_view(ctx.engine, Which.PUBLISHED, centre)
    return published if published.version is not None else None


def _first_day(view: PlanView) -> date:
    """The first day of the list: the page's "from" date, else today inside the horizon."""
    chosen = st.session_state.get(MOVEMENTS_FROM)
    if isinstance(chosen, date):
        return chosen
    scenario = view.scenario
    return min(max(date.today(), scenario.horizon_start), scenario.horizon_end)


def _coming(view: PlanView, centre: str, first: date) -> list[Stay]:
    """The stays at ``centre`` that arrive, are there or leave in the days listed."""
    last = first + timedelta(days=DAYS_AHEAD - 1)
    stays = [
        s for s in view.plan.stays if s.centre_id == centre and s.start <= last and s.end >= first
    ]
    return sorted(stays, key=lambda s: (s.start, s.end, s.request_id))


def occupancy_casework_section(ctx: Context, view: PlanView, centre: str) -> None:
    """The records of the next days' stays at ``centre`` and the closure form (both roles)."""
    _records(ctx, view, centre)
    closure_section(ctx, view, centre)


def _records(ctx: Context, view: PlanView, centre: str) -> None:
    lang = ctx.lang
    st.subheader(t("ui.cw.occ.title", lang))
    st.caption(t("ui.cw.occ.explain", lang, days=DAYS_AHEAD))
    published = _published(ctx, view, centre)
    if published is None:
        st.info(t("ui.ops.nothing_published", lang))
        return
    first = _first_day(view)
    stays = _coming(published, centre, first)
    if not stays:
        st.caption(t("ui.cw.occ.none", lang, first=day_text(first, lang)))
        said(RECORDS)
        return
    records = stay_records(ctx.engine, [s.request_id for s in stays])
    scenario = published.scenario
    by_id = {s.request_id: s for s in stays}

    def person(rid: str) -> str:
        request = scenario.request_by_id.get(rid)
        found = scenario.person_by_id.get(request.person_id) if request else None
        return found.name if found is not None and found.name else rid

    def label(rid: str) -> str:
        # only what a record does not change: the widget keeps the label it showed
        return t("ui.cw.occ.stay_label", lang, person=person(rid), request=rid)

    st.dataframe(
        pd.DataFrame(
            {
                t("ui.col.start", lang): [day_text(s.start, lang) for s in stays],
                t("ui.col.end", lang): [day_text(s.end, lang) for s in stays],
                t("ui.col.person", lang): [person(s.request_id) for s in stays],
                t("ui.col.request", lang): [s.request_id for s in stays],
                t("ui.cw.col.record", lang): [
                    record_status(records.get(s.request_id), lang) for s in stays
                ],
            }
        ),
        hide_index=True,
    )

    chosen = st.selectbox(
        t("ui.cw.occ.choose", lang),
        list(by_id),
        index=None,
        format_func=label,
        placeholder=t("ui.choose", lang),
        key=f"{RECORDS}_stay",
    )
    if chosen is None:
        said(RECORDS)
        return
    record_section(
        ctx.engine,
        ctx.viewer.actor,
        lang,
        by_id[chosen],
        records.get(chosen),
        person(chosen),
        RECORDS,
        None if ctx.viewer.is_planner else ctx.viewer.centre,
    )


def _key(name: str) -> str:
    return f"{CLOSURE}_{name}_{st.session_state.get(GENERATION, 0)}"


def closure_section(ctx: Context, view: PlanView, centre: str) -> None:
    """Report beds closed: checked as a row of ``closures.csv`` (faults at the fields), then
    confirmed, then stored with a new published version if every promise still fits."""
    lang = ctx.lang
    own = None if ctx.viewer.is_planner else ctx.viewer.centre
    centres = bed_centres(view.scenario)
    choices = [own] if own is not None else list(centres)
    slots = FieldSlots()
    with st.expander(t("ui.cw.closure.title", lang), icon=":material/block:", key=f"{CLOSURE}_box"):
        st.caption(t("ui.cw.closure.explain", lang))
        with st.form(_key("form"), border=False):
            first, second, third, fourth = st.columns([2, 1, 1, 1])
            chosen = first.selectbox(
                t("ui.cw.closure.centre", lang),
                choices,
                index=choices.index(centre) if centre in choices else 0,
                format_func=lambda cid: centres.get(cid, cid),
                disabled=own is not None,
                key=_key("centre"),
            )
            slots.slot("centre_id", first)
            start = slots.day(
                second,
                "start",
                t("ui.cw.closure.start", lang),
                _key("start"),
                help=t("ui.cw.closure.start_help", lang),
            )
            end = slots.day(
                third,
                "end",
                t("ui.cw.closure.end", lang),
                _key("end"),
                help=t("ui.cw.closure.end_help", lang),
            )
            beds = slots.count(
                fourth, "beds_closed", t("ui.cw.closure.beds", lang), _key("beds"), value=1
            )
            submitted = st.form_submit_button(
                t("ui.cw.closure.check", lang), icon=":material/rule:"
            )
            slots.slot(GENERAL)
        said(CLOSURE)
        if submitted:
            cells = {
                "centre_id": chosen or "",
                "start": start.isoformat() if isinstance(start, date) else "",
                "end": end.isoformat() if isinstance(end, date) else "",
                "beds_closed": "" if beds is None else str(int(beds)),
            }
            _, faults = read_entry(CLOSURES, cells, closure_row)
            if faults:
                slots.show(form_faults(ScenarioError(faults), lang))
                st.session_state.pop(f"{CLOSURE}_pending", None)
            else:
                st.session_state[f"{CLOSURE}_pending"] = cells
        pending = st.session_state.get(f"{CLOSURE}_pending")
        if pending is not None:
            _confirm(ctx, pending, own, centres, slots)


def _confirm(
    ctx: Context, cells: dict[str, str], own: str | None, names: dict[str, str], slots: FieldSlots
) -> None:
    """The closure in words with the buttons to report it or not."""
    lang = ctx.lang
    start, end = date.fromisoformat(cells["start"]), date.fromisoformat(cells["end"])
    with st.container(border=True):
        st.markdown(
            t(
                "ui.cw.closure.question",
                lang,
                beds=cells["beds_closed"],
                centre=names.get(cells["centre_id"], cells["centre_id"]),
                first=day_text(start, lang),
                last=day_text(end - timedelta(days=1), lang),
                opens=day_text(end, lang),
                nights=(end - start).days,
            )
        )
        st.caption(t("ui.cw.closure.question_explain", lang))
        buttons = st.container(horizontal=True)
        yes = buttons.button(
            t("ui.cw.closure.confirm", lang),
            type="primary",
            key=f"{CLOSURE}_confirm",
            icon=":material/publish:",
        )
        if buttons.button(t("ui.cw.closure.drop", lang), key=f"{CLOSURE}_drop"):
            st.session_state.pop(f"{CLOSURE}_pending", None)
            st.rerun()
    if not yes:
        return
    st.session_state.pop(f"{CLOSURE}_pending", None)
    entry = ClosureInput(cells["centre_id"], start, end, int(cells["beds_closed"]))
    try:
        outcome = add_closure(ctx.engine, entry, ctx.viewer.actor, centre=own)
    except ScenarioError as error:
        slots.show(form_faults(error, lang))
        return
    except ClosureConflict as error:
        say(CLOSURE, "error", _conflict_text(error, names, lang))
        st.rerun()
    except UserError as error:
        say(CLOSURE, "error", refusal_text(error, lang))
        st.rerun()
    text = t(
        "ui.cw.closure.done",
        lang,
        beds=entry.beds_closed,
        centre=names.get(entry.centre_id, entry.centre_id),
        first=day_text(start, lang),
        last=day_text(end - timedelta(days=1), lang),
    )
    if outcome.version is not None:
        text += " " + t("ui.cw.closure.version", lang, version=outcome.version)
    say(CLOSURE, "success", text)
    st.session_state[GENERATION] = st.session_state.get(GENERATION, 0) + 1
    st.rerun()


def _conflict_text(error: ClosureConflict, names: dict[str, str], lang: str) -> str:
    """The refusal, its centre named, with the promised stays that would not fit."""
    params = {
        **error.params,
        "centre": names.get(str(error.params["centre"]), str(error.params["centre"])),
    }
    lines = [t(error.key, lang, **params)]
    lines += [
        t(
            "ui.cw.closure.stay",
            lang,
            request=s.request_id,
            period=period_text(s.start, s.end, lang),
            bed=bed_text(s.bed, lang),
        )
        for s in error.stays
    ]
    return "  \n".join(lines)
