"""End to end in a real headless Chromium (Debian's): the planner writes a handover note to the
centre on Ønsker, then anonymises on Borgere a person whose grant has ended, after the
confirmation (declined once first). The database is checked after each step; screenshots go
to ``test-artifacts/``.

Without chromium or Playwright the test is skipped, except under ``CI=true``, where that is a
failure.
"""

from __future__ import annotations

import contextlib
from datetime import date

from sqlalchemy.orm import Session

from scheduler.service.request_edit import handover_notes
from scheduler.service.versions import load_scenario
from scheduler.store.database import open_store
from scheduler.store.models import PersonRow
from tests.ui.browser import choose, idle, open_app, open_page, section
from tests.ui.browser import shot as take_shot

with contextlib.suppress(ImportError):  # the dev extras install it
    from playwright.sync_api import Browser, Locator, Page, expect

PERSON, REQUEST = "P0001", "R00194"
NOTE = "Kommer med rollator. Sover dårligt den første nat; datteren henter kl. 14."


def shot(page: Page, name: str, near: Locator) -> None:
    """A screenshot of the window with ``near`` scrolled into view."""
    near.scroll_into_view_if_needed()
    page.wait_for_timeout(400)  # let fades settle
    take_shot(page, f"e2e-privacy-{name}")


def test_note_then_anonymise(browser: Browser, served: tuple[str, str]) -> None:
    url, database = served
    engine = open_store(database)
    with Session(engine) as session, session.begin():  # the grant ended a month ago
        person = session.get(PersonRow, PERSON)
        assert person is not None
        person.grant_ended = date(2026, 10, 30)
    page = open_app(browser, url)
    name = load_scenario(engine).person_by_id[PERSON].name

    # the handover note on Ønsker
    open_page(page, "Ønsker")
    box = section(page, "Besked til centret (overlevering)")
    choose(page, "Ønske", REQUEST)
    box.get_by_role("textbox", name="Besked til centret").fill(NOTE)
    box.get_by_role("button", name="Gem beskeden").click()
    idle(page)
    expect(box.get_by_text(f"Beskeden til centret om ønske {REQUEST} er gemt.")).to_be_visible()
    shot(page, "note", box)
    assert handover_notes(engine, [REQUEST]) == {REQUEST: NOTE}

    # anonymising on Borgere: asked first; declined once, then done
    open_page(page, "Borgere")
    choose(page, "Vis borger", PERSON)
    box = section(page, "Anonymisér borgeren")
    expect(box.get_by_text("Bevillingen sluttede 30.10.2026.")).to_be_visible()
    box.get_by_role("button", name="Anonymisér …").click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text('erstattes af "Anonymiseret P0001"')
    shot(page, "confirm", dialog)
    dialog.get_by_role("button", name="Fortryd").click()
    idle(page)
    expect(page.get_by_role("dialog")).to_have_count(0)
    assert load_scenario(engine).person_by_id[PERSON].name == name

    box.get_by_role("button", name="Anonymisér …").click()
    page.get_by_role("dialog").get_by_role("button", name="Ja, anonymisér").click()
    idle(page)
    box = section(page, "Anonymisér borgeren")
    expect(box.get_by_text("Borgeren P0001 er anonymiseret")).to_be_visible()
    shot(page, "done", box)
    assert load_scenario(engine).person_by_id[PERSON].name == "Anonymiseret P0001"
    assert handover_notes(engine, [REQUEST]) == {REQUEST: "Anonymiseret P0001"}
    expect(page.get_by_test_id("stMain").get_by_text(name)).to_have_count(0)
