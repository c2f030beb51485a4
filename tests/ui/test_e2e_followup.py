"""Opfølgning end to end in a real headless Chromium (Debian's): the planner opens the page,
sees the case that is due, records its follow-up, then ends another person's grant: first the
stays that would be cancelled are shown (nothing changed yet), then it is confirmed. The
database is checked through the service after each step. Screenshots go to
``test-artifacts/`` (and to the folder ``RESPITE_SHOTS`` names, when it is set).

Without chromium or Playwright the test is skipped, except under ``CI=true``, where that is a
failure.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from datetime import date, timedelta
from pathlib import Path

from scheduler.service.followup import case_state, set_follow_up
from scheduler.service.versions import list_versions, load_plan
from scheduler.store.database import open_store
from tests.ui.browser import choose, idle, open_app, open_page, set_date
from tests.ui.browser import shot as take_shot

with contextlib.suppress(ImportError):  # the dev extras install it
    from playwright.sync_api import Browser, Page, expect

SHOTS_VARIABLE = "RESPITE_SHOTS"
"""A folder to copy the screenshots into as well (for a reviewer to look at)."""
DUE = "P0001"


def shot(page: Page, name: str) -> None:
    """A screenshot of the window (copied to ``RESPITE_SHOTS`` too, when it is set)."""
    page.wait_for_timeout(400)  # let tabs and fades settle
    path = take_shot(page, f"e2e-followup-{name}")
    folder = os.environ.get(SHOTS_VARIABLE)
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(folder) / f"{name}.png")


def _person_with_stays(database: str) -> tuple[str, date, int]:
    """A person of the demo (not the one due) with two stays or more: id, first arrival, count."""
    stays: dict[str, list[date]] = {}
    for decision in load_plan(open_store(database)).decisions:
        if decision.stay is not None and decision.person_id != DUE:
            stays.setdefault(decision.person_id, []).append(decision.stay.start)
    person = sorted(p for p in stays if len(stays[p]) >= 2)[0]
    return person, min(stays[person]), len(stays[person])


def test_follow_up_and_end_a_grant(browser: Browser, served: tuple[str, str]) -> None:
    url, database = served
    engine = open_store(database)
    set_follow_up(engine, DUE, date.today() - timedelta(days=2), "tester")  # 2 days overdue
    page = open_app(browser, url)
    main = page.get_by_test_id("stMain")
    expect(page.get_by_test_id("stSidebar")).to_contain_text("Opfølgninger forfaldne: 1")
    open_page(page, "Opfølgning")
    expect(main.get_by_test_id("stDataFrame")).to_be_visible()
    expect(main.get_by_role("combobox", name="Borger", exact=True)).to_have_value(
        f"Borger 0001 ({DUE})"
    )
    shot(page, "opfoelgning")

    # record the follow-up of the case that is due
    form = main.get_by_test_id("stForm")
    form.get_by_role("textbox", name="Hvad blev besluttet").fill(
        "Aflastningen virker; fortsat to ophold om året."
    )
    set_date(page, form, "Næste opfølgning", date(2027, 6, 1))
    form.get_by_role("button", name="Gem opfølgning").click()
    idle(page)
    expect(main.get_by_text("Opfølgningen for Borger 0001 er gemt.")).to_be_visible()
    state = case_state(engine, DUE)
    assert state.follow_up_on == date(2027, 6, 1)
    assert state.follow_up_note == "Aflastningen virker; fortsat to ophold om året."
    expect(main.get_by_text("Ingen opfølgninger er forfaldne")).to_be_visible()
    shot(page, "opfoelgning-gemt")

    # end another person's grant: first what would change, then confirmed
    person, first, count = _person_with_stays(database)
    versions = len(list_versions(engine))
    choose(page, "Borger", person)
    main.get_by_role("tab", name="Afslut bevilling af aflastningsophold").click()
    set_date(page, main, "Bevillingen ophører den", first)
    main.get_by_role("button", name="Vis hvad der ændres").click()
    idle(page)
    expect(main.get_by_text(", aflyses.")).to_have_count(count)
    assert case_state(engine, person).grant_ended is None
    assert len(list_versions(engine)) == versions
    shot(page, "opfoelgning-afslut")
    main.get_by_role("button", name="Afslut bevillingen").click()
    idle(page)
    expect(main.get_by_text(f"Version {versions + 1} er offentliggjort")).to_be_visible()
    expect(main.get_by_role("button", name="Hent afgørelsen om ophør (PDF)")).to_be_visible()
    shot(page, "opfoelgning-afsluttet")
    assert case_state(engine, person).grant_ended == first
    plan = load_plan(engine)
    assert not [d for d in plan.decisions if d.person_id == person and d.stay is not None]
