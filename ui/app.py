"""The app's entry point: ``streamlit run ui/app.py``.

Every run: choose the language, find out who is using the app, offer the pages their role
may use (only those: the others are neither shown nor run, so their data is never loaded)
and run the chosen one.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from scheduler.i18n import t
from ui import cache, state
from ui.auth import auth_configured, demo_viewer_switch, logged_in_viewer
from ui.context import Context, set_current
from ui.roles import PAGES, PageId
from ui.screens.sections.reminders import sidebar_badges

SCREENS = Path(__file__).resolve().parent / "screens"
PAGE_FILES: dict[PageId, tuple[str, str, str]] = {
    PageId.CALENDAR: ("calendar.py", "kalender", ":material/calendar_month:"),
    PageId.OCCUPANCY: ("occupancy.py", "belaegning", ":material/bed:"),
    PageId.REQUESTS: ("requests.py", "oensker", ":material/list_alt:"),
    PageId.ACUTE: ("acute.py", "akut", ":material/emergency:"),
    PageId.PLANNING: ("planning.py", "planlaegning", ":material/play_circle:"),
    PageId.PERSONS: ("persons.py", "borgere", ":material/group:"),
    PageId.FOLLOWUPS: ("followups.py", "opfoelgning", ":material/event_repeat:"),
    PageId.VERSIONS: ("versions.py", "versioner", ":material/history:"),
    PageId.DAY_CENTRE: ("day_centre.py", "dagcenter", ":material/groups:"),
}


def main() -> None:
    st.set_page_config(page_title="Respite", page_icon=":material/bed:", layout="wide")
    lang = state.language_switch()
    engine = state.engine()
    if auth_configured():
        viewer = logged_in_viewer(lang)
    else:
        viewer = demo_viewer_switch(lang, *cache.stay_and_day_centres(engine))
    set_current(Context(engine, viewer, lang))
    sidebar_badges(Context(engine, viewer, lang))
    pages = []
    for page in PAGES[viewer.role]:
        file, url_path, icon = PAGE_FILES[page]
        pages.append(
            st.Page(
                SCREENS / file,
                title=t(f"ui.page.{page.value}", lang),
                url_path=url_path,
                icon=icon,
                default=page is PageId.CALENDAR,
            )
        )
    chosen = st.navigation(pages)
    chosen.run()


main()
