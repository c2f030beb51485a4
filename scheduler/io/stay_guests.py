"""Who is arriving, for a centre's own exports: the guest of each stay at the centre.

A centre's staff need to know who comes and what they need (the case worker's handover note);
only the centre's own stays carry a guest, so an export holds no name of anyone staying
elsewhere. The service picks the guests (``scheduler.service.exporting``); the writers of the
workbook and the calendar only print what they are given.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Guest:
    """The person of one stay as the centre's staff see them: name, needs (the tags the
    centre must have) and the case worker's note (``""``: none)."""

    name: str
    needs: tuple[str, ...]
    note: str = ""


Guests = Mapping[str, Guest]
"""The guest of each stay, by the stay's request id."""
