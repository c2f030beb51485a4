"""Case work all year end to end in a real headless Chromium (Debian's, never a downloaded
browser), on a copy of the demo with a published plan.

The planner enters a person, enters a wish and places it now (after seeing where it goes),
changes that promise (an extension that does not fit, then the longest that does), records the
arrival, and changes the person's needs, keeping the stay as an exception. The manager of the
stay's centre (the demo's role switch) records the early departure and reports a closure of
their centre, and sees no other centre. The database is checked afterwards through the service.
Screenshots of every form go to ``test-artifacts/``.

Without chromium or Playwright the test is skipped, except under ``CI=true``, where that is a
failure.
"""

from __future__ import annotations

import contextlib
from datetime import date

from scheduler.service.casework import person_account
from scheduler.service.connection import open_store
from scheduler.service.versions import list_versions, load_scenario
from scheduler.store.plan_repo import VersionOrigin
from tests.ui.browser import add_choice, choose, idle, open_app, open_page, section, set_date
from tests.ui.browser import shot as take_shot

PERSON, NAME, REQUEST = "P0151", "Testborger Ærø", "R00451"
CENTRE, CENTRE_NAME = "C03", "Testcenter Øst"
REASON = "Aftalt med lederen: personalet klarer liften i dette ophold"

with contextlib.suppress(ImportError):  # the dev extras install it
    from playwright.sync_api import Browser, Locator, Page, expect


def shot(page: Page, name: str, near: Locator | None = None) -> None:
    """A screenshot of the page, scrolled to ``near`` first."""
    idle(page)
    if near is not None:
        near.scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    take_shot(page, f"casework-{name}")


def confirm_dialog(page: Page, text: str, name: str, button: str) -> None:
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text(text)
    shot(page, name)
    dialog.get_by_role("button", name=button).click()
    idle(page)


def test_a_year_of_case_work(browser: Browser, served: tuple[str, str]) -> None:
    url, database = served
    page = open_app(browser, url)
    main = page.get_by_test_id("stMain")

    # 1. the planner enters a person; a taken id is refused at its field first
    open_page(page, "Borgere")
    form = section(page, "Opret en ny borger")
    id_field = form.get_by_role("textbox", name="Borger-id (sagsnummer)")
    expect(id_field).to_have_value(PERSON)
    id_field.fill("P0001")
    form.get_by_role("textbox", name="Navn", exact=True).fill(NAME)
    form.get_by_role("textbox", name="Pårørendes navn").fill("Karen Ærø")
    form.get_by_role("button", name="Opret borger").click()
    idle(page)
    expect(form.get_by_text('id\'et "P0001" er allerede brugt')).to_be_visible()
    shot(page, "01-person-form-fault", form)
    id_field.fill(PERSON)
    form.get_by_role("button", name="Opret borger").click()
    idle(page)
    expect(form.get_by_text(f"Borgeren {NAME} ({PERSON}) er oprettet")).to_be_visible()
    shot(page, "02-person-added", form)

    # 2. a wish by phone: where it would go first, then booked
    open_page(page, "Ønsker")
    form = section(page, "Nyt ønske")
    choose(page, "Borger", f"{NAME} ({PERSON})", form)
    expect(form.get_by_role("textbox", name="Ønske-id")).to_have_value(REQUEST)
    set_date(page, form, "Ønsket ankomst", date(2027, 3, 1))
    set_date(page, form, "Ønsket afrejse", date(2027, 3, 8))
    form.get_by_role("button", name="Find en plads nu").click()
    idle(page)
    fits = form.get_by_text(f"Ønsket {REQUEST} kan få plads nu")
    expect(fits).to_contain_text(f"{CENTRE_NAME}, 01.03.2027 – 08.03.2027 (7 døgn)")
    shot(page, "03-wish-preview", form)
    form.get_by_role("button", name="Book og offentliggør").click()
    idle(page)
    booked = form.get_by_text(f"Ønsket {REQUEST} er gemt og bevilget")
    expect(booked).to_contain_text("Planversion 2 er offentliggjort")
    shot(page, "04-wish-booked", form)

    # 3. the promise is extended: three weeks break the longest stay; the longest that fits
    form = section(page, "Ændr et lovet ophold")
    choose(page, "Ønske med lovet ophold", REQUEST, form)
    set_date(page, form, "Afrejse", date(2027, 3, 22))
    idle(page)
    expect(form.get_by_text("21 døgn (nu 7 døgn)")).to_be_visible()
    form.get_by_role("button", name="Se om ændringen passer").click()
    idle(page)
    expect(form.get_by_text("passer ikke. Intet er ændret.")).to_be_visible()
    expect(form.get_by_text("opholdets længde")).to_be_visible()
    shot(page, "05-change-does-not-fit", form.get_by_text("passer ikke"))
    form.get_by_role("button", name="Den længste forlængelse, der passer").click()
    idle(page)
    expect(form.get_by_text("Ændringen passer:")).to_contain_text("01.03.2027 – 15.03.2027")
    shot(page, "06-change-fits", form.get_by_text("Ændringen passer:"))
    form.get_by_role("button", name="Bekræft og offentliggør ændringen").click()
    idle(page)
    changed = form.get_by_text(f"Opholdet for ønske {REQUEST} er ændret")
    expect(changed).to_contain_text("Planversion 3 er offentliggjort")

    # 4. the arrival, on Belægning's stays of the next days
    open_page(page, "Belægning")
    choose(page, "Aflastningssted", CENTRE_NAME, main)
    set_date(page, main, "Fra", date(2027, 3, 1))
    idle(page)
    choose(page, "Ophold", REQUEST, main)
    main.get_by_role("button", name="Registrér ankomst …").click()
    idle(page)
    confirm_dialog(page, "ankom den 01.03.2027", "07-arrival-confirm", "Ja, registrér")
    expect(
        main.get_by_text(f"Ankomsten 01.03.2027 er registreret for ønske {REQUEST}.")
    ).to_be_visible()
    shot(page, "08-arrival-recorded", main.get_by_text("Ankomsten 01.03.2027"))

    # 5. the person's needs change: the stay breaks suitability and is kept as an exception
    open_page(page, "Borgere")
    choose(page, "Vis borger", PERSON, main)
    form = section(page, "Ret behov, døgn pr. år, samtykke, § 94 og bevillingsår")
    add_choice(page, form.get_by_role("combobox", name="Behov", exact=True), "lift")
    expect(form.get_by_text("lift", exact=True)).to_be_visible()
    form.get_by_role("button", name="Kontrollér ændringen").click()
    idle(page)
    expect(form.get_by_text("Ændringen bryder 1 lovet(e) ophold")).to_be_visible()
    form.get_by_text("Behold som undtagelse", exact=True).click()
    idle(page)
    form.get_by_role("button", name="Gem ændringen").click()
    idle(page)
    expect(form.get_by_text("Skriv en begrundelse for undtagelsen.")).to_be_visible()
    shot(page, "09-person-rules-reason-missing", form.get_by_text("Ændringen bryder"))
    form.get_by_role("textbox", name="Begrundelse (skal udfyldes)").fill(REASON)
    form.get_by_role("textbox", name="Begrundelse (skal udfyldes)").press("Enter")
    idle(page)
    form.get_by_role("button", name="Gem ændringen").click()
    idle(page)
    saved = form.get_by_text(f"Borgeren {NAME} ({PERSON}) er ændret.")
    expect(saved).to_contain_text(f"Ønske {REQUEST} er beholdt som undtagelse.")
    expect(main.get_by_text(REASON).first).to_be_visible()
    shot(page, "10-person-rules-saved", main.get_by_text("Lovede ophold og forløb"))

    # 6. the centre's manager records the early departure and reports a closure there
    page.get_by_text("Leder af aflastningssted").click()
    idle(page)
    choose(page, "Aflastningssted", CENTRE_NAME, page.get_by_test_id("stSidebar"))
    open_page(page, "Belægning")
    set_date(page, main, "Fra", date(2027, 3, 1))
    idle(page)
    choose(page, "Ophold", REQUEST, main)
    set_date(page, main, "Rejste den", date(2027, 3, 5))
    main.get_by_role("button", name="Registrér afrejse …").click()
    idle(page)
    confirm_dialog(page, "rejste den 05.03.2027", "11-departure-confirm", "Ja, registrér")
    left = main.get_by_text(f"Afrejsen 05.03.2027 er registreret for ønske {REQUEST}.")
    expect(left).to_contain_text("10 døgn er frigivet")
    shot(page, "12-departure-recorded", left)

    form = section(page, "Meld senge lukket")
    centre = form.get_by_role("combobox", name="Aflastningssted", exact=True)
    expect(centre).to_be_disabled()
    expect(centre).to_have_value(CENTRE_NAME)
    set_date(page, form, "Første lukkede nat", date(2027, 4, 5))
    set_date(page, form, "Åbner igen", date(2027, 4, 8))
    form.get_by_role("button", name="Meld lukning …").click()
    idle(page)
    expect(form.get_by_text(f"1 seng(e) lukket på {CENTRE_NAME}")).to_be_visible()
    shot(page, "13-closure-confirm", form)
    form.get_by_role("button", name="Bekræft lukningen").click()
    idle(page)
    expect(form.get_by_text("Lukningen er gemt")).to_contain_text("05.04.2027 – 07.04.2027")
    shot(page, "14-closure-saved", form)
    shown = main.inner_text()
    for other in ("Testcenter Nord", "Testcenter Syd", "Testcenter Vest"):
        assert other not in shown
    page.close()

    # the database, through the service
    engine = open_store(database)
    account = person_account(engine, PERSON)
    assert account.person.needs == frozenset({"lift"})
    assert account.person.carer_name == "Karen Ærø"
    [line] = account.stays
    assert (line.stay.centre_id, line.stay.start, line.stay.end) == (
        CENTRE,
        date(2027, 3, 1),
        date(2027, 3, 5),
    )
    assert line.record is not None
    assert (line.record.arrived, line.record.departed) == (date(2027, 3, 1), date(2027, 3, 5))
    assert line.record.planned_end == date(2027, 3, 15)
    assert line.record.recorded_by == "demo-centre-manager"
    assert [(e.rule, e.reason, e.created_by) for e in line.exceptions] == [
        ("suitability", REASON, "demo-planner")
    ]
    [year] = account.years
    assert (year.recorded, year.promised, year.used) == (4, 0, 4)
    closures = [c for c in load_scenario(engine).closures if c.centre_id == CENTRE]
    assert [(c.start, c.end, c.beds_closed) for c in closures] == [
        (date(2027, 4, 5), date(2027, 4, 8), 1)
    ]
    versions = list_versions(engine)
    assert [(v.origin, v.created_by) for v in versions[1:]] == [
        (VersionOrigin.PLACED, "demo-planner"),
        (VersionOrigin.CHANGED, "demo-planner"),
        (VersionOrigin.EDITED, "demo-planner"),
        (VersionOrigin.RECORDED, "demo-centre-manager"),
        (VersionOrigin.CLOSURE, "demo-centre-manager"),
    ]
    engine.dispose()
