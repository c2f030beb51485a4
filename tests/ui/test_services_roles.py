"""The day-centre leader: a role like the centre manager's, from the identity's claims
(``[roles.day_centres]``) or the demo's switch, seeing their own day centre only."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from streamlit.testing.v1 import AppTest

from tests.ui.helpers import APP, TIMEOUT, ran, texts
from tests.ui.services_store import services_store, services_url
from ui.auth import LoginMisconfigured, login_settings
from ui.roles import PageId, Role, Viewer, demo_viewer, viewer_from_claims

__all__ = ["services_store", "services_url"]  # fixtures

AUTH = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "test-only",
    "client_id": "respite",
    "client_secret": "test-only",
    "server_metadata_url": "https://idp.invalid/.well-known/openid-configuration",
}
MAPPING = {
    "claim": "groups",
    "planner": ["visitationen"],
    "centres": {"C02": ["leder-syd"]},
    "day_centres": {"D01": ["leder-dagcenter-nord"], "D02": ["leder-dagcenter-syd"]},
}


def test_a_day_centre_value_makes_its_leader() -> None:
    viewer = viewer_from_claims({"groups": ["leder-dagcenter-syd"]}, MAPPING, "a")
    assert viewer == Viewer(Role.DAY_CENTRE_LEADER, "a", "D02")
    assert [p for p in PageId if viewer.may_see(p)] == [PageId.DAY_CENTRE]


def test_a_leader_of_two_centres_of_either_kind_gets_no_role() -> None:
    both = ["leder-dagcenter-syd", "leder-dagcenter-nord"]
    assert viewer_from_claims({"groups": both}, MAPPING, "a") is None
    mixed = ["leder-dagcenter-syd", "leder-syd"]
    assert viewer_from_claims({"groups": mixed}, MAPPING, "a") is None
    assert viewer_from_claims({"groups": [*mixed, "visitationen"]}, MAPPING, "a") == Viewer(
        Role.PLANNER, "a"
    )


def test_the_demo_leader_keeps_their_centre() -> None:
    leader = demo_viewer(Role.DAY_CENTRE_LEADER, "D01")
    assert (leader.centre, leader.actor, leader.is_planner) == (
        "D01",
        "demo-day-centre-leader",
        False,
    )


def test_day_centres_alone_configure_roles_and_a_bad_value_is_refused() -> None:
    assert login_settings({"auth": AUTH, "roles": {"day_centres": {"D01": ["x"]}}}) is True
    with pytest.raises(LoginMisconfigured) as refused:
        login_settings({"auth": AUTH, "roles": {"day_centres": {"D01": 5}}})
    assert "roles.day_centres.D01" in refused.value.message("da", bold="")


def test_a_leader_by_claim_sees_only_their_day_centre(
    services_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RESPITE_DB", services_url)
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.secrets["auth"] = AUTH
    at.secrets["roles"] = MAPPING
    at.user = {
        "is_logged_in": True,
        "email": "l@kommune.invalid",
        "groups": ["leder-dagcenter-nord"],
    }
    ran(at.run())
    assert [t.value for t in at.title] == ["Dagcenter"]
    shown = texts(at)
    assert "Dagcenter Nord (fiktivt)" in shown and "Dagcenter Syd (fiktivt)" not in shown
    assert "Testcenter" not in shown
    for other in ("calendar", "occupancy", "persons", "requests"):
        with pytest.raises(ValueError, match="navigation page"):
            at.switch_page(f"screens/{other}.py")


def test_a_leader_without_day_centres_is_told_so(
    app: Callable[[str], AppTest], valid_url: str
) -> None:
    at = app(valid_url)
    role = at.radio(key="demo_role")
    ran(role.set_value(role.options[2]).run())
    assert [i.value for i in at.info] == ["Der er ingen dagcentre i de indlæste data."]
    assert not at.title
