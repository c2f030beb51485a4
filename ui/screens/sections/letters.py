"""Ønsker: the decision letter of one request (PDF, HTML, a preview) and the letters of the
requests shown, at once, as a zip. The service writes them from the published plan."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

import streamlit as st
import streamlit.components.v1 as components
from streamlit.delta_generator import DeltaGenerator

from scheduler.i18n import t
from scheduler.service.operations import letters_zip_bytes, render_letter
from scheduler.service.views import PlanView
from ui.context import Context
from ui.screens.sections import letter_jobs
from ui.screens.sections.published import request_label

FORMATS = {".pdf": "PDF", ".html": "HTML"}
MIME = {".pdf": "application/pdf", ".html": "text/html", ".zip": "application/zip"}
ZIP_KEY = "letters_zip_made"
PREVIEW_HEIGHT = 640


def letter_buttons(ctx: Context, view: PlanView, request_id: str) -> None:
    """Download buttons for the letter on ``request_id`` (PDF and HTML, made when clicked) and
    a preview; nothing when ``view``, the published plan, has not decided the request."""
    if request_id not in view.plan.by_request:
        return
    lang = ctx.lang
    letter = partial(render_letter, ctx.engine, request_id, lang=lang)
    download_buttons(st.columns(len(FORMATS)), letter, request_id, "letter", lang)
    preview(letter, "letter_preview", lang)


def download_buttons(
    columns: Sequence[DeltaGenerator],
    letter: Callable[[str], bytes],
    stem: str,
    key: str,
    lang: str,
) -> None:
    """A download button per format in ``columns`` (the letter made when clicked, as
    ``letter(suffix)``), named ``stem`` plus the suffix."""
    for column, suffix in zip(columns, FORMATS, strict=False):
        name = suffix.replace(".", "_")
        column.download_button(
            t(f"ui.letters{name}", lang),
            data=partial(letter, suffix),
            file_name=f"{stem}{suffix}",
            mime=MIME[suffix],
            on_click="ignore",
            key=f"{key}{name}",
            icon=":material/download:",
        )


def preview(letter: Callable[[str], bytes], key: str, lang: str) -> None:
    """The letter as a page on this one, behind a toggle."""
    if st.toggle(t("ui.letters.preview", lang), key=key):
        components.html(letter(".html").decode("utf-8"), height=PREVIEW_HEIGHT, scrolling=True)


def _one_letter(ctx: Context, view: PlanView, decided: list[str]) -> None:
    lang = ctx.lang
    chosen = st.selectbox(
        t("ui.letters.request", lang),
        decided,
        index=None,
        format_func=lambda rid: request_label(view, rid),
        key="letters_request",
        placeholder=t("ui.choose", lang),
    )
    if chosen is not None:
        letter_buttons(ctx, view, chosen)


def _all_letters(ctx: Context, view: PlanView, decided: list[str]) -> None:
    """Write the letters into a zip on request (PDFs take a while), then offer the download
    while the requests, the format, the language and the plan version are the same."""
    lang = ctx.lang
    count = len(decided)
    st.caption(t("ui.letters.filtered", lang, count=count))
    if not decided:
        return
    suffix = st.radio(
        t("ui.letters.format", lang),
        list(FORMATS),
        format_func=FORMATS.__getitem__,
        horizontal=True,
        key="letters_format",
    )
    version = view.version.number if view.version else None
    made_for = (tuple(decided), suffix, lang, version)
    running = letter_jobs.running(ZIP_KEY)
    if st.button(
        t("ui.letters.make_zip", lang, count=count), key="letters_make_zip", disabled=running
    ):
        make = partial(letters_zip_bytes, ctx.engine, decided, suffix, None, lang)
        letter_jobs.start(ZIP_KEY, made_for, make)
        st.rerun()
    job = letter_jobs.job_of(ZIP_KEY, made_for)
    if running:
        letter_jobs.watch(ZIP_KEY, lang)
    elif job is not None and job.error is not None:
        st.error(t("ui.letter_job.failed", lang), icon=":material/error:")
    elif job is not None and job.outcome is not None:
        st.download_button(
            t("ui.letters.zip", lang, count=count),
            data=job.outcome,
            file_name=t("ui.letters.zip_name", lang),
            mime=MIME[".zip"],
            on_click="ignore",
            key="letters_zip",
            icon=":material/folder_zip:",
            type="primary",
        )


def letters_section(ctx: Context, view: PlanView, shown: Sequence[str]) -> None:
    """Letters on the requests ``shown`` (by the page's filters) that ``view``, the published
    plan, has decided."""
    box = st.expander(
        t("ui.letters.title", ctx.lang),
        icon=":material/mail:",
        key="letters_box",
        on_change="rerun",
    )
    with box:
        if not box.open:  # its many choices are made only when it is opened
            return
        decided = [rid for rid in shown if rid in view.plan.by_request]
        st.caption(t("ui.letters.explain", ctx.lang))
        _one_letter(ctx, view, decided)
        st.divider()
        _all_letters(ctx, view, decided)
