"""Text that a spreadsheet must never run (FORMAT.md v2: values are never evaluated).

An id or name beginning with ``=``, ``+``, ``-`` or ``@`` is plain text to respite, but a
spreadsheet that opens a file holding it may run it as a formula (CSV injection). Following
OWASP's advice, every CSV file respite writes puts a single quote before such a text and quotes
the field (``"'=R1"``); every CSV file respite reads takes exactly that one quote away again, so
the text survives the round trip. Every workbook respite writes holds such a text as a text
cell marked with Excel's quote prefix, never as a formula.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from openpyxl.cell.cell import Cell

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a CSV field as a formula."""
XLSX_TRIGGERS = ("=", "+", "-", "@")
"""First characters of a workbook text that Excel would take as a formula when edited."""
QUOTE = "'"


def _triggers(text: str) -> bool:
    """Whether ``text``, after any leading quotes, begins with a formula trigger."""
    return text.lstrip(QUOTE).startswith(TRIGGERS)


def guard(text: str) -> str:
    """``text`` as a CSV field safe to open: one quote before a text that begins with a formula
    trigger, or with quotes and then a trigger (so that ``unguard`` gives every text back)."""
    return QUOTE + text if _triggers(text) else text


def unguard(text: str) -> str:
    """The text of a CSV field as written: exactly one leading quote is taken away where the
    quotes lead to a formula trigger (``'=R1`` is ``=R1``); any other text is kept as it is."""
    return text[1:] if text.startswith(QUOTE) and _triggers(text) else text


def csv_text(rows: Iterable[Sequence[str | int]]) -> str:
    """Comma-separated lines (``\\n`` ends each), every text guarded; a guarded field is always
    quoted, others only where they hold a comma, a quote or a line break."""
    return "".join(",".join(_field(cell) for cell in row) + "\n" for row in rows)


def _field(cell: str | int) -> str:
    if not isinstance(cell, str):
        return str(cell)
    text = guard(cell)
    if text != cell or any(char in text for char in ',"\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


def guard_cell(cell: Cell) -> None:
    """Make a workbook cell holding text that begins with a formula trigger a text cell with
    Excel's quote prefix (shown as typed, never run, also after editing the cell)."""
    if isinstance(cell.value, str) and cell.value.startswith(XLSX_TRIGGERS):
        cell.data_type = "s"
        cell.quotePrefix = True


def guard_row(cells: Iterable[Cell]) -> None:
    """``guard_cell`` for every cell of a row."""
    for cell in cells:
        guard_cell(cell)
