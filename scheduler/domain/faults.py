"""Input faults: what is wrong with a scenario, located as a spreadsheet user would find it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Fault:
    """One fault in the input.

    ``file`` is the file (or workbook sheet) name as the user knows it, ``row`` the row as a
    spreadsheet numbers it (the header is row 1), ``column`` the column name, ``value`` the text
    found there. ``code`` names the message in the catalogue (``scheduler.i18n``); ``params``
    fill its placeholders.
    """

    file: str
    code: str
    row: int | None = None
    column: str | None = None
    value: str | None = None
    params: Mapping[str, object] = field(default_factory=dict)


class ScenarioError(Exception):
    """Raised when a scenario cannot be used; carries every fault found, not just the first."""

    def __init__(self, faults: Sequence[Fault]) -> None:
        super().__init__(f"{len(faults)} fault(s) in the input")
        self.faults = tuple(faults)
