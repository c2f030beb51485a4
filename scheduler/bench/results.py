"""``results.csv``: one row per size, seed and method, in the columns of ``COLUMNS``."""

from __future__ import annotations

import csv
from pathlib import Path

from scheduler.bench.measurements import (
    BOOL_COLUMNS,
    COLUMNS,
    FLOAT_COLUMNS,
    INT_COLUMNS,
    Cell,
    Row,
)


def write_results(rows: list[Row], path: Path) -> None:
    """Write the rows (unknown cells empty, floats to four decimals)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([_text(row.get(column)) for column in COLUMNS])


def read_results(path: Path) -> list[Row]:
    """Read rows written by ``write_results``; cells get their types back."""
    with path.open(newline="", encoding="utf-8") as file:
        return [
            {column: _value(column, record.get(column) or "") for column in COLUMNS}
            for record in csv.DictReader(file)
        ]


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "True" if cell else "False"
    if isinstance(cell, float):
        return f"{cell:.4f}"
    return str(cell)


def _value(column: str, text: str) -> Cell:
    if text == "":
        return "" if column == "error" else None
    if column in BOOL_COLUMNS:
        return text == "True"
    if column in INT_COLUMNS:
        return int(text)
    if column in FLOAT_COLUMNS:
        return float(text)
    return text
