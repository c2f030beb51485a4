"""Reading the cells of one row, turning every bad cell into a located fault.

A reader method never raises: on a bad cell it records the fault, marks the row as failed and
returns a placeholder, so one pass reports every bad cell of the row. The caller builds its
domain object only when ``ok`` is still true.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import TypeVar

from scheduler.domain.faults import Fault
from scheduler.io.scenario_tables import Row
from scheduler.io.values import parse_bool, parse_date, parse_int, parse_list

T = TypeVar("T")

TAG_SEPARATOR = ";"


class Cells:
    """The cells of ``row`` in ``file``; faults go to the shared ``faults`` list."""

    def __init__(self, file: str, row: Row, faults: list[Fault]) -> None:
        self.file = file
        self.row = row
        self.faults = faults
        self.failed: set[str] = set()

    @property
    def ok(self) -> bool:
        """Whether every cell read so far was good."""
        return not self.failed

    def fault(self, column: str, code: str, **params: object) -> None:
        """Record a fault on ``column`` of this row, quoting the cell's text."""
        self.failed.add(column)
        self.faults.append(
            Fault(self.file, code, self.row.number, column, self.row.get(column), params)
        )

    def text(self, column: str) -> str:
        """A required text cell."""
        self._require(column)
        return self.row.get(column)

    def optional_text(self, column: str, default: str = "") -> str:
        """A text cell; empty means ``default``."""
        return self.row.get(column) or default

    def date(self, column: str) -> datetime.date:
        """A required ISO date."""
        self._require(column)
        return self.optional_date(column) or datetime.date.min

    def optional_date(self, column: str) -> datetime.date | None:
        """An ISO date, or ``None`` when the cell is empty."""
        return self._parse(column, parse_date, "value.bad_date")

    def count(self, column: str) -> int:
        """A required whole number ≥ 0."""
        self._require(column)
        return self.optional_count(column) or 0

    def optional_count(self, column: str, default: int | None = None) -> int | None:
        """A whole number ≥ 0; an empty cell gives ``default``."""
        number = self._parse(column, parse_int, "value.bad_int")
        if number is None:
            return default
        if number < 0:
            self.fault(column, "value.negative")
        return number

    def flag(self, column: str, default: bool) -> bool:
        """A boolean (``true/false``, ``yes/no``, ``ja/nej``, ``1/0``); empty means ``default``."""
        value = self._parse(column, parse_bool, "value.bad_bool")
        return default if value is None else value

    def tags(self, column: str) -> frozenset[str]:
        """A ``;``-separated set of tags (empty cell: none)."""
        return frozenset(parse_list(self.row.get(column), TAG_SEPARATOR))

    def end_after(self, start: datetime.date, end: datetime.date) -> None:
        """Report the ``end`` cell unless it is after ``start``; skipped when either cell of
        ``start``/``end`` was already at fault (the placeholders mean nothing)."""
        if not self.failed & {"start", "end"} and end <= start:
            self.fault("end", "value.end_not_after_start", start=start.isoformat())

    def _require(self, column: str) -> None:
        if not self.row.get(column):
            self.fault(column, "value.missing")

    def _parse(self, column: str, parse: Callable[[str], T], code: str) -> T | None:
        text = self.row.get(column)
        if not text:
            return None
        try:
            return parse(text)
        except ValueError:
            self.fault(column, code)
            return None
