"""Input faults on screen: a table of file, row, column, value and message."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from scheduler.domain.faults import ScenarioError
from scheduler.i18n import t
from scheduler.io.fault_text import fault_table

FAULT_COLUMNS = ("file", "row", "column", "value", "message")


def show_faults(error: ScenarioError, lang: str) -> None:
    """The faults as a table (file, row, column, value, message) under an error line."""
    st.error(t("ui.faults", lang, count=len(error.faults)))
    rows = fault_table(error.faults, lang)
    st.dataframe(
        pd.DataFrame({t(f"ui.fault.{c}", lang): [row[c] for row in rows] for c in FAULT_COLUMNS}),
        hide_index=True,
    )
