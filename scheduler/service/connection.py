"""Opening the store for the app and the command line: the database URL and a ready engine.

The store's own set-up (``scheduler.store.database``) is passed on here so that the callers of
the service never reach below it.
"""

from __future__ import annotations

from scheduler.store.database import database_url, open_store

__all__ = ["database_url", "open_store"]
