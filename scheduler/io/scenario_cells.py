"""Reading the cells of one row, turning every bad cell into a located fault.

A reader method never raises: on a bad cell it records the fault, marks the row as failed and
returns a placeholder, so one pass reports every bad cell of the row. The caller builds its
domain object only when ``ok`` is still true. Every value is held to its bound
(``scheduler.io.bounds``) here, so no reader can forget one.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import TypeVar

from scheduler.domain.faults import Fault
from scheduler.io import bounds
from scheduler.io.scenario_tables import Row
from scheduler.io.text_checks import (
    CPR_MASK,
    control_character,
    invisible_character,
    looks_like_cpr,
)
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

    def fault(self, column: str, code: str, value: str | None = None, **params: object) -> None:
        """Record a fault on ``column`` of this row, quoting the cell's text (or ``value``)."""
        self.failed.add(column)
        quoted = self.row.get(column) if value is None else value
        self.faults.append(Fault(self.file, code, self.row.number, column, quoted, params))

    def text(self, column: str) -> str:
        """A required text cell."""
        self._require(column)
        return self._checked_text(column)

    def optional_text(self, column: str, default: str = "") -> str:
        """A text cell; empty means ``default``."""
        return self._checked_text(column) or default

    def date(self, column: str) -> datetime.date:
        """A required ISO date."""
        self._require(column)
        return self.optional_date(column) or datetime.date.min

    def optional_date(self, column: str) -> datetime.date | None:
        """An ISO date between ``FIRST_DATE`` and ``LAST_DATE``, or ``None`` when empty."""
        day = self._parse(column, parse_date, "value.bad_date")
        if day is not None and not bounds.FIRST_DATE <= day <= bounds.LAST_DATE:
            self.fault(
                column,
                "value.date_out_of_range",
                first=bounds.FIRST_DATE.isoformat(),
                last=bounds.LAST_DATE.isoformat(),
            )
        return day

    def count(self, column: str) -> int:
        """A required whole number ≥ 0."""
        self._require(column)
        return self.optional_count(column) or 0

    def optional_count(self, column: str, default: int | None = None) -> int | None:
        """A whole number from 0 to the column's bound; an empty cell gives ``default``."""
        number = self._parse(column, parse_int, "value.bad_int")
        if number is None:
            return default
        most = bounds.COUNT_LIMITS.get(column)
        if number < 0:
            self.fault(column, "value.negative")
        elif most is not None and number > most:
            self.fault(column, "value.too_large", most=most)
        return number

    def flag(self, column: str, default: bool) -> bool:
        """A boolean (``true/false``, ``yes/no``, ``ja/nej``, ``1/0``); empty means ``default``."""
        value = self._parse(column, parse_bool, "value.bad_bool")
        return default if value is None else value

    def tags(self, column: str) -> frozenset[str]:
        """A ``;``-separated set of tags (empty cell: none)."""
        return frozenset(parse_list(self._checked_text(column), TAG_SEPARATOR))

    def end_after(
        self, start: datetime.date, end: datetime.date, most_nights: int | None = None
    ) -> None:
        """Report the ``end`` cell unless it is after ``start`` (and, with ``most_nights``, at
        most that many nights after it); skipped when either cell of ``start``/``end`` was
        already at fault (the placeholders mean nothing)."""
        if self.failed & {"start", "end"}:
            return
        if end <= start:
            self.fault("end", "value.end_not_after_start", start=start.isoformat())
        elif most_nights is not None and (end - start).days > most_nights:
            self.fault("end", "value.period_too_long", nights=(end - start).days, most=most_nights)

    def _checked_text(self, column: str) -> str:
        """The cell's text, held to its column's bounds: length, no control character, and
        for ids no invisible character and (for persons) no CPR number."""
        text = self.row.get(column)
        if not text:
            return text
        most = bounds.TEXT_LIMITS.get(column, bounds.NAME_LENGTH)
        if column in bounds.PERSON_ID_COLUMNS and looks_like_cpr(text):
            self.fault(column, "person.cpr_number", value=CPR_MASK)
        elif len(text) > most:
            self.fault(column, "value.too_long", length=len(text), most=most)
        elif (char := control_character(text)) is not None:
            self.fault(column, "value.control_character", char=char)
        elif column in bounds.ID_COLUMNS and (char := invisible_character(text)) is not None:
            self.fault(column, "value.invisible_character", char=char)
        return text

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
