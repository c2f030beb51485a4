"""Versioner: every plan version (nothing is ever overwritten: each change of the plan is a new
version), who made it, when and how (a planning run, an import, an acute stay, a cancellation
…), whether it is published, and what it changed against the version it was made from."""

from __future__ import annotations

from collections import Counter

import pandas as pd
import streamlit as st

from scheduler.domain.model import Reason, Stay
from scheduler.i18n import t
from scheduler.service.history import Shift, VersionChange
from scheduler.service.versions import PlanVersionInfo
from scheduler.service.views import PlanView
from ui import cache
from ui.context import Context, current, load_view
from ui.screens.sections.history import superseded_notice
from ui.words import moment_text, origin_text, person_text, reason_text, stay_text

# The newest versions listed (their changes are computed once each).
SHOWN = 50


def change_summary(changes: list[VersionChange], lang: str) -> str:
    """``+12 får ophold · 3 flyttes · 1 aflyst`` (only the kinds that occur)."""
    counts = Counter(c.shift for c in changes)
    parts = [t(f"ui.shift.count.{shift}", lang, count=counts[shift]) for shift in Shift]
    return " · ".join(p for p, shift in zip(parts, Shift, strict=True) if counts[shift])


def version_table(versions: list[PlanVersionInfo], ctx: Context) -> pd.DataFrame:
    """One row per version, newest first."""
    lang = ctx.lang
    rows = list(reversed(versions))
    columns = {
        "version": [v.number for v in rows],
        "status": [t(f"ui.version.{v.status}", lang) for v in rows],
        "origin": [origin_text(v, lang) for v in rows],
        "made": [moment_text(v.created_at, lang) for v in rows],
        "by": [v.created_by for v in rows],
        "published_at": [moment_text(v.published_at, lang) for v in rows],
        "base": ["" if v.base is None else str(v.base) for v in rows],
        "granted": [v.granted for v in rows],
        "rejected": [v.rejected for v in rows],
        "changes": [
            change_summary(cache.changes(ctx.engine, v.number), lang) or t("ui.shift.none", lang)
            for v in rows
        ],
    }
    return pd.DataFrame({t(f"ui.col.{name}", lang): v for name, v in columns.items()})


def _decision(stay: Stay | None, reason: Reason | None, view: PlanView, lang: str) -> str:
    """A decision as a cell: the stay, or the reason of the rejection (empty: none)."""
    if stay is not None:
        centre = view.scenario.centre_by_id.get(stay.centre_id)
        return stay_text(stay, centre.name if centre else stay.centre_id, lang)
    if reason is not None:
        return t("ui.history.rejected", lang, reason=reason_text(reason, lang))
    return ""


def changes_table(changes: list[VersionChange], view: PlanView, lang: str) -> pd.DataFrame:
    """One row per request the version changed: what, who, the decision before and after."""
    persons = view.scenario.person_by_id

    def person(pid: str) -> str:
        return person_text(persons[pid]) if pid in persons else pid

    columns = {
        "ui.col.change": [t(f"ui.shift.{c.shift}", lang) for c in changes],
        "ui.col.request": [c.request_id for c in changes],
        "ui.col.person": [person(c.person_id) for c in changes],
        "ui.col.was": [_decision(c.before, c.reason_before, view, lang) for c in changes],
        "ui.col.became": [_decision(c.after, c.reason, view, lang) for c in changes],
    }
    return pd.DataFrame({t(key, lang): v for key, v in columns.items()})


def render(ctx: Context) -> None:
    lang = ctx.lang
    st.title(t("ui.page.versions", lang))
    st.caption(t("ui.versions.explain", lang))
    view = load_view(ctx)
    versions = cache.versions(ctx.engine)
    if not versions:
        st.info(t("ui.version.none", lang))
        return
    superseded_notice(ctx, replan=False)
    shown = versions[-SHOWN:]
    if len(versions) > SHOWN:
        st.caption(t("ui.versions.newest", lang, shown=SHOWN, total=len(versions)))
    changes_column = t("ui.col.changes", lang)
    st.dataframe(
        version_table(shown, ctx),
        hide_index=True,
        column_config={changes_column: st.column_config.TextColumn(width="large")},
    )
    by_number = {v.number: v for v in shown}
    chosen = st.selectbox(
        t("ui.versions.choose", lang),
        list(reversed(by_number)),
        format_func=lambda n: t(
            "ui.versions.option",
            lang,
            number=n,
            origin=origin_text(by_number[n], lang),
            when=moment_text(by_number[n].created_at, lang),
        ),
        key="versions_chosen",
    )
    if chosen is None:
        return
    info = by_number[chosen]
    changes = cache.changes(ctx.engine, chosen)
    base = info.base
    st.subheader(
        t("ui.versions.changes", lang, number=chosen)
        if base is None
        else t("ui.versions.changes_on", lang, number=chosen, base=base)
    )
    if not changes:
        st.caption(t("ui.shift.none", lang))
        return
    st.caption(change_summary(changes, lang))
    st.dataframe(changes_table(changes, view, lang), hide_index=True)


if __name__ == "__main__":
    render(current())
