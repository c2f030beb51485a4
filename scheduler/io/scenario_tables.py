"""Raw tables of a scenario: rows of text cells, read from CSV text or a workbook sheet.

Both sources are turned into the same shape (a header and numbered rows of stripped text) so
that one set of checks serves folders, zip uploads and workbooks alike. Rows are numbered as a
spreadsheet numbers them: the header is row 1. A table with more rows than respite handles is
refused whole (``scheduler.io.bounds.ROW_LIMITS``), and a CSV quote that never closes is
blamed on its file and row instead of swallowing the rest of the file.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from scheduler.domain.faults import Fault
from scheduler.io.formula_guard import unguard


@dataclass(frozen=True)
class Row:
    """One data row: its spreadsheet number and its cells by column name (stripped text)."""

    number: int
    cells: Mapping[str, str]

    def get(self, column: str) -> str:
        """The cell's text; an absent column or a short row reads as an empty cell."""
        return self.cells.get(column, "")


@dataclass(frozen=True)
class Table:
    """A table as the user wrote it: ``file`` is the name they know (``requests.csv`` or the
    workbook sheet ``requests``)."""

    file: str
    header: tuple[str, ...]
    rows: tuple[Row, ...]
    header_row: int = 1


def cell_text(value: object) -> str:
    """A cell value as text, the way a planner reads it in Excel.

    Workbook cells arrive typed: a datetime at midnight is a date, a whole float (``14.0``) is
    an integer, a boolean is ``true``/``false``. Anything else keeps its natural text, so a bad
    value still shows up in the fault as the user would recognise it.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def table_from_records(
    file: str,
    records: Iterable[Sequence[str]],
    faults: list[Fault],
    most_rows: int | None = None,
) -> Table | None:
    """Build a table from records (lists of cell texts), the first being the header.

    Blank records are skipped but still counted, so row numbers match the spreadsheet. A
    repeated column name and a filled cell outside the named columns are faults. Returns
    ``None`` (and a ``file.empty`` fault) when there is no header at all, and ``None`` (and a
    ``table.too_many_rows`` fault) when it has more than ``most_rows`` data rows: those are
    counted, not kept.
    """
    numbered = enumerate(([cell.strip() for cell in record] for record in records), start=1)
    header: list[str] | None = None
    header_row = 1
    rows: list[Row] = []
    count = 0
    for number, cells in numbered:
        if header is None:
            if any(cells):
                header, header_row = _header(file, number, cells, faults), number
            continue
        if not any(cells):
            continue
        count += 1
        if most_rows is not None and count > most_rows:
            continue
        for index in range(len(header), len(cells)):
            if cells[index]:
                faults.append(Fault(file, "value.extra_cell", row=number, value=cells[index]))
        named = {name: text for name, text in zip(header, cells, strict=False) if name}
        rows.append(Row(number, named))
    if header is None:
        faults.append(Fault(file, "file.empty"))
        return None
    if most_rows is not None and count > most_rows:
        faults.append(
            Fault(file, "table.too_many_rows", params={"count": count, "most": most_rows})
        )
        return None
    return Table(file, tuple(name for name in header if name), tuple(rows), header_row)


def _header(file: str, number: int, cells: list[str], faults: list[Fault]) -> list[str]:
    """The column names; a name seen before is reported and its column ignored."""
    header: list[str] = []
    for name in cells:
        if name and name in header:
            faults.append(Fault(file, "column.duplicate", row=number, column=name))
            header.append("")
        else:
            header.append(name)
    return header


class UnclosedQuoteError(ValueError):
    """A quote opens a cell and never closes: the rest of the file would be one cell.

    ``row`` is the record (as a spreadsheet numbers rows) and ``line`` the line of the file
    where the cell opens, ``column`` the cell's place in its record (0 is the first);
    ``records`` are the records before it.
    """

    def __init__(self, row: int, line: int, column: int, records: Sequence[Sequence[str]]) -> None:
        super().__init__(f"unclosed quote in row {row} (line {line})")
        self.row, self.line, self.column, self.records = row, line, column, records


def csv_records(data: bytes) -> list[list[str]]:
    """The records of a CSV file, as Excel saves it in any locale.

    UTF-8 (a BOM, as Excel writes it, is accepted), else Windows-1252 (Danish Excel's "CSV"
    without UTF-8). The header row tells the separator: semicolons (Danish Excel's default)
    where it holds more of them than commas, else commas. A cell guarded against formula
    injection (``'=R1``, ``scheduler.io.formula_guard``) is read without its guard.

    Raises
    ------
    UnclosedQuoteError
        When a quote opens a cell and never closes.
    ValueError
        When the bytes are neither encoding or not CSV.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252")  # a UnicodeDecodeError is a ValueError too
    header = next((line for line in text.splitlines() if line.strip()), "")
    separator = ";" if header.count(";") > header.count(",") else ","
    records = _strict_records(text, separator)
    if records is None:  # quoting Excel never writes ('"a"b'): read as Python's csv does
        try:
            records = list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))
        except csv.Error as error:
            raise ValueError(str(error)) from error
    return [[unguard(cell) for cell in record] for record in records]


def _strict_records(text: str, separator: str) -> list[list[str]] | None:
    """The records read strictly; ``None`` after malformed quoting other than an unclosed
    quote at the end of the file, which raises ``UnclosedQuoteError``."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    records: list[list[str]] = []
    line = 0
    try:
        for record in reader:
            records.append(record)
            line = reader.line_num
    except csv.Error as error:
        if "end of data" not in str(error):
            return None
        lenient = list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))
        open_record = lenient[len(records)] if len(lenient) > len(records) else [""]
        raise UnclosedQuoteError(
            len(records) + 1, line + 1, len(open_record) - 1, records
        ) from None
    return records
