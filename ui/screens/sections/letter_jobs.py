"""Making many letters in the background (``ui.background``) while the page stays usable: one
job per section in the session's state, tagged with what it was made for; a progress bar redrawn
every second while it runs; the page run again when it ends, to offer what was made."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

import streamlit as st

from scheduler.i18n import t
from ui.background import BackgroundJob

POLL_SECONDS = 1.0
Report = Callable[[int, int], None]
"""The service's progress: (letters made, letters in all)."""
LetterJob = BackgroundJob[tuple[int, int], Any]
"""A batch of letters being made: progress (made, in all); outcome what the work returned."""


def start(key: str, tag: Hashable, make: Callable[[Report], object]) -> None:
    """Start ``make(progress)`` in the background as the job ``key``, made for ``tag``."""
    job = LetterJob(name="respite-letters")
    job.launch(lambda report: make(lambda made, total: report((made, total))))
    st.session_state[key] = (tag, job)


def job_of(key: str, tag: Hashable | None = None) -> LetterJob | None:
    """The job ``key`` of this session, if there is one (made for ``tag``, when given)."""
    kept: tuple[Hashable, LetterJob] | None = st.session_state.get(key)
    if kept is None or (tag is not None and kept[0] != tag):
        return None
    return kept[1]


def running(key: str) -> bool:
    """Whether the job ``key`` is still making letters."""
    job = job_of(key)
    return job is not None and job.running


def forget(key: str) -> None:
    """Drop the job ``key`` (what it made is no longer wanted)."""
    st.session_state.pop(key, None)


@st.fragment(run_every=POLL_SECONDS)
def watch(key: str, lang: str) -> None:
    """The job's progress bar, redrawn every second; runs the page again when it ends."""
    job = job_of(key)
    if job is None or not job.running:
        st.rerun()
        return
    if job.progress is None:
        st.progress(0.0, text=t("ui.letter_job.starting", lang))
        return
    made, total = job.progress
    st.progress(made / total, text=t("ui.letter_job.making", lang, made=made, total=total))
