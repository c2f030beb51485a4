"""Result files (``plan.csv``, ``day_plan.csv``) as CSV text, and read back row by row,
keeping every row that can be read and a fault for each flaw, so that ``respite check`` can
report them all at once.

Rows are numbered as a spreadsheet numbers them (the header is row 1; blank rows count).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from scheduler.domain.faults import Fault, ScenarioError
from scheduler.io.formula_guard import csv_text
from scheduler.io.limited_read import ReadRefused, read_file
from scheduler.io.scenario_sources import unclosed_quote_fault
from scheduler.io.scenario_tables import Row, UnclosedQuoteError, csv_records, table_from_records

T = TypeVar("T")


def result_csv_text(columns: Sequence[str], rows: Sequence[dict[str, str]]) -> str:
    """The rows as CSV text under a header of ``columns``, text a spreadsheet could run
    guarded."""
    return csv_text([columns, *([row[column] for column in columns] for row in rows)])


@dataclass(frozen=True)
class ResultRows(Generic[T]):
    """What was read: the rows read (``None`` when the file has no usable header or lacks a
    column), every fault, and the ids of the rows that could not be read."""

    items: tuple[T, ...] | None
    faults: tuple[Fault, ...]
    unread: frozenset[str]


def read_result_rows(
    path: Path,
    columns: Sequence[str],
    most_rows: int,
    id_column: str,
    read_row: Callable[[str, Row, list[Fault]], T | None],
) -> ResultRows[T]:
    """Read ``path``: its header must hold exactly ``columns`` (in any order); each row is
    read by ``read_row`` (``None`` when it cannot be, its faults added).

    Raises
    ------
    ScenarioError
        Only when the file cannot be read at all (missing, not UTF-8, not CSV, too many rows).
    """
    file = path.name
    try:
        data = read_file(path)
        if data is None:
            raise ScenarioError([Fault(file, "file.missing")])
        records = csv_records(data)
    except ReadRefused as refused:
        raise ScenarioError([Fault(file, refused.code, params=refused.params)]) from None
    except UnclosedQuoteError as error:
        raise ScenarioError([unclosed_quote_fault(file, error)]) from None
    except (OSError, ValueError):
        raise ScenarioError([Fault(file, "file.unreadable")]) from None
    faults: list[Fault] = []
    table = table_from_records(file, records, faults, most_rows)
    if table is None:
        if any(fault.code == "table.too_many_rows" for fault in faults):
            raise ScenarioError(faults)
        return ResultRows(None, tuple(faults), frozenset())
    missing = [column for column in columns if column not in table.header]
    faults += [
        Fault(file, "column.missing", row=table.header_row, column=column) for column in missing
    ]
    faults += [
        Fault(file, "column.unknown", row=table.header_row, column=column)
        for column in table.header
        if column not in columns
    ]
    if missing:
        return ResultRows(None, tuple(faults), frozenset())
    items: list[T] = []
    unread: set[str] = set()
    for row in table.rows:
        item = read_row(file, row, faults)
        if item is not None:
            items.append(item)
        elif row.get(id_column):
            unread.add(row.get(id_column))
    return ResultRows(tuple(items), tuple(faults), frozenset(unread))
