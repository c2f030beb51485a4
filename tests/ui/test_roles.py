"""Roles from an identity's claims through the configured mapping."""

from __future__ import annotations

from ui.roles import PageId, Role, Viewer, demo_viewer, viewer_from_claims

MAPPING = {
    "claim": "roles",
    "planner": ["visitationen"],
    "centres": {"C01": ["nord"], "C02": ["syd", "syd-vikar"]},
}


def test_planner_value_makes_a_planner() -> None:
    viewer = viewer_from_claims({"roles": ["syd", "visitationen"]}, MAPPING, "a@b")
    assert viewer == Viewer(Role.PLANNER, "a@b")


def test_one_centre_value_makes_its_manager() -> None:
    assert viewer_from_claims({"roles": "syd-vikar"}, MAPPING, "a") == Viewer(
        Role.CENTRE_MANAGER, "a", "C02"
    )


def test_no_role_or_an_ambiguous_one_gives_none() -> None:
    assert viewer_from_claims({"roles": ["andet"]}, MAPPING, "a") is None
    assert viewer_from_claims({}, MAPPING, "a") is None
    assert viewer_from_claims({"roles": ["nord", "syd"]}, MAPPING, "a") is None
    assert viewer_from_claims({"groups": ["visitationen"]}, MAPPING, "a") is None


def test_the_default_claim_is_groups() -> None:
    viewer = viewer_from_claims({"groups": ["v"]}, {"planner": ["v"]}, "a")
    assert viewer is not None and viewer.is_planner


def test_a_manager_may_see_two_pages() -> None:
    manager = demo_viewer(Role.CENTRE_MANAGER, "C01")
    assert [p for p in PageId if manager.may_see(p)] == [PageId.CALENDAR, PageId.OCCUPANCY]
    assert manager.actor == "demo-centre-manager"
    planner = demo_viewer(Role.PLANNER, "C01")
    assert planner.centre is None and all(planner.may_see(p) for p in PageId)
