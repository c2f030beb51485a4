"""The refusals of the store: each names a catalogue message and its parameters."""

from __future__ import annotations

from scheduler.domain.errors import UserError


class StoreError(UserError):
    """A request the store cannot carry out (unknown version, stale base, no data …)."""


class StalePlanError(StoreError):
    """The draft was made on a base that is no longer the published version."""
