"""Tags that centres offer and persons need: care capabilities and (for a region) districts."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Capability:
    """A care capability: the share of centres offering it and how often it is the need."""

    tag: str
    centre_share: float
    need_weight: float


CAPABILITIES: tuple[Capability, ...] = (
    Capability("demens", centre_share=0.5, need_weight=5),
    Capability("lift", centre_share=0.35, need_weight=3),
    Capability("skærmet", centre_share=0.25, need_weight=1),
    Capability("bariatri", centre_share=0.2, need_weight=1),
)


def district_tag(district: int) -> str:
    """The tag of district ``district`` (counted from 1), e.g. ``område-07``."""
    return f"område-{district:02d}"
