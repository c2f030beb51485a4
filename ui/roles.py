"""Who uses the app: a planner (Visitationen, everything), the manager of one centre or the
leader of one day centre (its week of seats and who comes, nothing else).

Under OpenID Connect the role comes from the identity's claims through a mapping in the
secrets (see ``.streamlit/secrets.example.toml``)::

    [roles]
    claim = "groups"                      # the claim listing the user's groups
    planner = ["visitationen"]            # values that make a planner
    [roles.centres]
    C01 = ["leder-testcenter-nord"]       # values that make the manager of centre C01
    [roles.day_centres]
    D01 = ["leder-dagcenter-nord"]        # values that make the leader of day centre D01
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass

MAPPING_KEYS = ("claim", "planner", "centres", "day_centres")
"""The keys of the ``[roles]`` mapping."""
DEMO_ACTORS = {
    "planner": "demo-planner",
    "centre_manager": "demo-centre-manager",
    "day_centre_leader": "demo-day-centre-leader",
}


class Role(enum.StrEnum):
    PLANNER = "planner"
    CENTRE_MANAGER = "centre_manager"
    DAY_CENTRE_LEADER = "day_centre_leader"


class PageId(enum.StrEnum):
    """The pages, in the order the navigation lists them."""

    CALENDAR = "calendar"
    OCCUPANCY = "occupancy"
    REQUESTS = "requests"
    ACUTE = "acute"
    PLANNING = "planning"
    PERSONS = "persons"
    FOLLOWUPS = "followups"
    VERSIONS = "versions"
    DAY_CENTRE = "day_centre"


PAGES: dict[Role, tuple[PageId, ...]] = {
    Role.PLANNER: tuple(PageId),
    Role.CENTRE_MANAGER: (PageId.CALENDAR, PageId.OCCUPANCY),
    Role.DAY_CENTRE_LEADER: (PageId.DAY_CENTRE,),
}


@dataclass(frozen=True)
class Viewer:
    """The signed-in user as the app sees them: role, centre (managers and day-centre leaders
    only) and the name written to the audit log."""

    role: Role
    actor: str
    centre: str | None = None

    @property
    def is_planner(self) -> bool:
        return self.role is Role.PLANNER

    def may_see(self, page: PageId) -> bool:
        return page in PAGES[self.role]


def _values(claim: object) -> set[str]:
    """A claim as a set of strings (a single value or a list of them)."""
    if isinstance(claim, str):
        return {claim}
    if isinstance(claim, list | tuple | set):
        return {str(v) for v in claim}
    return set()


def viewer_from_claims(
    claims: Mapping[str, object], mapping: Mapping[str, object], actor: str
) -> Viewer | None:
    """The viewer the identity's claims make, or ``None`` when the mapping gives no role.

    A planner value wins over centre values; a user mapped to several centres (of either
    kind) gets none (an ambiguous mapping must be fixed in the configuration, not guessed).
    """
    held = _values(claims.get(str(mapping.get("claim", "groups"))))
    if held & _values(mapping.get("planner", [])):
        return Viewer(Role.PLANNER, actor)
    matched: list[tuple[Role, str]] = []
    for key, role in (("centres", Role.CENTRE_MANAGER), ("day_centres", Role.DAY_CENTRE_LEADER)):
        centres = mapping.get(key, {})
        if not isinstance(centres, Mapping):
            return None
        matched += [(role, str(c)) for c, values in centres.items() if held & _values(values)]
    if len(matched) != 1:
        return None
    role, centre = matched[0]
    return Viewer(role, actor, centre)


def demo_viewer(role: Role, centre: str | None) -> Viewer:
    """The viewer of the embedded demo's role switch."""
    return Viewer(role, DEMO_ACTORS[role.value], None if role is Role.PLANNER else centre)
