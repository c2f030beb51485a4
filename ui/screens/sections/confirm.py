"""A confirmation dialog that stays open across runs until confirmed, declined or closed.

A page opens it with ``ask(key, token)`` (from a button) and draws it on every run with
``dialog``; ``token`` names what is to be confirmed (a version, a request), so a dialog opened
for one thing never confirms another.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st


@dataclass(frozen=True)
class Question:
    """The dialog's texts: title, question and the labels of its two buttons."""

    title: str
    text: str
    yes: str
    no: str


def _state_key(key: str) -> str:
    return f"{key}_confirming"


def ask(key: str, token: str) -> None:
    """Open the dialog ``key`` for ``token``."""
    st.session_state[_state_key(key)] = token


def dialog(key: str, token: str, question: Question, act: Callable[[], None]) -> None:
    """Draw the dialog ``key`` if it is open for ``token``; on yes, close it, run ``act`` and
    rerun. Its buttons have the keys ``<key>_confirm`` and ``<key>_cancel``."""
    state_key = _state_key(key)
    if st.session_state.get(state_key) != token:
        return

    def close() -> None:
        st.session_state.pop(state_key, None)

    def body() -> None:
        st.write(question.text)
        left, right = st.columns(2)
        if right.button(question.no, key=f"{key}_cancel"):
            close()
            st.rerun()
        if left.button(question.yes, type="primary", key=f"{key}_confirm"):
            close()
            act()
            st.rerun()

    st.dialog(question.title, on_dismiss=close)(body)()
