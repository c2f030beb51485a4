"""Day centres and relief at home end to end in a real headless Chromium (Debian's, never a
downloaded browser), on the demo with both services stored and the day-centre places allocated.

The planner sees each day centre's week grid beside the beds in Belægning (and no day centre
among the bed centres), the relief visits of a week in Kalender, and a person's three services
on Borgere; the leader of a day centre (the demo's role switch) sees only their centre: its
week and who comes. Screenshots go to ``test-artifacts/daycentre_*.png``.

Without chromium or Playwright the test is skipped, except under ``CI=true``, where that is a
failure.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from scheduler.service.services_view import services_view
from scheduler.store.database import open_store
from tests.ui.browser import choose, idle, open_app, open_page, serve
from tests.ui.browser import shot as take_shot
from tests.ui.services_store import services_store

__all__ = ["services_store"]  # fixture

with contextlib.suppress(ImportError):  # the dev extras install it
    from playwright.sync_api import Browser, Page, expect

WEEK = date(2027, 3, 10)  # a day of week 10, when both day centres are open every weekday
PERSON = "P0002"


@pytest.fixture(scope="module")
def served(services_store: Path) -> Iterator[str]:
    """The app on the demo with both services (nothing is changed, so one copy serves all)."""
    with serve(f"sqlite:///{services_store}") as url:
        yield url


def shot(page: Page, name: str, at: str | None = None) -> None:
    """A screenshot ``daycentre_<name>``, the window scrolled to the text ``at``."""
    if at is not None:
        page.get_by_test_id("stMain").get_by_text(at, exact=True).first.scroll_into_view_if_needed()
    page.wait_for_timeout(400)
    take_shot(page, f"daycentre_{name}")


def pick_week(page: Page, label: str, day: date) -> None:
    """Type a day (day, month, year) into the week's date field ``label``; wait for the run."""
    page.get_by_role("spinbutton", name=f"day, {label}", exact=True).click()
    page.keyboard.type(day.strftime("%d%m%Y"))
    page.keyboard.press("Escape")  # the calendar opened with the click
    year = page.get_by_role("spinbutton", name=f"year, {label}", exact=True)
    expect(year).to_have_text(str(day.year))
    idle(page)


def test_the_planner_sees_the_week_grid_and_a_persons_three_services(
    browser: Browser, served: str, services_store: Path
) -> None:
    page = open_app(browser, served)
    main = page.get_by_test_id("stMain")
    open_page(page, "Belægning")
    centre_box = page.get_by_role("combobox", name="Aflastningssted", exact=True)
    centre_box.click()
    expect(page.get_by_role("option", name="Testcenter Nord")).to_be_visible()
    expect(page.get_by_role("option", name="Dagcenter Nord (fiktivt)")).to_have_count(0)
    page.keyboard.press("Escape")
    pick_week(page, "Uge (vælg en dag i ugen)", WEEK)
    expect(main.get_by_text("Uge 10 2027: 08.03.2027 – 14.03.2027")).to_be_visible()
    names = main.get_by_role("strong")
    names.filter(has_text="Dagcenter Nord (fiktivt)").scroll_into_view_if_needed()
    expect(names.filter(has_text="Dagcenter Nord (fiktivt)")).to_be_visible()
    expect(names.filter(has_text="Dagcenter Syd (fiktivt)")).to_be_visible()
    # each grid's rows: seats, taken, free (the cells are drawn once scrolled to)
    grids = main.get_by_test_id("stDataFrame").filter(has_text="Man 08.03")
    expect(grids).to_have_count(2)
    expect(grids.first).to_contain_text("Ledige")
    shot(page, "belaegning", at="Dagcentre")
    shot(page, "venteliste", at="Venteliste til dagcenter")

    open_page(page, "Kalender")
    expect(main.get_by_text("Afløsning i hjemmet", exact=True)).to_be_visible()
    pick_week(page, "Uge med besøg (vælg en dag i ugen)", date(2027, 6, 8))
    expect(main.get_by_text("11 besøg, 32 timer i uge 23.")).to_be_visible()
    shot(page, "kalender", at="Dagcentre")
    shot(page, "afloesning", at="Afløsning i hjemmet")

    open_page(page, "Borgere")
    choose(page, "Vis borger", PERSON)
    expect(main.get_by_text("Dagcenter og afløsning", exact=True)).to_be_visible()
    view = services_view(open_store(f"sqlite:///{services_store}"))
    wish = next(w for w in view.services.day_wishes if w.person_id == PERSON)
    expect(main.get_by_text(f"Ønske {wish.wish_id} modtaget")).to_be_visible()
    expect(main.get_by_text("Ingen bevilling af afløsning i hjemmet.")).to_be_visible()
    shot(page, "borger", at="Dagcenter og afløsning")

    open_page(page, "Ønsker")
    main.get_by_text("Dagcenter og afløsning pr. borger").click()
    idle(page)
    shot(page, "oensker", at="Dagcenter og afløsning pr. borger")
    page.close()


def test_the_day_centre_leader_sees_only_their_centre(
    browser: Browser, served: str, services_store: Path
) -> None:
    page = open_app(browser, served)
    main = page.get_by_test_id("stMain")
    page.get_by_text("Leder af dagcenter").click()
    idle(page)
    choose(page, "Dagcenter", "Dagcenter Syd (fiktivt)")
    expect(page.get_by_role("heading", name="Dagcenter", level=1)).to_be_visible()
    nav = page.get_by_test_id("stSidebarNav")
    for hidden in ("Kalender", "Belægning", "Ønsker", "Borgere", "Planlægning"):
        expect(nav.get_by_text(hidden, exact=True)).to_have_count(0)
    pick_week(page, "Uge (vælg en dag i ugen)", WEEK)
    expect(main.get_by_role("strong").filter(has_text="Dagcenter Syd (fiktivt)")).to_be_visible()
    expect(main.get_by_text("Dagcenter Nord (fiktivt)")).to_have_count(0)
    main.get_by_role("strong").first.scroll_into_view_if_needed()
    expect(main.get_by_test_id("stDataFrame").filter(has_text="Ledige")).to_have_count(1)
    expect(main.get_by_text("Testcenter")).to_have_count(0)
    expect(main.get_by_text("Hvem kommer hvilken dag")).to_be_visible()
    leader = services_view(open_store(f"sqlite:///{services_store}"), "D02")
    assert leader.scenario.persons, "the demo has places at D02"
    shot(page, "leder")
    shot(page, "leder_hvem", at="Hvem kommer hvilken dag")
    page.close()
