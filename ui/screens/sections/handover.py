"""Ønsker: the case worker's note to the centre on one request (overlevering), what the
centre's staff most need to know about the stay. The centre's manager sees it with the
person's name and needs in the centre's own workbook and calendar. Saved at once, audited by
the request's id only; a note too long is refused at the field, nothing saved."""

from __future__ import annotations

import streamlit as st

from scheduler.domain.errors import UserError
from scheduler.i18n import t
from scheduler.service.request_edit import HANDOVER_NOTE_LENGTH, handover_notes, set_handover_note
from scheduler.service.views import PlanView
from ui.context import Context
from ui.screens.sections.casework_common import person_label, refusal_text, said, say

FORM = "handover"


def handover_section(ctx: Context, view: PlanView) -> None:
    """Choose a request and write, change or delete its note to the centre."""
    lang = ctx.lang
    scenario = view.scenario
    requests, persons = scenario.request_by_id, scenario.person_by_id
    box = st.expander(
        t("privacy.ui.note.title", lang),
        icon=":material/sticky_note_2:",
        key=f"{FORM}_box",
        on_change="rerun",
    )
    with box:
        if not box.open:  # its many choices are made only when it is opened
            said(FORM)
            return
        st.caption(t("privacy.ui.note.explain", lang))

        def label(rid: str) -> str:
            request = requests[rid]
            return f"{rid} · {person_label(persons[request.person_id])}"

        chosen = st.selectbox(
            t("privacy.ui.note.request", lang),
            list(requests),
            index=None,
            format_func=label,
            placeholder=t("ui.choose", lang),
            key=f"{FORM}_request",
        )
        if chosen is None:
            said(FORM)
            return
        stored = handover_notes(ctx.engine, [chosen]).get(chosen, "")
        with st.form(f"{FORM}_form_{chosen}"):
            text = st.text_area(
                t("privacy.ui.note.text", lang),
                value=stored,
                height=140,
                help=t("privacy.ui.note.help", lang, most=HANDOVER_NOTE_LENGTH),
                key=f"{FORM}_text_{chosen}",
            )
            submitted = st.form_submit_button(
                t("privacy.ui.note.save", lang), type="primary", icon=":material/save:"
            )
        said(FORM)
        if submitted:
            _save(ctx, chosen, text, stored)


def _save(ctx: Context, request_id: str, text: str, stored: str) -> None:
    """Store the note, or say why not (under the form)."""
    lang = ctx.lang
    if text.strip() == stored:
        st.info(t("privacy.ui.note.unchanged", lang), icon=":material/info:")
        return
    try:
        set_handover_note(ctx.engine, request_id, text, ctx.viewer.actor)
    except UserError as error:
        st.error(refusal_text(error, lang), icon=":material/error:")
        return
    key = "privacy.note.saved" if text.strip() else "privacy.note.cleared"
    say(FORM, "success", t(key, lang, request=request_id))
    st.rerun()
