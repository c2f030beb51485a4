"""Messages of the services overviews: ended day-centre places, the relief teams' hours, and the
service rows of an upload's preview."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {}
