"""What the service refuses with, for the command line and the app: ``UserError`` is the base of
every refusal (its ``key`` and ``params`` make the message); ``StalePlanError`` is the one a
caller may want to tell apart (another version was published meanwhile: nothing was kept)."""

from __future__ import annotations

from scheduler.domain.errors import UserError
from scheduler.store.errors import StalePlanError

__all__ = ["StalePlanError", "UserError"]
