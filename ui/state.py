"""Per-session UI state and the one shared resource, the store's engine.

Nothing but the engine and the views of the store (``ui.cache``, renewed with every change)
outlives a session; a session keeps only its own choices (language, demo role, filters) and its
running solve. Messages are shown next to the button that caused them
(``ui.screens.sections.casework_common.say``).
"""

from __future__ import annotations

import streamlit as st
from sqlalchemy import Engine

from scheduler.i18n import LANGUAGES, t
from scheduler.service.connection import database_url, open_store

LANG_KEY = "lang"


@st.cache_resource(show_spinner=False)
def _engine(url: str) -> Engine:
    return open_store(url)


def engine() -> Engine:
    """The store at ``RESPITE_DB`` (default ``sqlite:///respite.db``), migrated if SQLite."""
    return _engine(database_url())


def language() -> str:
    """The language chosen in the sidebar (Danish until another is chosen)."""
    chosen = st.session_state.get(LANG_KEY, LANGUAGES[0])
    return chosen if chosen in LANGUAGES else LANGUAGES[0]


LINGUAL_KEY = "lingual_keys"


def lingual(key: str) -> str:
    """Register ``key`` as a choice shown in words of the language (a role, a status …), so
    that switching language keeps it; returns ``key`` (for the widget's ``key=``)."""
    keys: set[str] = st.session_state.setdefault(LINGUAL_KEY, set())
    keys.add(key)
    return key


def _redraw_choices() -> None:
    """After the language changed: hand every choice registered with ``lingual`` back to the
    browser.

    The browser keeps a choice by the words it was shown in; once they are shown in the other
    language it no longer finds them, shows nothing chosen and would send the choice back
    lost. Set anew through the session state, each choice is sent to the browser again and
    shown in the new words.
    """
    for key in st.session_state.get(LINGUAL_KEY, set()):
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


def language_switch() -> str:
    """The sidebar's language choice; returns the language. Switching keeps every choice made
    (the role, the filters …)."""
    st.sidebar.selectbox(
        t("ui.language", language()),
        LANGUAGES,
        key=LANG_KEY,
        format_func=lambda code: t(f"ui.language.{code}", code),
        on_change=_redraw_choices,
    )
    return language()
