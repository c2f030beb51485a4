"""Log-in against a real OpenID Connect provider, in a real headless Chromium; and secrets whose
log-in settings are wrong stop the app instead of falling back to the demo.

The provider is the npm package oidc-provider (the certified implementation), run from
``tests/ui/oidc/provider.mjs`` on a loopback port with one client, the app, and four fictitious
users: a planner, the manager of Testcenter Syd (C02), a user without a role, and the manager
of a centre that is not in the plan (C99). The app runs from a temporary working directory
whose ``.streamlit/secrets.toml`` points at the provider, so the repository's ``.streamlit/``
is never written. Each user logs in through the provider's form and sees what their role
allows, never the demo's role switch, and logs out. Screenshots of each state go to a
temporary folder (``oidc-screens`` under pytest's base temp).

Without node, the provider's packages (``npm ci --prefix tests/ui/oidc``), chromium or
Playwright the browser tests are skipped, except under ``CI=true``, where that is a failure.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import pytest
from streamlit.testing.v1 import AppTest

from tests.ui.helpers import APP, ROOT, TIMEOUT, ran
from ui import auth
from ui.auth import LoginMisconfigured, login_settings

try:
    from playwright.sync_api import Browser, Page, expect, sync_playwright
except ImportError:  # pragma: no cover - the dev extras install it
    sync_playwright = None

OIDC = ROOT / "tests" / "ui" / "oidc"
NODE = (20, 12)
"""The oldest Node.js oidc-provider 9 runs on (it uses ``crypto.hash``)."""
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
MS = int(TIMEOUT * 1000)
NOT_LOOPBACK = re.compile(r"^(?!(?:https?|wss?)://(?:localhost|127\.0\.0\.1)[:/]).*")
ALL_CENTRES = {
    "Testcenter Nord": "Testcenter Nord (4 senge)",
    "Testcenter Syd": "Testcenter Syd (3 senge)",
    "Testcenter Øst": "Testcenter Øst (3 senge)",
    "Testcenter Vest": "Testcenter Vest (2 senge)",
}
ALL_PAGES = ("Kalender", "Belægning", "Ønsker", "Akut", "Planlægning", "Borgere")
ROLES = {
    "claim": "groups",
    "planner": ["visitationen"],
    "centres": {
        "C01": ["leder-testcenter-nord"],
        "C02": ["leder-testcenter-syd"],
        "C99": ["leder-testcenter-ukendt"],
    },
}


def _unavailable(reason: str) -> NoReturn:
    if os.environ.get("CI") == "true":
        pytest.fail(f"the log-in test is required under CI: {reason}")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _tail(log: Path) -> str:
    return log.read_text(encoding="utf-8", errors="replace")[-3000:] if log.exists() else ""


def _wait_ok(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    """Wait until ``url`` answers 200 while ``process`` runs."""
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        assert process.poll() is None, f"stopped while starting:\n{_tail(log)}"
        try:
            with urllib.request.urlopen(url, timeout=5) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"{url} did not answer in time:\n{_tail(log)}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _toml(value: object) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    raise TypeError(value)


def secrets_toml(sections: Mapping[str, object]) -> str:
    """``sections`` as a secrets.toml: top-level values first, then tables (one level of
    sub-tables)."""
    lines = [f"{key} = {_toml(v)}" for key, v in sections.items() if not isinstance(v, Mapping)]
    for name, table in sections.items():
        if not isinstance(table, Mapping):
            continue
        lines += ["", f"[{name}]"]
        lines += [f"{k} = {_toml(v)}" for k, v in table.items() if not isinstance(v, Mapping)]
        for sub, inner in table.items():
            if isinstance(inner, Mapping):
                lines += ["", f"[{name}.{sub}]"]
                lines += [f"{k} = {_toml(v)}" for k, v in inner.items()]
    return "\n".join(lines) + "\n"


def serve_app(workdir: Path, database: str, port: int) -> subprocess.Popen[bytes]:
    """Start the app with ``workdir`` as its working directory: Streamlit reads
    ``workdir/.streamlit/`` (the repository's config and the test's secrets) and no other
    secrets file."""
    streamlit = workdir / ".streamlit"
    streamlit.mkdir(exist_ok=True)
    shutil.copy(ROOT / ".streamlit" / "config.toml", streamlit / "config.toml")
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(APP),
        "--server.port",
        str(port),
        "--secrets.files",
        str(streamlit / "secrets.toml"),
    ]
    no_proxy = ",".join(filter(None, [os.environ.get("NO_PROXY"), "localhost,127.0.0.1"]))
    env = {**os.environ, "RESPITE_DB": database, "NO_PROXY": no_proxy}
    log = (workdir / "app.log").open("wb")
    return subprocess.Popen(command, cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT)


def demo_copy(demo_store: Path, folder: Path) -> str:
    """A copy of the demo with its published plan, as a database URL."""
    copy = folder / "respite.db"
    shutil.copy(demo_store, copy)
    return f"sqlite:///{copy}"


# -- the browser -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = shutil.which("chromium")
    if executable is None:
        _unavailable("chromium is not installed")
    if sync_playwright is None:
        _unavailable("playwright is not installed")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def screens(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("oidc-screens")


def new_page(browser: Browser) -> Page:
    """A page in a fresh browser context (its own cookies) that reaches loopback only."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="da-DK")
    context.route(NOT_LOOPBACK, lambda route: route.abort())
    page = context.new_page()
    page.set_default_timeout(MS)
    expect.set_options(timeout=MS)
    return page


def idle(page: Page) -> Page:
    """Wait until the app has finished its run."""
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=MS)
    return page


def no_demo_switch(page: Page) -> None:
    expect(page.get_by_text("DEMO – rolleskift")).to_have_count(0)
    expect(page.get_by_role("radiogroup")).to_have_count(0)


# -- the provider and the app ------------------------------------------------------------


@dataclass(frozen=True)
class Site:
    app: str
    issuer: str


@pytest.fixture(scope="module")
def site(demo_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """oidc-provider and the app on loopback ports, the app logging in against the provider
    and serving a copy of the demo with a published plan."""
    node = shutil.which("node")
    if node is None:
        _unavailable("node is not installed")
    version = subprocess.run([node, "--version"], capture_output=True, text=True, check=True)
    if tuple(int(n) for n in version.stdout.strip().lstrip("v").split(".")[:2]) < NODE:
        _unavailable(f"oidc-provider needs Node.js 20.12 or newer, not {version.stdout.strip()}")
    if not (OIDC / "node_modules" / "oidc-provider").is_dir():
        _unavailable("oidc-provider is not installed: npm ci --prefix tests/ui/oidc")
    missing = auth._missing_module()
    assert missing is None, f"st.login cannot work without {missing} (streamlit[auth])"
    workdir = tmp_path_factory.mktemp("oidc-app")
    app_port, oidc_port = _free_port(), _free_port()
    app, issuer = f"http://localhost:{app_port}", f"http://127.0.0.1:{oidc_port}"
    redirect_uri = f"{app}/oauth2callback"
    client_secret = secrets.token_hex(16)
    (workdir / ".streamlit").mkdir()
    (workdir / ".streamlit" / "secrets.toml").write_text(
        secrets_toml(
            {
                "auth": {
                    "redirect_uri": redirect_uri,
                    "cookie_secret": secrets.token_hex(32),
                    "client_id": "respite",
                    "client_secret": client_secret,
                    "server_metadata_url": f"{issuer}/.well-known/openid-configuration",
                },
                "roles": ROLES,
            }
        ),
        encoding="utf-8",
    )
    provider_log = workdir / "provider.log"
    provider = subprocess.Popen(
        [str(node), str(OIDC / "provider.mjs"), str(oidc_port), redirect_uri],
        cwd=OIDC,
        env={**os.environ, "OIDC_CLIENT_SECRET": client_secret},
        stdout=provider_log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    server = None
    try:
        _wait_ok(f"{issuer}/.well-known/openid-configuration", provider, provider_log)
        server = serve_app(workdir, demo_copy(demo_store, workdir), app_port)
        _wait_ok(f"{app}/_stcore/health", server, workdir / "app.log")
        yield Site(app, issuer)
    finally:
        if server is not None:
            _stop(server)
        _stop(provider)


def log_in(page: Page, site: Site, account: str) -> Page:
    """From the app's log-in screen through the provider's form back into the app."""
    page.get_by_role("button", name="Log ind").click()
    page.wait_for_url(f"{site.issuer}/interaction/**")
    expect(page.locator('input[name="login"]')).to_be_visible()
    page.locator('input[name="login"]').fill(account)
    page.locator('input[name="password"]').fill("any password")
    page.get_by_role("button", name="Sign-in").click()
    page.wait_for_url(f"{site.app}/**")
    return idle(page)


def log_out(page: Page, site: Site) -> Page:
    """Log out in the app and at the provider; back on the app's log-in screen."""
    page.get_by_test_id("stSidebar").get_by_role("button", name="Log ud").click()
    page.wait_for_url(f"{site.issuer}/session/end**")
    page.get_by_role("button", name="Yes, sign me out").click()
    page.wait_for_url(f"{site.app}/**")
    idle(page)
    expect(page.get_by_role("button", name="Log ind")).to_be_visible()
    expect(page.get_by_text("Logget ind som")).to_have_count(0)
    return page


def open_logged_out(browser: Browser, site: Site, screens: Path, name: str) -> Page:
    page = new_page(browser)
    page.goto(site.app)
    idle(page)
    expect(page.get_by_role("button", name="Log ind")).to_be_visible()
    expect(page.get_by_test_id("stSidebarNav")).to_have_count(0)
    no_demo_switch(page)
    page.screenshot(path=str(screens / f"{name}-0-login.png"))
    return page


def finish(page: Page, site: Site, screens: Path, name: str) -> None:
    """Log out, check that a reload stays logged out, and close the page's context."""
    log_out(page, site)
    no_demo_switch(page)
    page.screenshot(path=str(screens / f"{name}-9-logged-out.png"))
    page.goto(site.app)
    idle(page)
    expect(page.get_by_role("button", name="Log ind")).to_be_visible()
    expect(page.get_by_test_id("stMain").get_by_text("Testcenter")).to_have_count(0)
    page.context.close()


def test_a_planner_logs_in_sees_every_page_and_centre_and_logs_out(
    browser: Browser, site: Site, screens: Path
) -> None:
    page = open_logged_out(browser, site, screens, "1-planner")
    log_in(page, site, "planlaegger")
    main, sidebar = page.get_by_test_id("stMain"), page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_text("Logget ind som pia.planlaegger@kommune.invalid")).to_be_visible()
    expect(page.get_by_role("heading", name="Kalender", level=1)).to_be_visible()
    for lane in ALL_CENTRES.values():
        expect(main.get_by_text(lane)).to_be_visible()
    nav = page.get_by_test_id("stSidebarNav")
    for title in ALL_PAGES:
        expect(nav.get_by_text(title, exact=True)).to_be_visible()
    no_demo_switch(page)
    page.screenshot(path=str(screens / "1-planner-1-kalender.png"))

    nav.get_by_text("Planlægning", exact=True).click()
    expect(page.get_by_role("heading", name="Planlægning", level=1)).to_be_visible()
    idle(page)
    expect(main.get_by_role("button", name="Lav ny plan")).to_be_visible()
    no_demo_switch(page)
    page.screenshot(path=str(screens / "1-planner-2-planlaegning.png"))
    finish(page, site, screens, "1-planner")


def test_a_centre_manager_logs_in_and_sees_only_their_centre(
    browser: Browser, site: Site, screens: Path
) -> None:
    page = open_logged_out(browser, site, screens, "2-manager")
    log_in(page, site, "leder-syd")
    main, sidebar = page.get_by_test_id("stMain"), page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_text("Logget ind som lars.leder@kommune.invalid")).to_be_visible()
    expect(page.get_by_role("heading", name="Kalender", level=1)).to_be_visible()
    expect(main.get_by_text(ALL_CENTRES["Testcenter Syd"])).to_be_visible()
    expect(main.locator(".js-plotly-plot .barlayer .point").first).to_be_visible()
    for other in ("Testcenter Nord", "Testcenter Øst", "Testcenter Vest"):
        expect(page.get_by_text(other)).to_have_count(0)
    nav = page.get_by_test_id("stSidebarNav")
    expect(nav.get_by_role("link")).to_have_count(2)
    expect(nav.get_by_text("Kalender", exact=True)).to_be_visible()
    expect(nav.get_by_text("Belægning", exact=True)).to_be_visible()
    no_demo_switch(page)
    page.screenshot(path=str(screens / "2-manager-1-kalender.png"))

    nav.get_by_text("Belægning", exact=True).click()
    expect(page.get_by_role("heading", name="Belægning", level=1)).to_be_visible()
    idle(page)
    expect(main.get_by_text("Testcenter Syd").first).to_be_visible()
    expect(main.get_by_text("Testcenter Nord")).to_have_count(0)
    page.screenshot(path=str(screens / "2-manager-2-belaegning.png"))

    # A planner's page by its address: not there for a centre manager.
    page.goto(f"{site.app}/oensker")
    idle(page)
    expect(page.get_by_role("dialog")).to_contain_text("Page not found")
    expect(page.get_by_role("heading", name="Ønsker")).to_have_count(0)
    expect(page.get_by_role("heading", name="Kalender", level=1)).to_be_attached()
    expect(page.get_by_text("Testcenter Nord")).to_have_count(0)
    no_demo_switch(page)
    page.screenshot(path=str(screens / "2-manager-3-planner-page-by-url.png"))
    page.keyboard.press("Escape")
    expect(page.get_by_role("dialog")).to_have_count(0)
    finish(page, site, screens, "2-manager")


@pytest.mark.parametrize(
    ("account", "name", "refusal"),
    [
        ("uden-rolle", "3-no-role", "Din konto har ingen rolle i aflastningsplanen"),
        ("ukendt-center", "4-unknown-centre", "aflastningssted C99, men det findes ikke"),
    ],
)
def test_a_user_without_a_usable_role_is_refused_and_sees_no_data(
    browser: Browser, site: Site, screens: Path, account: str, name: str, refusal: str
) -> None:
    page = open_logged_out(browser, site, screens, name)
    log_in(page, site, account)
    main = page.get_by_test_id("stMain")
    expect(main.get_by_test_id("stAlertContentError")).to_contain_text(refusal)
    expect(page.get_by_test_id("stSidebar").get_by_text("Logget ind som")).to_be_visible()
    expect(page.get_by_test_id("stSidebarNav")).to_have_count(0)
    expect(page.get_by_role("heading", level=1)).to_have_count(0)
    expect(main.locator(".js-plotly-plot")).to_have_count(0)
    expect(main.get_by_test_id("stDataFrame")).to_have_count(0)
    expect(page.get_by_text("Testcenter")).to_have_count(0)
    no_demo_switch(page)
    page.screenshot(path=str(screens / f"{name}-1-refused.png"))

    page.goto(f"{site.app}/oensker")
    idle(page)
    expect(main.get_by_test_id("stAlertContentError")).to_contain_text(refusal)
    expect(page.get_by_role("heading", name="Ønsker")).to_have_count(0)
    expect(page.get_by_text("Testcenter")).to_have_count(0)
    page.screenshot(path=str(screens / f"{name}-2-planner-page-by-url.png"))
    finish(page, site, screens, name)


# -- log-in settings that are wrong ------------------------------------------------------

AUTH = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "test-only",
    "client_id": "respite",
    "client_secret": "test-only",
    "server_metadata_url": "https://idp.invalid/.well-known/openid-configuration",
}
WITHOUT_SECRET = {k: v for k, v in AUTH.items() if k != "client_secret"}


@pytest.mark.parametrize(
    ("secrets", "says"),
    [
        ({"Auth": AUTH, "roles": ROLES}, "The section is called [Auth] but must be called [auth]"),
        ({"AUTH": AUTH, "roles": ROLES}, "The section is called [AUTH]"),
        ({"auth": "yes", "roles": ROLES}, "auth is a single value but must be a section [auth]"),
        ({"auth": True, "roles": ROLES}, "auth is a single value"),
        ({"auth": "", "roles": ROLES}, "auth is a single value"),
        ({"auth": WITHOUT_SECRET, "roles": ROLES}, "[auth] lacks client_secret"),
        ({"auth": {**AUTH, "client_id": " "}, "roles": ROLES}, "[auth] lacks client_id"),
        ({"auth": {"redirect_uri": "http://x/oauth2callback"}}, "[auth] lacks cookie_secret"),
        (
            {"auth": {**AUTH, "redirect_uri": "http://localhost:8501/"}, "roles": ROLES},
            "redirect_uri in [auth] must end in /oauth2callback",
        ),
        (
            {"auth": {**AUTH, "default": WITHOUT_SECRET}, "roles": ROLES},
            "[auth.default] lacks client_secret",
        ),
        ({"roles": ROLES}, "[roles] is set up but [auth] is missing"),
        ({"auth": AUTH}, "[roles] is missing"),
        ({"auth": AUTH, "Roles": ROLES}, "The section is called [Roles]"),
        ({"auth": AUTH, "role": ROLES}, "The section is called [role]"),
        ({"auth": AUTH, "roles": "visitationen"}, "roles is a single value"),
        ({"auth": AUTH, "roles": {**ROLES, "planer": ["x"]}}, "[roles] has unknown keys planer"),
        ({"auth": AUTH, "roles": {"claim": "groups"}}, "[roles] gives no role"),
        ({"auth": AUTH, "roles": {"planner": [1]}}, "planner must be a text or a list of texts"),
        (
            {"auth": AUTH, "roles": {"centres": {"C01": {"x": "y"}}}},
            "roles.centres.C01 must be a text or a list of texts",
        ),
    ],
)
def test_log_in_settings_that_are_wrong_are_named(secrets: dict[str, object], says: str) -> None:
    with pytest.raises(LoginMisconfigured) as raised:
        login_settings(secrets)
    assert says in str(raised.value)
    assert says in raised.value.message("en")
    assert raised.value.message("da") != raised.value.message("en")


def test_settings_without_log_in_are_the_demo_and_whole_ones_are_log_in() -> None:
    assert login_settings({}) is False
    assert login_settings({"database_password": "x", "author": "y"}) is False
    assert login_settings({"auth": AUTH, "roles": ROLES}) is True
    assert login_settings({"auth": {**AUTH, "default": AUTH}, "roles": {"planner": "v"}}) is True


@pytest.mark.parametrize(
    ("secrets", "danish", "english"),
    [
        (
            {"Auth": AUTH, "roles": ROLES},
            "Afsnittet hedder [Auth], men skal hedde [auth]",
            "The section is called [Auth] but must be called [auth]",
        ),
        (
            {"auth": "yes", "roles": ROLES},
            "auth er en enkelt værdi, men skal være et afsnit [auth]",
            "auth is a single value but must be a section [auth]",
        ),
    ],
)
def test_a_misspelt_auth_section_stops_the_app_instead_of_the_demo(
    demo_url: str,
    monkeypatch: pytest.MonkeyPatch,
    secrets: dict[str, object],
    danish: str,
    english: str,
) -> None:
    monkeypatch.setenv("RESPITE_DB", demo_url)
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    for name, value in secrets.items():
        at.secrets[name] = value
    ran(at.run())
    assert len(at.error) == 1
    message = at.error[0].value
    assert danish in message and english in message
    assert message.index(danish) < message.index(english), "Danish first, English beside it"
    assert "falder ikke tilbage til demoudgaven" in message
    assert not at.radio, "no demo role switch"
    assert not at.title and not at.get("plotly_chart") and not at.dataframe
    assert "Testcenter" not in message


def test_log_in_without_its_packages_stops_the_app(
    demo_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Authlib's Starlette client needs httpx: without it the log-in button would end in a
    server error, so the app says so at once."""
    monkeypatch.setenv("RESPITE_DB", demo_url)
    monkeypatch.setattr(auth, "_missing_module", lambda: "httpx")
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.secrets["auth"] = AUTH
    at.secrets["roles"] = ROLES
    ran(at.run())
    assert "Python-pakken httpx mangler" in at.error[0].value
    assert "the Python package httpx is missing" in at.error[0].value
    assert not at.button and not at.radio and not at.title


@pytest.fixture
def misconfigured(demo_store: Path, tmp_path: Path) -> tuple[Path, str, int]:
    """A working directory for the app, a copy of the demo and a free port."""
    return tmp_path, demo_copy(demo_store, tmp_path), _free_port()


@pytest.mark.parametrize(
    ("name", "secrets_text", "danish"),
    [
        (
            "misspelt-Auth",
            secrets_toml({"Auth": AUTH, "roles": ROLES}),
            "Afsnittet hedder [Auth], men skal hedde [auth]",
        ),
        (
            "misspelt-Roles",
            secrets_toml({"auth": AUTH, "Roles": ROLES}),
            "Afsnittet hedder [Roles], men skal hedde [roles]",
        ),
        ("not-toml", "[auth\nclient_id = 1\n", "Filen med hemmeligheder kan ikke læses"),
    ],
)
def test_the_served_app_stops_on_wrong_log_in_settings(
    browser: Browser,
    misconfigured: tuple[Path, str, int],
    screens: Path,
    name: str,
    secrets_text: str,
    danish: str,
) -> None:
    workdir, database, port = misconfigured
    (workdir / ".streamlit").mkdir()
    (workdir / ".streamlit" / "secrets.toml").write_text(secrets_text, encoding="utf-8")
    server = serve_app(workdir, database, port)
    try:
        _wait_ok(f"http://localhost:{port}/_stcore/health", server, workdir / "app.log")
        page = new_page(browser)
        page.goto(f"http://localhost:{port}")
        idle(page)
        alert = page.get_by_test_id("stMain").get_by_test_id("stAlertContentError")
        expect(alert).to_contain_text(danish)
        expect(alert).to_contain_text("Log-in is not set up correctly")
        no_demo_switch(page)
        expect(page.get_by_test_id("stSidebarNav")).to_have_count(0)
        expect(page.get_by_text("Testcenter")).to_have_count(0)
        page.screenshot(path=str(screens / f"5-{name}.png"))
        page.context.close()
    finally:
        _stop(server)
    assert "log-in is misconfigured" in _tail(workdir / "app.log")


def check_settings(workdir: Path) -> subprocess.CompletedProcess[str]:
    """``python -m ui.auth`` in the app's working directory."""
    command = [sys.executable, "-m", "ui.auth"]
    return subprocess.run(command, cwd=workdir, capture_output=True, text=True, check=False)


@pytest.mark.parametrize("value", ['"yes"', "false"])
def test_auth_as_a_value_never_serves_the_demo_and_the_check_says_why(
    browser: Browser, misconfigured: tuple[Path, str, int], screens: Path, value: str
) -> None:
    """Streamlit itself fails on ``auth = "yes"`` while setting up its cookies, before the
    app runs (the server does not start), and on ``auth = false`` at every connection (the
    page stays empty): no demo is ever served, but nor can the app explain itself. ``python
    -m ui.auth`` names the fault."""
    workdir, database, port = misconfigured
    (workdir / ".streamlit").mkdir()
    secrets_file = workdir / ".streamlit" / "secrets.toml"
    secrets_file.write_text(f"auth = {value}\n" + secrets_toml({"roles": ROLES}), "utf-8")
    server = serve_app(workdir, database, port)
    try:
        if value == '"yes"':
            assert server.wait(timeout=TIMEOUT) != 0
        else:
            _wait_ok(f"http://localhost:{port}/_stcore/health", server, workdir / "app.log")
            page = new_page(browser)
            page.goto(f"http://localhost:{port}")
            page.wait_for_timeout(5000)
            no_demo_switch(page)
            expect(page.get_by_test_id("stSidebarNav")).to_have_count(0)
            expect(page.get_by_text("Testcenter")).to_have_count(0)
            page.screenshot(path=str(screens / "6-auth-false.png"))
            page.context.close()
    finally:
        _stop(server)

    check = check_settings(workdir)
    assert check.returncode == 1
    assert "auth er en enkelt værdi, men skal være et afsnit [auth]" in check.stderr
    assert "auth is a single value but must be a section [auth]" in check.stderr

    secrets_file.write_text(secrets_toml({"auth": AUTH, "roles": ROLES}), encoding="utf-8")
    check = check_settings(workdir)
    assert check.returncode == 0, check.stderr
    assert "Log-ind er sat op" in check.stdout
