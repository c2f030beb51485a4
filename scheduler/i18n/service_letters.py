"""Messages of the recorded day-centre and relief-at-home letters: their kinds in the letter
lists and what the letters say."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {}
