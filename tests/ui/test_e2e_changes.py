"""End to end in a real headless Chromium (Debian's): the upload with a preview (a workbook of
new and changed requests only, shown before anything is written, then imported; one that would
break a promise, refused), the acute stay in two steps (the options, nothing saved; then the
option chosen booked), the history of a cancelled stay, the Versioner page with a superseded
draft, and switching language with the role and the filters kept. The database is checked
after each step; screenshots go to ``test-artifacts/``.

Without chromium or Playwright the tests are skipped, except under ``CI=true``, where that is
a failure.
"""

from __future__ import annotations

import contextlib
import io
from datetime import date

import openpyxl

from scheduler.service.operations import cancel, insert_acute
from scheduler.service.planning import make_plan
from scheduler.service.versions import VersionOrigin, list_versions, load_plan, load_scenario
from scheduler.store.database import open_store
from tests.ui.browser import add_choice, choose, idle, open_app, open_page
from tests.ui.browser import shot as take_shot

with contextlib.suppress(ImportError):  # the dev extras install it
    from playwright.sync_api import Browser, Page, expect


def shot(page: Page, name: str, at: str | None = None) -> None:
    """A screenshot of the window, scrolled to the text ``at`` (Streamlit draws what is below
    the window only when it is scrolled to, so a whole-page shot would show placeholders)."""
    if at is not None:
        page.get_by_test_id("stMain").get_by_text(at).first.scroll_into_view_if_needed()
    page.wait_for_timeout(400)  # let tabs and fades settle
    take_shot(page, f"e2e-changes-{name}")


def _workbook(rows: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "requests"
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


HEADER = ["request_id", "person_id", "received", "start", "end", "flex_days", "priority"]


def _upload(page: Page, name: str, data: bytes) -> None:
    main = page.get_by_test_id("stMain")
    if not main.get_by_test_id("stFileUploaderDropzone").is_visible():
        main.get_by_text("Indlæs ønsker og data").click()
    main.locator('input[type="file"]').set_input_files(
        files=[{"name": name, "mimeType": "application/octet-stream", "buffer": data}]
    )
    idle(page)
    main.get_by_role("button", name="Vis hvad der ændres").click()
    idle(page)


def test_an_upload_is_previewed_then_imported(browser: Browser, served: tuple[str, str]) -> None:
    url, database = served
    engine = open_store(database)
    before = load_scenario(engine)
    changed = before.request_by_id["R00002"]
    rows = [
        HEADER,
        ["R90001", "P0001", "2027-02-01", "2027-10-04", "2027-10-11", 0, 0],
        [
            changed.request_id,
            changed.person_id,
            changed.received.isoformat(),
            changed.start.isoformat(),
            changed.end.isoformat(),
            changed.flex_days,
            2,
        ],
    ]
    page = open_app(browser, url)
    main = page.get_by_test_id("stMain")
    open_page(page, "Ønsker")
    _upload(page, "nye-oensker.xlsx", _workbook(rows))
    expect(main.get_by_text("dette vil indlæsningen gøre. Intet er gemt endnu.")).to_be_visible()
    expect(main.get_by_role("tab", name="Nye (1)")).to_be_visible()
    expect(main.get_by_role("tab", name="Ændringer (1)")).to_be_visible()
    assert "R90001" not in load_scenario(engine).request_by_id, "nothing is written yet"
    shot(page, "01-upload-preview")
    main.get_by_role("tab", name="Ændringer (1)").click()
    shot(page, "02-upload-changes")
    main.get_by_role("button", name="Indlæs ændringerne").click()
    expect(main.get_by_text("Indlæst.")).to_be_visible()
    idle(page)
    shot(page, "03-upload-done")
    after = load_scenario(engine)
    assert after.request_by_id["R90001"].person_id == "P0001"
    assert after.request_by_id["R00002"].priority == 2
    assert len(after.persons) == len(before.persons)

    granted = load_plan(engine).stays[0]
    request = after.request_by_id[granted.request_id]
    moved = [
        HEADER,
        [
            request.request_id,
            request.person_id,
            request.received.isoformat(),
            "2027-11-01",
            "2027-11-08",
            0,
            request.priority,
        ],
    ]
    _upload(page, "flyt.xlsx", _workbook(moved))
    expect(main.get_by_text("Filen kan ikke indlæses")).to_be_visible()
    expect(main.get_by_role("button", name="Indlæs ændringerne")).to_be_disabled()
    main.get_by_role("tab", name="Brudte løfter (1)").click()
    shot(page, "04-upload-refused", at="Filen kan ikke indlæses")
    assert load_scenario(engine).request_by_id[granted.request_id].start == request.start
    page.close()


def test_an_acute_stay_in_two_steps(browser: Browser, served: tuple[str, str]) -> None:
    url, database = served
    engine = open_store(database)
    page = open_app(browser, url)
    main = page.get_by_test_id("stMain")
    open_page(page, "Akut")
    choose(page, "Borger", "Borger 0004 (P0004)")
    page.get_by_role("spinbutton", name="day, Første nat").click()
    page.keyboard.type("12072027")
    page.keyboard.press("Escape")
    page.get_by_role("button", name="Find muligheder").click()
    expect(main.get_by_text("Ingen plads i de ønskede dage")).to_be_visible()
    later = main.get_by_text("Book den tidligste senere dato")
    expect(later).to_be_visible()
    expect(main.get_by_text("Sæt på ventelisten")).to_be_visible()
    idle(page)
    shot(page, "05-acute-options", at="Hvad vil du booke?")
    assert [v.number for v in list_versions(engine)] == [1], "nothing saved before the choice"

    main.get_by_role("button", name="Book det valgte").click()
    expect(main.get_by_text("Vælg en af mulighederne.")).to_be_visible()
    later.click()
    idle(page)
    main.get_by_role("button", name="Book det valgte").click()
    placed = main.get_by_text("er bevilget til Borger 0004 (P0004)")
    expect(placed).to_be_visible()
    expect(placed).to_contain_text("13.09.2027 – 27.09.2027")
    expect(main.get_by_role("button", name="Hent brev (PDF)")).to_be_visible()
    idle(page)
    shot(page, "06-acute-booked", at="er bevilget til")
    versions = list_versions(engine)
    assert [v.number for v in versions] == [1, 2] and versions[-1].origin is VersionOrigin.ACUTE
    acute = [r for r in load_scenario(engine).requests if r.request_id.startswith("A-")]
    assert len(acute) == 1 and acute[0].start == date(2027, 9, 13)
    page.close()


def test_history_versions_and_a_superseded_draft(browser: Browser, served: tuple[str, str]) -> None:
    url, database = served
    engine = open_store(database)
    make_plan(engine, 10, "planner-a", method="greedy")
    insert_acute(engine, "P0001", date(2027, 1, 4), "planner-b")
    cancel(engine, "R00001", "planner-b")
    page = open_app(browser, url)
    main = page.get_by_test_id("stMain")

    open_page(page, "Planlægning")
    expect(main.get_by_text("er forældet")).to_be_visible()
    expect(main.get_by_role("button", name="Lav en ny plan nu")).to_be_visible()
    shot(page, "07-planning-superseded")

    open_page(page, "Versioner")
    expect(main.get_by_text("ophold aflyst").first).to_be_visible()
    shot(page, "08-versions")

    open_page(page, "Ønsker")
    main.get_by_text("Historik for et ønske").click()
    choose(page, "Ønske", "R00001")
    expect(main.get_by_text("Aflyst / udgået").first).to_be_attached()  # a table cell
    shot(page, "09-request-history", at="Historik for et ønske")
    page.close()


def test_switching_language_keeps_the_role_and_the_filters(
    browser: Browser, served: tuple[str, str]
) -> None:
    url, _ = served
    page = open_app(browser, url)
    main = page.get_by_test_id("stMain")
    open_page(page, "Ønsker")
    add_choice(page, page.get_by_role("combobox", name="Status", exact=True), "Afvist")
    idle(page)
    page.get_by_role("combobox", name="Sprog").click()
    page.get_by_role("option", name="English").click()
    expect(page.get_by_role("heading", name="Requests", level=1)).to_be_visible()
    idle(page)
    filters = main.get_by_test_id("stMultiSelect").first
    expect(filters).to_contain_text("Rejected")
    expect(page.get_by_role("radio", name="Planner (Visitationen)")).to_be_checked()
    shot(page, "10-english-keeps-filters")
    page.get_by_text("Centre manager").click()
    idle(page)
    page.get_by_role("combobox", name="Language").click()
    page.get_by_role("option", name="Dansk").click()
    expect(page.get_by_role("heading", name="Kalender", level=1)).to_be_visible()
    idle(page)
    expect(page.get_by_role("radio", name="Leder af aflastningssted")).to_be_checked()
    page.close()
