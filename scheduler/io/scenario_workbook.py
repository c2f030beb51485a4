"""A scenario from an ``.xlsx`` workbook: one sheet per table plus the ``scenario`` sheet.

Sheet names are matched ignoring case and surrounding spaces; other sheets are ignored. Two
sheets that match the same name (``requests`` and ``Requests ``) are a fault naming both:
respite never guesses which one is meant. Values are never evaluated (FORMAT.md v2): a formula
cell is read by the result Excel stored with it, and one without a stored result is a fault
naming its sheet, row and column. Every member of the workbook is inflated within its limit
before openpyxl unpacks it, and every sheet is read within its row limit.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from scheduler.domain.faults import Fault
from scheduler.io.bounds import ROW_LIMITS
from scheduler.io.limited_read import ReadRefused, check_members
from scheduler.io.scenario_schema import TABLES
from scheduler.io.scenario_settings import SETTINGS_SHEET, settings_from_records
from scheduler.io.scenario_sources import Source, failed
from scheduler.io.scenario_tables import Table, cell_text, table_from_records

FORMULA_FAULT = "cell.formula_without_value"
_SHEETS = (SETTINGS_SHEET, *(spec.name for spec in TABLES))

Records = list[list[str]]


@dataclass(frozen=True)
class _Formula:
    """A formula cell without a stored result: its row (1 = the first) and column index."""

    row: int
    column: int
    formula: str


def workbook_source(name: str, data: bytes) -> Source:
    """The raw scenario of the workbook ``data`` (the uploaded file ``name``)."""
    try:
        check_members(data)
        formulas = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except ReadRefused as refused:
        return failed(Fault(name, refused.code, params=refused.params))
    except Exception:  # not a zip, or openpyxl failing in one of its many ways on a foreign file
        return failed(Fault(name, "file.unreadable"))
    faults: list[Fault] = []
    titles: dict[str, list[str]] = {}
    for title in formulas.sheetnames:
        titles.setdefault(title.strip().lower(), []).append(title)
    sheets: dict[str, Records] = {}
    set_aside: set[str] = set()
    values: openpyxl.Workbook | None = None
    for sheet in _SHEETS:
        found = titles.get(sheet, [])
        if len(found) > 1:
            named = ", ".join(f'"{title}"' for title in found)
            faults.append(Fault(sheet, "sheet.ambiguous", value=sheet, params={"sheets": named}))
            set_aside.add(sheet)
            continue
        if not found:
            continue
        records, missing = _records(formulas[found[0]])
        if missing:
            if values is None:
                values = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            missing = _stored_results(values[found[0]], records, missing)
            faults += _formula_faults(sheet, records, missing)
        most = ROW_LIMITS.get(sheet)
        if most is not None and (count := _data_rows(records)) > most:
            faults.append(
                Fault(sheet, "table.too_many_rows", params={"count": count, "most": most})
            )
            set_aside.add(sheet)
            continue
        sheets[sheet] = records
    formulas.close()
    if values is not None:
        values.close()
    return _source(sheets, set_aside, faults)


def _source(sheets: dict[str, Records], set_aside: set[str], faults: list[Fault]) -> Source:
    """The settings and tables of the sheets read; a missing sheet is a fault unless it was
    set aside for a fault of its own."""
    settings = None
    if SETTINGS_SHEET in sheets:
        settings = settings_from_records(SETTINGS_SHEET, sheets[SETTINGS_SHEET], faults)
    elif SETTINGS_SHEET not in set_aside:
        faults.append(Fault(SETTINGS_SHEET, "sheet.missing"))
    tables: dict[str, Table | None] = {}
    for spec in TABLES:
        records = sheets.get(spec.name)
        if records is None and spec.required_file and spec.name not in set_aside:
            faults.append(Fault(spec.name, "sheet.missing"))
        tables[spec.name] = (
            None if records is None else table_from_records(spec.name, records, faults)
        )
    return Source(SETTINGS_SHEET, settings, tables, faults)


def _records(sheet: ReadOnlyWorksheet) -> tuple[Records, list[_Formula]]:
    """The sheet's rows as text, and its formula cells (their stored results still unknown:
    in this reading a formula cell holds its formula, and is read as empty)."""
    records: Records = []
    formulas: list[_Formula] = []
    for number, row in enumerate(sheet.iter_rows(), start=1):
        record = []
        for index, cell in enumerate(row):
            if cell.data_type == "f":
                formula = getattr(cell.value, "text", None) or str(cell.value)
                formulas.append(_Formula(number, index, formula))
                record.append("")
            else:
                record.append(cell_text(cell.value))
        records.append(record)
    return records, formulas


def _stored_results(
    sheet: ReadOnlyWorksheet, records: Records, formulas: list[_Formula]
) -> list[_Formula]:
    """Put the stored result of every formula cell into ``records``; returns the formula cells
    that have none (a text result, even an empty one, counts as stored)."""
    wanted = {(formula.row, formula.column): formula for formula in formulas}
    missing = []
    for number, row in enumerate(sheet.iter_rows(), start=1):
        for index, cell in enumerate(row):
            formula = wanted.get((number, index))
            if formula is None:
                continue
            if cell.value is None and cell.data_type != "s":
                missing.append(formula)
            else:
                records[number - 1][index] = cell_text(cell.value)
    return missing


def _formula_faults(sheet: str, records: Records, formulas: list[_Formula]) -> list[Fault]:
    """A fault per formula without a stored result, naming its column as the header does (in
    the settings sheet: the row's key), else by its letter."""
    header = next((record for record in records if any(record)), [])
    faults = []
    for formula in formulas:
        record = records[formula.row - 1]
        if sheet == SETTINGS_SHEET:
            column = record[0] if formula.column > 0 and record and record[0] else None
        else:
            column = header[formula.column] if formula.column < len(header) else None
        faults.append(
            Fault(
                sheet,
                FORMULA_FAULT,
                row=formula.row,
                column=column or get_column_letter(formula.column + 1),
                value=formula.formula,
                params={"formula": formula.formula},
            )
        )
    return faults


def _data_rows(records: Records) -> int:
    """Rows holding something, after the header."""
    filled = sum(1 for record in records if any(record))
    return max(filled - 1, 0)
