"""End to end in a real headless Chromium (Debian's): the planner opens the letters not sent yet
on Ønsker (the published demo's 450 decisions), makes the zip of them all in the background
(the progress bar shows while the page stays usable), downloads it, and the list empties; the
database then holds every letter as sent by the planner. Screenshots go to
``test-artifacts/``.

Without chromium or Playwright the test is skipped, except under ``CI=true``, where that is a
failure.
"""

from __future__ import annotations

import contextlib
import zipfile
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from scheduler.service.operations.letter_sending import unsent_letters
from scheduler.store.database import open_store
from scheduler.store.models import LetterRow
from tests.ui.browser import idle, open_app, open_page, shot

with contextlib.suppress(ImportError):  # the dev extras install it
    from playwright.sync_api import Browser, expect

LETTERS = 450
"""The published demo's decisions, one letter each."""


def test_the_planner_downloads_the_unsent_letters_and_the_list_empties(
    browser: Browser, served: tuple[str, str], tmp_path: Path
) -> None:
    url, database = served
    assert len(unsent_letters(open_store(database))) == LETTERS
    page = open_app(browser, url)
    open_page(page, "Ønsker")
    main = page.get_by_test_id("stMain")
    heading = main.get_by_role("heading", name="Breve der ikke er sendt")
    heading.scroll_into_view_if_needed()
    expect(main).to_contain_text(f"{LETTERS} breve venter på at blive sendt")
    page.wait_for_timeout(500)
    shot(page, "letters-unsent")

    main.get_by_role("button", name=f"Lav zip-fil med {LETTERS} breve").click()
    progress = main.get_by_test_id("stProgress")
    expect(progress).to_be_visible()
    progress.scroll_into_view_if_needed()
    shot(page, "letters-making")
    # the page stays usable while the letters are made: another section opens
    history = page.get_by_test_id("stExpander").filter(has_text="Historik for et ønske").first
    history.locator("summary").click()
    expect(history.get_by_role("combobox").first).to_be_visible()
    download_button = main.get_by_role("button", name=f"Hent {LETTERS} breve (zip)")
    expect(download_button).to_be_visible(timeout=180_000)
    idle(page)
    download_button.scroll_into_view_if_needed()
    shot(page, "letters-ready")
    with page.expect_download() as made:
        download_button.click()
    saved = tmp_path / "letters.zip"
    made.value.save_as(saved)
    with zipfile.ZipFile(saved) as archive:
        names = archive.namelist()
        assert archive.read(names[0]).startswith(b"%PDF")
    assert len(names) == LETTERS and all(name.endswith(".pdf") for name in names)

    expect(main).to_contain_text(f"{LETTERS} breve er markeret som sendt.")
    expect(main).to_contain_text("Alle breve er sendt.")
    idle(page)
    heading.scroll_into_view_if_needed()
    shot(page, "letters-sent")
    engine = open_store(database)
    assert unsent_letters(engine) == []
    with Session(engine) as session:
        senders = set(session.scalars(select(LetterRow.sent_by)))
    assert len(senders) == 1 and None not in senders
