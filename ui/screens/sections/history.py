"""Nothing lost silently: a draft superseded by a newer published version said out loud, and the
history of a request (each version that changed its decision, who made it and when), for
Ønsker, Borgere, Planlægning and Versioner."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import streamlit as st

from scheduler.domain.errors import UserError
from scheduler.i18n import t
from scheduler.service.history import RequestHistory, Step, request_history, superseded_draft
from scheduler.service.views import PlanView
from ui.context import Context
from ui.words import day_text, moment_text, origin_text, reason_text, stay_text, version_text


def superseded_notice(ctx: Context, replan: bool) -> bool:
    """Say so when the newest draft can no longer be published because a newer version was
    published after it was made; with ``replan``, offer to make a new plan at once. Returns
    whether that was asked for."""
    lang = ctx.lang
    found = superseded_draft(ctx.engine)
    if found is None:
        return False
    text = t(
        "ui.superseded",
        lang,
        draft=version_text(found.draft, lang),
        published=version_text(found.published, lang),
    )
    with st.container(border=True):
        st.warning(text, icon=":material/history:")
        if not replan:
            st.caption(t("ui.superseded.where", lang))
            return False
        return st.button(
            t("ui.superseded.replan", lang),
            key="superseded_replan",
            type="primary",
            icon=":material/play_circle:",
        )


def _decision(step: Step, view: PlanView, lang: str) -> str:
    if step.stay is not None:
        centre = view.scenario.centre_by_id.get(step.stay.centre_id)
        return stay_text(step.stay, centre.name if centre else step.stay.centre_id, lang)
    if step.reason is not None:
        return t("ui.history.rejected", lang, reason=reason_text(step.reason, lang))
    return t("ui.history.left_out", lang)


def history_table(history: RequestHistory, view: PlanView, lang: str) -> pd.DataFrame:
    """One row per version that changed the request's decision, oldest first."""
    steps = history.steps
    columns = {
        "version": [s.version.number for s in steps],
        "status": [t(f"ui.version.{s.version.status}", lang) for s in steps],
        "origin": [origin_text(s.version, lang) for s in steps],
        "made": [moment_text(s.version.created_at, lang) for s in steps],
        "by": [s.version.created_by for s in steps],
        "change": [t(f"ui.shift.{s.shift}", lang) for s in steps],
        "decision": [_decision(s, view, lang) for s in steps],
    }
    return pd.DataFrame({t(f"ui.col.{name}", lang): v for name, v in columns.items()})


def show_history(ctx: Context, view: PlanView, request_id: str) -> None:
    """The request's history: the wish, whether it was cancelled or never used, and each
    version that changed its decision."""
    lang = ctx.lang
    try:
        history = request_history(ctx.engine, request_id)
    except UserError as error:
        st.error(t(error.key, lang, **error.params))
        return
    request = history.request
    st.markdown(
        t(
            "ui.history.wish",
            lang,
            request=request.request_id,
            received=day_text(request.received, lang),
            start=day_text(request.start, lang),
            end=day_text(request.end, lang),
            flex=request.flex_days,
        )
    )
    if history.cancelled_at is not None:
        st.warning(
            t("ui.history.cancelled", lang, when=moment_text(history.cancelled_at, lang)),
            icon=":material/event_busy:",
        )
    if history.no_show:
        st.warning(t("ui.history.no_show", lang), icon=":material/person_off:")
    if not history.steps:
        st.caption(t("ui.history.undecided", lang))
        return
    st.dataframe(history_table(history, view, lang), hide_index=True)


def history_section(
    ctx: Context, view: PlanView, request_ids: Sequence[str], key: str, label: str
) -> None:
    """Choose one of ``request_ids`` (cancelled ones too) and see its history."""
    lang = ctx.lang
    chosen = st.selectbox(
        label,
        list(request_ids),
        index=None,
        key=key,
        placeholder=t("ui.choose", lang),
    )
    if chosen is not None:
        show_history(ctx, view, chosen)
