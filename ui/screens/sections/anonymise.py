"""Borgere: anonymising a person whose grant has ended (personal data kept no longer than
needed), for a planner, with a confirmation first. While the grant runs the page says so and
offers nothing; once done it says when."""

from __future__ import annotations

from datetime import date

import streamlit as st

from scheduler.domain.errors import UserError
from scheduler.i18n import t
from scheduler.service.anonymise import (
    PrivacyState,
    anonymise_person,
    privacy_state,
    replacement_text,
)
from ui.context import Context
from ui.screens.sections.casework_common import refusal_text, said, say
from ui.screens.sections.confirm import Question, ask, dialog
from ui.words import day_text

KEY = "anonymise"


def anonymise_section(ctx: Context, person_id: str) -> None:
    """Where the person stands, and (a planner, an ended grant) the button that anonymises."""
    if not ctx.viewer.is_planner:
        return
    lang = ctx.lang
    state = privacy_state(ctx.engine, person_id)
    with st.expander(
        t("privacy.ui.title", lang), icon=":material/person_off:", key=f"{KEY}_box_{person_id}"
    ):
        said(KEY)
        st.caption(t("privacy.ui.explain", lang))
        today = date.today()
        if not _standing(state, today, lang):
            return
        if st.button(t("privacy.ui.button", lang), key=f"{KEY}_ask", icon=":material/person_off:"):
            ask(KEY, person_id)
        question = Question(
            t("privacy.ui.confirm_title", lang),
            t(
                "privacy.ui.confirm_text",
                lang,
                person=person_id,
                replacement=replacement_text(person_id),
            ),
            t("privacy.ui.confirm_yes", lang),
            t("privacy.ui.confirm_no", lang),
        )
        dialog(KEY, person_id, question, lambda: _anonymise(ctx, person_id, today))


def _standing(state: PrivacyState, today: date, lang: str) -> bool:
    """Say where the person stands; whether they may be anonymised now."""
    if state.anonymised_at is not None:
        at = day_text(state.anonymised_at.date(), lang)
        st.info(t("privacy.ui.done_before", lang, at=at), icon=":material/person_off:")
        return False
    if state.grant_ended is None:
        st.info(t("privacy.ui.running", lang), icon=":material/info:")
        return False
    ended = day_text(state.grant_ended, lang)
    if state.grant_ended > today:
        st.info(t("privacy.ui.ends_later", lang, ended=ended), icon=":material/info:")
        return False
    st.markdown(t("privacy.ui.ended", lang, ended=ended))
    return state.may_anonymise(today)


def _anonymise(ctx: Context, person_id: str, today: date) -> None:
    """Anonymise the person; the outcome is shown in the section after the rerun."""
    lang = ctx.lang
    try:
        done = anonymise_person(ctx.engine, person_id, ctx.viewer.actor, today)
    except UserError as error:
        say(KEY, "error", refusal_text(error, lang))
        return
    text = t(
        "privacy.anonymised",
        lang,
        person=done.person_id,
        replacement=done.replacement,
        requests=done.requests,
        letters=done.letters,
    )
    say(KEY, "success", text)
