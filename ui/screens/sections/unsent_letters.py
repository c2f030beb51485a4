"""Ønsker: the letters not sent yet ("Breve der ikke er sendt"), each decision's letter as the
app recorded it. All of them download as one zip of PDFs, made in the background with a progress
bar while the page stays usable; they are marked sent when the zip is downloaded. One letter can
be previewed, downloaded and marked sent on its own."""

from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from scheduler.i18n import LANGUAGES, t
from scheduler.service.errors import UserError
from scheduler.service.operations.letter_sending import (
    UnsentLetter,
    mark_sent,
    recorded_letter,
    unsent_letters,
    unsent_zip_bytes,
)
from ui import cache
from ui.context import Context
from ui.screens.sections import letter_jobs
from ui.screens.sections.casework_common import refusal_text, said, say
from ui.screens.sections.letters import FORMATS, MIME, download_buttons, preview
from ui.words import moment_text

JOB_KEY = "unsent_letters_job"
"""The job making the zip; its outcome is the zip and the ids of the letters in it."""
PLACE = "unsent_letters"
"""Where the section's messages are shown."""


def _counted(key: str, count: int, lang: str) -> str:
    """The message ``key`` for ``count`` letters (its ``.one`` form for a single letter)."""
    return t(f"{key}.one", lang) if count == 1 else t(key, lang, count=count)


def _kind(kind: str, lang: str) -> str:
    return t(f"ui.unsent.kind.{kind}", lang)


def _person(letter: UnsentLetter) -> str:
    return f"{letter.person_name} ({letter.person_id})" if letter.person_name else letter.person_id


def _table(letters: list[UnsentLetter], lang: str) -> None:
    rows = [
        {
            t("ui.unsent.col.number", lang): letter.letter_id,
            t("ui.unsent.col.kind", lang): _kind(letter.kind, lang),
            t("ui.unsent.col.person", lang): _person(letter),
            t("ui.unsent.col.request", lang): letter.request_id or "",
            t("ui.unsent.col.made", lang): moment_text(letter.made_at, lang),
            t("ui.unsent.col.by", lang): letter.made_by,
        }
        for letter in letters
    ]
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", key="unsent_table")


def _sent(ctx: Context, ids: list[int]) -> None:
    """Mark the downloaded letters sent (the download button's callback)."""
    lang = ctx.lang
    letter_jobs.forget(JOB_KEY)
    try:
        count = mark_sent(ctx.engine, ids, ctx.viewer.actor)
    except UserError as error:
        say(PLACE, "error", refusal_text(error, lang))
        return
    if count:
        say(PLACE, "success", _counted("ui.unsent.marked", count, lang))
    else:
        say(PLACE, "info", t("ui.unsent.already", lang))


def _bulk(ctx: Context, count: int) -> None:
    """The zip of every unsent letter: made in the background, then downloaded (which marks
    them sent)."""
    lang = ctx.lang
    running = letter_jobs.running(JOB_KEY)
    left, right = st.columns([2, 3], vertical_alignment="bottom")
    letters_lang = left.radio(
        t("ui.unsent.language", lang),
        LANGUAGES,
        format_func=lambda code: t(f"ui.unsent.language.{code}", lang),
        horizontal=True,
        key="unsent_language",
        disabled=running,
    )
    if right.button(
        _counted("ui.unsent.make", count, lang),
        key="unsent_make",
        icon=":material/folder_zip:",
        disabled=running,
    ):
        letter_jobs.start(
            JOB_KEY, letters_lang, partial(unsent_zip_bytes, ctx.engine, letters_lang)
        )
        st.rerun()
    job = letter_jobs.job_of(JOB_KEY)
    if running:
        letter_jobs.watch(JOB_KEY, lang)
    elif job is not None and job.error is not None:
        st.error(t("ui.unsent.failed", lang), icon=":material/error:")
    elif job is not None and job.outcome is not None:
        data, ids = job.outcome
        st.download_button(
            _counted("ui.unsent.download", len(ids), lang),
            data=data,
            file_name=t("ui.unsent.zip_name", lang),
            mime=MIME[".zip"],
            on_click=partial(_sent, ctx, ids),
            key="unsent_download",
            icon=":material/download:",
            type="primary",
        )
        st.caption(t("ui.unsent.download_marks", lang))


def _label(letter: UnsentLetter, lang: str) -> str:
    request = f" · {letter.request_id}" if letter.request_id else ""
    return t(
        "ui.unsent.label",
        lang,
        number=letter.letter_id,
        kind=_kind(letter.kind, lang),
        person=_person(letter),
        request=request,
    )


def _one(ctx: Context, letters: list[UnsentLetter]) -> None:
    """One letter: its download (PDF, HTML), a preview, and marking it sent."""
    lang = ctx.lang
    by_id = {letter.letter_id: letter for letter in letters}
    chosen = st.selectbox(
        t("ui.unsent.one", lang),
        list(by_id),
        index=None,
        format_func=lambda number: _label(by_id[number], lang),
        key="unsent_one",
        placeholder=t("ui.choose", lang),
    )
    if chosen is None:
        return
    letter = partial(recorded_letter, ctx.engine, chosen)
    columns = st.columns(len(FORMATS) + 1)
    download_buttons(columns, letter, by_id[chosen].file_stem, "unsent_one", lang)
    columns[-1].button(
        t("ui.unsent.mark_one", lang),
        key="unsent_mark_one",
        icon=":material/mark_email_read:",
        on_click=partial(_sent, ctx, [chosen]),
    )
    preview(letter, "unsent_preview", lang)


def unsent_letters_section(ctx: Context) -> None:
    """The letters not sent yet: their list, the zip of them all, and one at a time."""
    lang = ctx.lang
    # kept until the next write to the store (making or sending a letter is one)
    letters = cache.keyed(ctx.engine, "unsent_letters", lambda: unsent_letters(ctx.engine))
    st.subheader(t("ui.unsent.title", lang), anchor=False)
    said(PLACE)
    if not letters:
        st.caption(t("ui.unsent.none", lang))
        return
    st.caption(_counted("ui.unsent.explain", len(letters), lang))
    _table(letters, lang)
    _bulk(ctx, len(letters))
    _one(ctx, letters)
