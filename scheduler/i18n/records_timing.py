"""Messages of recording what happened only once it has happened: arrivals and departures dated
after today are refused."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {}
