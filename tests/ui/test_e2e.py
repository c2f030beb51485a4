"""End to end in a real headless Chromium (Debian's, never a downloaded browser): the app on a
free port with a temporary database, every page, a solve, a publication, and the centre
manager's view; on a published plan an acute stay (its options first, then booked), a
cancellation and a booking from the waiting list (each confirmed) and a decision letter.
Screenshots go to ``test-artifacts/``.

Without chromium or Playwright the test is skipped, except under ``CI=true``, where that is a
failure.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.browser import choose, idle, open_app, open_page, serve
from tests.ui.browser import shot as take_shot
from tests.ui.helpers import DEMO
from ui.seed import seed

with contextlib.suppress(ImportError):  # the dev extras install it
    from playwright.sync_api import Browser, Page, expect


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app serving a temporary database seeded with the demo."""
    database = f"sqlite:///{tmp_path_factory.mktemp('e2e') / 'respite.db'}"
    seed(database, DEMO)
    with serve(database) as url:
        yield url


@pytest.fixture(scope="module")
def published_app_url(demo_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app serving a copy of the demo with a published plan (version 1)."""
    copy = tmp_path_factory.mktemp("e2e-published") / "respite.db"
    shutil.copy(demo_store, copy)
    with serve(f"sqlite:///{copy}") as url:
        yield url


def shot(page: Page, name: str) -> None:
    take_shot(page, f"e2e-{name}")


def test_a_planner_plans_and_publishes_and_a_manager_sees_one_centre(
    browser: Browser, app_url: str
) -> None:
    page = open_app(browser, app_url)
    main = page.get_by_test_id("stMain")

    expect(page.get_by_role("heading", name="Kalender", level=1)).to_be_visible()
    expect(main.get_by_text("Testcenter Nord (4 senge)")).to_be_visible()
    expect(page.get_by_text("DEMO – rolleskift")).to_be_visible()
    shot(page, "01-kalender-empty")

    open_page(page, "Planlægning")
    page.get_by_label("Tidsgrænse (sekunder)").fill("6")
    page.get_by_label("Tidsgrænse (sekunder)").press("Enter")
    idle(page)
    page.get_by_role("button", name="Lav ny plan").click()
    progress = page.get_by_test_id("stProgress")
    expect(progress).to_be_visible()
    expect(progress).to_contain_text("af 6 s")
    shot(page, "02-planning-progress")
    expect(main.get_by_text("Ny kladde: planversion 1")).to_be_visible()
    idle(page)
    expect(main.get_by_text("Ingen ledig plads i perioden")).to_be_visible()
    shot(page, "03-planning-draft")

    page.get_by_role("button", name="Offentliggør planversion 1").click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text("lovet familierne")
    confirm = dialog.get_by_role("button", name="Ja, offentliggør")
    expect(confirm).to_be_visible()
    shot(page, "04-publish-confirm")
    confirm.click()
    expect(main.get_by_text("Planversion 1 er offentliggjort.")).to_be_visible()
    idle(page)
    shot(page, "05-published")

    open_page(page, "Kalender")
    bars = main.locator(".js-plotly-plot .barlayer .point")
    expect(bars.first).to_be_visible()
    assert bars.count() > 100
    expect(main.get_by_text("Testcenter Syd (3 senge)")).to_be_visible()
    shot(page, "06-kalender")

    for title, slug, seen in (
        ("Belægning", "belaegning", "Ankomster og afrejser"),
        ("Ønsker", "oensker", "Indlæs ønsker og data"),
        ("Borgere", "borgere", "Vis borger"),
    ):
        open_page(page, title)
        expect(main.get_by_text(seen).first).to_be_visible()
        shot(page, f"07-{slug}")

    page.get_by_text("Leder af aflastningssted").click()
    idle(page)
    expect(page.get_by_role("heading", name="Kalender", level=1)).to_be_visible()
    expect(main.get_by_text("Testcenter Nord (4 senge)")).to_be_visible()
    expect(main.get_by_text("Testcenter Syd")).to_have_count(0)
    nav = page.get_by_test_id("stSidebarNav")
    expect(nav.get_by_text("Ønsker")).to_have_count(0)
    expect(nav.get_by_text("Planlægning")).to_have_count(0)
    expect(main.locator(".js-plotly-plot")).to_have_count(1)
    shot(page, "08-centre-manager")
    page.close()


def test_a_planner_places_cancels_books_and_writes_a_letter(
    browser: Browser, published_app_url: str
) -> None:
    page = open_app(browser, published_app_url)
    main = page.get_by_test_id("stMain")

    open_page(page, "Akut")
    choose(page, "Borger", "Borger 0001 (P0001)")
    page.get_by_role("spinbutton", name="day, Første nat").click()
    page.keyboard.type("01012027")
    page.keyboard.press("Escape")  # the date picker's calendar opened with the click
    expect(page.get_by_role("spinbutton", name="year, Første nat")).to_have_text("2027")
    page.get_by_role("button", name="Find muligheder").click()
    expect(main.get_by_text("Der er plads i de ønskede dage.")).to_be_visible()
    idle(page)
    main.get_by_role("button", name="Book det valgte").click()
    placed = main.get_by_text("er bevilget til Borger 0001 (P0001)")
    expect(placed).to_be_visible()
    expect(placed).to_contain_text("01.01.2027 – 15.01.2027")
    expect(main.get_by_role("button", name="Hent brev (PDF)")).to_be_visible()
    idle(page)
    shot(page, "10-akut-placed")

    open_page(page, "Ønsker")
    expect(main.get_by_text("0 over sagsbehandlingsfristen")).to_be_visible()
    expect(main.get_by_text("Ventelisten er tom")).to_be_visible()
    main.get_by_text("Aflys et ophold").click()
    choose(page, "Bevilget ønske", "R00001")
    main.get_by_role("button", name="Aflys ønske R00001 …").click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text("kan ikke fortrydes")
    shot(page, "11-cancel-confirm")
    dialog.get_by_role("button", name="Ja, aflys").click()
    expect(main.get_by_text("Ønske R00001 er aflyst")).to_be_visible()
    idle(page)
    book = main.get_by_role("button", name="Book")
    expect(book.first).to_be_visible()
    main.get_by_role("heading", name="Venteliste").scroll_into_view_if_needed()
    shot(page, "12-waiting-list")
    offer = main.get_by_text("1. R").first.inner_text()
    first = offer.split("·")[0].removeprefix("1.").strip()
    book.first.click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text("Vil du booke det?")
    dialog.get_by_role("button", name="Ja, book").click()
    expect(main.get_by_text(f"Ønske {first} er bevilget")).to_be_visible()
    idle(page)
    shot(page, "13-booked")

    main.get_by_text("Afgørelsesbreve").click()
    choose(page, "Brev om ønske", first)
    with page.expect_download() as download:
        main.get_by_role("button", name="Hent brev (PDF)").click()
    assert Path(download.value.path()).read_bytes().startswith(b"%PDF")
    assert download.value.suggested_filename == f"{first}.pdf"
    main.get_by_text("Vis brevet").click()
    expect(main.locator("iframe")).to_be_visible()
    idle(page)
    main.get_by_text("Afgørelsesbreve").scroll_into_view_if_needed()
    shot(page, "14-letter")
    page.close()
