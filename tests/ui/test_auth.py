"""Log-in with OpenID Connect when ``[auth]`` is configured: roles from the identity's claims."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from streamlit.testing.v1 import AppTest

from tests.ui.helpers import APP, TIMEOUT, charts, lanes, ran, texts

AUTH = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "test-only",
    "client_id": "respite",
    "client_secret": "test-only",
    "server_metadata_url": "https://idp.invalid/.well-known/openid-configuration",
}
ROLES = {"claim": "groups", "planner": ["visitationen"], "centres": {"C02": ["leder-syd"]}}


def _app(url: str, monkeypatch: pytest.MonkeyPatch, user: dict[str, object]) -> AppTest:
    monkeypatch.setenv("RESPITE_DB", url)
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.secrets["auth"] = AUTH
    at.secrets["roles"] = ROLES
    at.user = user
    return ran(at.run())


Make = Callable[[dict[str, object]], AppTest]


@pytest.fixture
def logged(demo_url: str, monkeypatch: pytest.MonkeyPatch) -> Make:
    return lambda user: _app(demo_url, monkeypatch, user)


def test_without_log_in_only_the_log_in_is_shown(logged: Make) -> None:
    at = logged({"is_logged_in": False})
    assert [b.label for b in at.button] == ["Log ind"]
    assert not at.get("plotly_chart") and not at.dataframe
    assert "Testcenter" not in texts(at)


def test_a_planner_by_claim(logged: Make) -> None:
    at = logged({"is_logged_in": True, "email": "vis@kommune.invalid", "groups": ["visitationen"]})
    assert [t.value for t in at.title] == ["Kalender"]
    assert len(lanes(charts(at)[0])) == 4
    assert not at.radio, "no demo role switch when logging in"
    assert "vis@kommune.invalid" in at.sidebar.caption[0].value
    ran(at.switch_page("screens/planning.py").run())
    assert [t.value for t in at.title] == ["Planlægning"]


def test_a_centre_manager_by_claim(logged: Make) -> None:
    at = logged({"is_logged_in": True, "sub": "abc-123", "groups": "leder-syd"})
    assert lanes(charts(at)[0]) == ["Testcenter Syd (3 senge)"]
    assert "Testcenter Syd" in texts(at) and "Testcenter Nord" not in texts(at)
    with pytest.raises(ValueError, match="navigation page"):
        at.switch_page("screens/requests.py")


def test_an_identity_without_a_role_sees_nothing(logged: Make) -> None:
    at = logged({"is_logged_in": True, "email": "x@kommune.invalid", "groups": ["andre"]})
    assert "ingen rolle" in at.error[0].value
    assert not at.get("plotly_chart") and not at.title
