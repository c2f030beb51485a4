"""The refusals of the store: each names a catalogue message and its parameters."""

from __future__ import annotations


class StoreError(Exception):
    """A request the store cannot carry out (unknown version, stale base, no data …).

    ``key`` names the message in ``scheduler.i18n``; ``params`` fill it.
    """

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


class StalePlanError(StoreError):
    """The draft was made on a base that is no longer the published version."""
