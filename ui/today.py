"""The app's today: the real date, or the day a demo or an end-to-end test is set to.

The demo's plan lies in a later year than the real date, and what happened to a stay can be
recorded only once it has happened; a demo or a test that records arrivals sets the app's
today with the environment variable ``RESPITE_TODAY`` (an ISO date, ``2027-03-10``).
"""

from __future__ import annotations

import os
from datetime import date

TODAY = "RESPITE_TODAY"
"""The environment variable holding the app's today as an ISO date (unset: the real date)."""


def app_today() -> date:
    """Today as the app judges what has happened: ``date.today()``, or the ISO date in the
    environment variable ``RESPITE_TODAY`` when it is set (a demo or an end-to-end test of a
    later year). A value that is not an ISO date raises ``ValueError``: the app's setup is
    wrong, not a user's input."""
    given = os.environ.get(TODAY, "").strip()
    if not given:
        return date.today()
    try:
        return date.fromisoformat(given)
    except ValueError:
        raise ValueError(f"{TODAY} must be an ISO date (2027-03-10), not {given!r}") from None
