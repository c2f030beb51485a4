"""Borgere: the carer (pårørende) of one person, who receives the decision letters, and
whether the person pays no own payment; a planner may edit both (saved at once, logged)."""

from __future__ import annotations

import re

import streamlit as st

from scheduler.domain.faults import ScenarioError
from scheduler.domain.model import Person
from scheduler.i18n import t
from scheduler.service.person_edit import CARER_NAME_LENGTH, edit_person
from ui.context import Context
from ui.faults import show_faults
from ui.screens.sections.casework_common import said, say

CARER_PLACE = "carer"
"""Where the message of an edit is shown: under its form."""
_MARKUP = re.compile(r"([!-/:-@\[-`{-~])")
"""ASCII punctuation, which Markdown (and Streamlit's colour and icon codes) may read as markup."""


def plain(text: str) -> str:
    """``text`` shown as it is in Markdown: every ASCII punctuation mark escaped."""
    return _MARKUP.sub(r"\\\1", text)


def carer_lines(person: Person, lang: str) -> None:
    """The carer's name (or that none is given) and the payment exemption, if any."""
    name = plain(person.carer_name) if person.carer_name else t("ui.persons.no_carer", lang)
    st.markdown(t("ui.persons.carer", lang, name=name))
    if person.payment_exempt:
        st.caption(t("ui.persons.exempt", lang))


def carer_section(ctx: Context, person: Person) -> None:
    """The person's carer and exemption, and (for a planner) a form to edit them."""
    lang = ctx.lang
    carer_lines(person, lang)
    if not ctx.viewer.is_planner:
        return
    pid = person.person_id
    with st.expander(t("ui.persons.edit.title", lang), icon=":material/edit:"):
        st.caption(t("ui.persons.edit.explain", lang))
        with st.form(f"person_edit_{pid}"):
            name = st.text_input(
                t("ui.persons.edit.carer", lang),
                value=person.carer_name,
                max_chars=CARER_NAME_LENGTH,
                key=f"person_carer_{pid}",
            )
            exempt = st.checkbox(
                t("ui.persons.edit.exempt", lang),
                value=person.payment_exempt,
                key=f"person_exempt_{pid}",
            )
            submitted = st.form_submit_button(t("ui.persons.edit.save", lang), type="primary")
        said(CARER_PLACE)
        if not submitted:
            return
        if (name.strip(), exempt) == (person.carer_name, person.payment_exempt):
            st.info(t("ui.edit.unchanged", lang))
            return
        try:
            edit_person(ctx.engine, pid, name, exempt, ctx.viewer.actor)
        except ScenarioError as error:
            show_faults(error, lang)
            return
        say(CARER_PLACE, "success", t("ui.persons.edit.done", lang, person=pid))
        st.rerun()
