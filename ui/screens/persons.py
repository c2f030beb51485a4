"""Borgere: per person and year the nights granted, used and left; one person's carer (who
receives the letters, editable by a planner), stays and each rejected request with its reason
in plain words."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from scheduler.i18n import t
from scheduler.service.views import PersonYear, PlanView, Standing, person_years, request_lines
from ui.context import Context, current, load_view, version_caption
from ui.screens.sections.carer import carer_section
from ui.words import bed_text, day_text, reason_text, tier_text


def year_table(years: list[PersonYear], lang: str) -> pd.DataFrame:
    """Nights per person and year (calendar or grant year); stays too where the profile limits
    them."""
    columns = {
        t("ui.col.person", lang): [f"{y.person.name} ({y.person.person_id})" for y in years],
        t("ui.col.year", lang): [y.period for y in years],
        t("ui.col.limit", lang): [y.limit for y in years],
        t("ui.col.used", lang): [y.used for y in years],
        t("ui.col.granted", lang): [y.granted for y in years],
        t("ui.col.left", lang): [y.left for y in years],
    }
    if any(y.stays_limit is not None for y in years):
        columns |= {
            t("ui.col.stays_limit", lang): [y.stays_limit for y in years],
            t("ui.col.stays_used", lang): [y.used_stays for y in years],
            t("ui.col.stays_granted", lang): [y.granted_stays for y in years],
            t("ui.col.stays_left", lang): [y.stays_left for y in years],
        }
    return pd.DataFrame(columns)


def _person(view: PlanView, person_id: str, lang: str) -> None:
    lines = [ln for ln in request_lines(view) if ln.person.person_id == person_id]
    centres = view.scenario.centre_by_id
    stays = [(ln, ln.stay) for ln in lines if ln.stay is not None]
    st.subheader(t("ui.persons.stays", lang))
    if stays:
        columns = {
            "request": [ln.request.request_id for ln, _ in stays],
            "centre": [centres[stay.centre_id].name for _, stay in stays],
            "bed": [bed_text(stay.bed, lang) for _, stay in stays],
            "start": [day_text(stay.start, lang) for _, stay in stays],
            "end": [day_text(stay.end, lang) for _, stay in stays],
            "nights": [stay.nights for _, stay in stays],
            "tier": [tier_text(ln.tier, lang) for ln, _ in stays],
        }
        st.dataframe(
            pd.DataFrame({t(f"ui.col.{name}", lang): v for name, v in columns.items()}),
            hide_index=True,
        )
    else:
        st.caption(t("ui.persons.no_stays", lang))
    st.subheader(t("ui.persons.rejected", lang))
    rejected = [ln for ln in lines if ln.standing is Standing.REJECTED]
    if not rejected:
        st.caption(t("ui.persons.no_rejected", lang))
    for ln in rejected:
        st.markdown(
            t(
                "ui.persons.rejection",
                lang,
                request=ln.request.request_id,
                start=day_text(ln.request.start, lang),
                end=day_text(ln.request.end, lang),
                reason=reason_text(ln.reason, lang),
            )
        )
    waiting = [ln for ln in lines if ln.standing is Standing.UNPLANNED]
    if waiting:
        st.caption(t("ui.persons.unplanned", lang, count=len(waiting)))


def render(ctx: Context) -> None:
    lang = ctx.lang
    st.title(t("ui.page.persons", lang))
    view = load_view(ctx)
    version_caption(view, lang)
    persons = view.scenario.person_by_id
    search = st.text_input(t("ui.filter.person", lang), key="persons_search").strip().lower()
    years = [
        y
        for y in person_years(view)
        if not search
        or search in f"{y.person.person_id} {y.person.name} {y.person.carer_name}".lower()
    ]
    st.dataframe(year_table(years, lang), hide_index=True, height=320)
    shown = list(dict.fromkeys(y.person.person_id for y in years))
    chosen = st.selectbox(
        t("ui.persons.choose", lang),
        shown,
        index=0 if len(shown) == 1 else None,
        format_func=lambda pid: f"{persons[pid].name} ({pid})",
        key="persons_chosen",
        placeholder=t("ui.choose", lang),
    )
    if chosen is not None:
        carer_section(ctx, persons[chosen])
        _person(view, chosen, lang)


if __name__ == "__main__":
    render(current())
