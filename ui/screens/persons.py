"""Borgere: per person and year the nights granted, used and left; one person's carer (who
receives the letters, editable by a planner), stays and each rejected request with its reason
in plain words."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from scheduler.domain.model import Person
from scheduler.i18n import t
from scheduler.service.versions import VersionStatus
from scheduler.service.views import PlanView, Standing, request_lines
from ui import cache
from ui.context import Context, current, load_view, version_caption
from ui.screens.sections.anonymise import anonymise_section
from ui.screens.sections.carer import carer_section
from ui.screens.sections.casework_account import person_casework_section
from ui.screens.sections.casework_persons import account_table, new_person_section
from ui.screens.sections.person_history import person_history_section
from ui.screens.sections.relief import person_services_section
from ui.words import bed_text, day_text, reason_text, tier_text


def _person(view: PlanView, person_id: str, lang: str) -> None:
    lines = [ln for ln in request_lines(view) if ln.person.person_id == person_id]
    centres = view.scenario.centre_by_id
    stays = [(ln, ln.stay) for ln in lines if ln.stay is not None]
    draft = view.version is not None and view.version.status is not VersionStatus.PUBLISHED
    # the published promises are shown above with what happened; here only a draft's stays
    if draft and view.version is not None:
        st.subheader(t("ui.cw.account.draft_stays", lang, version=view.version.number))
    if draft and stays:
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
    elif draft:
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
    # case work all year: a new person; the years from the published plan and the records
    new_person_section(ctx, view)
    search = st.text_input(t("ui.filter.person", lang), key="persons_search").strip().lower()
    accounts = [
        a
        for a in cache.accounts(ctx.engine)
        if a.person_id in persons and (not search or search in _searched(persons[a.person_id]))
    ]
    st.dataframe(account_table(accounts, persons, lang), hide_index=True)
    shown = list(dict.fromkeys(a.person_id for a in accounts))
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
        # case work all year: the person's promises, records and rules
        person_casework_section(ctx, view, persons[chosen])
        _person(view, chosen, lang)
        # the person's other services: day-centre place and relief at home
        person_services_section(ctx, chosen)
        # nothing lost silently: cancelled, missed and changed stays, and each one's history
        person_history_section(ctx, view, chosen)
        # personal data kept no longer than needed: anonymise once the grant has ended
        anonymise_section(ctx, chosen)


def _searched(person: Person) -> str:
    """What the search looks in: the person's id and name and the carer's name."""
    return f"{person.person_id} {person.name} {person.carer_name}".lower()


if __name__ == "__main__":
    render(current())
