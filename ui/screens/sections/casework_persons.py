"""Borgere: enter a new person (checked as a row of an imported ``persons.csv``, each fault at
its field) and the year table of every person: nights granted, used (recorded and before the
plan) and left, and stays, from the published plan and what is recorded of it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pandas as pd
import streamlit as st

from scheduler.domain.errors import UserError
from scheduler.domain.faults import ScenarioError
from scheduler.domain.model import Person
from scheduler.i18n import t
from scheduler.service.casework import PersonInput, YearAccount, add_person, all_year_accounts
from scheduler.service.person_edit import CARER_NAME_LENGTH
from scheduler.service.views import PlanView
from ui.context import Context
from ui.screens.sections.casework_common import (
    GENERAL,
    FieldSlots,
    form_faults,
    next_id,
    refusal_text,
    said,
    say,
)

FORM = "cw_person"
PERSON_SEARCH, PERSON_CHOICE = "persons_search", "persons_chosen"
"""The Borgere page's own keys: the search and the person shown."""
GENERATION = f"{FORM}_generation"
"""Bumped after a person is saved, so the form starts empty again (its widgets' keys change)."""


def known_needs(view: PlanView) -> list[str]:
    """The needs to choose from: every centre's tags and every person's needs."""
    scenario = view.scenario
    found = {tag for c in scenario.centres for tag in c.tags}
    found |= {need for p in scenario.persons for need in p.needs}
    return sorted(found)


def _key(name: str) -> str:
    return f"{FORM}_{name}_{st.session_state.get(GENERATION, 0)}"


def new_person_section(ctx: Context, view: PlanView) -> None:
    """A form to enter a new person; saved at once (a person changes no plan), logged by id."""
    lang = ctx.lang
    scenario = view.scenario
    profile = scenario.rules.annual_nights
    slots = FieldSlots()
    with st.expander(
        t("ui.cw.person.title", lang), icon=":material/person_add:", key=f"{FORM}_box"
    ):
        st.caption(t("ui.cw.person.explain", lang))
        with st.form(_key("form"), border=False):
            st.markdown(t("ui.cw.person.who", lang))
            left, right = st.columns(2)
            person_id = left.text_input(
                t("ui.cw.person.id", lang),
                value=next_id(scenario.person_by_id, "P", 4),
                help=t("ui.cw.person.id_help", lang),
                key=_key("person_id"),
            )
            slots.slot("person_id", left)
            name = right.text_input(t("ui.cw.person.name", lang), key=_key("name"))
            slots.slot("name", right)
            st.markdown(t("ui.cw.person.grant", lang))
            first, second, third = st.columns(3)
            needs = first.multiselect(
                t("ui.cw.person.needs", lang),
                known_needs(view),
                accept_new_options=True,
                placeholder=t("ui.cw.person.no_needs", lang),
                help=t("ui.cw.person.needs_help", lang),
                key=_key("needs"),
            )
            slots.slot("needs", first)
            nights = second.number_input(
                t("ui.cw.person.annual_nights", lang),
                min_value=0,
                value=None,
                step=1,
                placeholder=t("ui.cw.person.profile_nights", lang, nights=profile)
                if profile is not None
                else None,
                help=t("ui.cw.person.annual_nights_help", lang),
                key=_key("annual_nights"),
            )
            slots.slot("annual_nights", second)
            grant_start = slots.day(
                third,
                "grant_start",
                t("ui.cw.person.grant_start", lang),
                _key("grant_start"),
                help=t("ui.cw.person.grant_start_help", lang),
            )
            first, second, _ = st.columns(3)
            used_help = t("ui.cw.person.used_help", lang)
            used_nights = slots.count(
                first,
                "used_nights",
                t("ui.cw.person.used_nights", lang),
                _key("used_nights"),
                help=used_help,
            )
            used_stays = slots.count(
                second,
                "used_stays",
                t("ui.cw.person.used_stays", lang),
                _key("used_stays"),
                help=used_help,
            )
            st.markdown(t("ui.cw.person.eligibility", lang))
            consent = st.checkbox(t("ui.cw.person.consent", lang), value=True, key=_key("consent"))
            slots.slot("consent")
            helper = st.checkbox(t("ui.cw.person.helper", lang), key=_key("helper"))
            slots.slot("self_appointed_helper")
            st.markdown(t("ui.cw.person.carer", lang))
            left, _ = st.columns(2)
            carer = left.text_input(
                t("ui.persons.edit.carer", lang),
                max_chars=CARER_NAME_LENGTH,
                key=_key("carer"),
            )
            slots.slot("carer_name", left)
            exempt = st.checkbox(t("ui.persons.edit.exempt", lang), key=_key("exempt"))
            slots.slot("payment_exempt")
            submitted = st.form_submit_button(
                t("ui.cw.person.save", lang), type="primary", icon=":material/person_add:"
            )
            slots.slot(GENERAL)
        said(FORM)
    if not submitted:
        return
    entry = PersonInput(
        person_id.strip(),
        name.strip(),
        frozenset(n.strip() for n in needs if n.strip()),
        None if nights is None else int(nights),
        int(used_nights),
        int(used_stays),
        grant_start if isinstance(grant_start, date) else None,
        helper,
        consent,
        carer.strip(),
        exempt,
    )
    _save(ctx, entry, slots)


def _save(ctx: Context, entry: PersonInput, slots: FieldSlots) -> None:
    lang = ctx.lang
    try:
        person = add_person(ctx.engine, entry, ctx.viewer.actor)
    except ScenarioError as error:
        slots.show(form_faults(error, lang))
        return
    except UserError as error:
        slots.show({GENERAL: [refusal_text(error, lang)]})
        return
    say(FORM, "success", t("ui.cw.person.saved", lang, person=_label(person)))
    st.session_state[GENERATION] = st.session_state.get(GENERATION, 0) + 1
    # the page shows the new person below (its search and choice come after this form)
    st.session_state[PERSON_SEARCH] = ""
    st.session_state[PERSON_CHOICE] = person.person_id
    st.rerun()


def _label(person: Person) -> str:
    return f"{person.name} ({person.person_id})" if person.name else person.person_id


def year_accounts(ctx: Context) -> list[YearAccount]:
    """Every person's years from the published plan and the records (nothing promised when no
    plan is published)."""
    return all_year_accounts(ctx.engine)


def account_table(
    accounts: list[YearAccount], persons: dict[str, Person], lang: str
) -> pd.DataFrame:
    """One row per person and year: nights a year, granted, used (and of them before the plan),
    left; stays granted and used (and the limit and what is left where the profile has one)."""
    limited = any(a.stays_limit is not None for a in accounts)
    column: Callable[[str], str] = lambda name: t(f"ui.col.{name}", lang)  # noqa: E731
    columns: dict[str, list[object]] = {
        column("person"): [_label(persons[a.person_id]) for a in accounts],
        column("year"): [a.period for a in accounts],
        column("limit"): [a.limit for a in accounts],
        column("granted"): [a.granted for a in accounts],
        column("used"): [a.used for a in accounts],
        t("ui.cw.col.opening", lang): [a.opening for a in accounts],
        column("left"): [a.left for a in accounts],
    }
    if limited:
        columns[column("stays_limit")] = [a.stays_limit for a in accounts]
    columns[column("stays_granted")] = [a.granted_stays for a in accounts]
    columns[column("stays_used")] = [a.used_stays for a in accounts]
    if limited:
        columns[column("stays_left")] = [a.stays_left for a in accounts]
    return pd.DataFrame(columns)
