"""Building blocks for hand-made test scenarios."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from scheduler.domain.model import MonthDay, Rules

BASE_RULES = Rules(
    name="Testkommune (fiktiv)",
    summer_start=MonthDay(5, 1),
    summer_end=MonthDay(9, 15),
    centre_kinds=("plejecenter",),
    exclude_self_appointed_helper=True,
    require_consent=True,
    acute_nights=14,
    annual_nights=42,
)
"""A fictitious municipality with Haderslev's summer window, yearly nights and acute length, and
no summer deadline or stay limit."""


def rules_with(**changes: Any) -> Rules:
    """``BASE_RULES`` with ``changes`` (any rule key)."""
    return replace(BASE_RULES, **changes)
