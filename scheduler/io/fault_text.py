"""Input faults as text a case worker understands: where the fault is and what is wrong.

A line reads ``requests.csv, række 4, kolonne start: "2027-13-01" er ikke en dato
(ÅÅÅÅ-MM-DD)``; parts that do not apply (no row, no column) are left out. In settings files
(``*.toml`` and the workbook's ``scenario`` sheet) the column is a key and is called so.
The value is shown with every invisible character written out (``<U+200B>``): a cell that
looks right but is not must show why.
"""

from __future__ import annotations

from collections.abc import Iterable

from scheduler.domain.checker import Violation, format_violation
from scheduler.domain.faults import Fault
from scheduler.i18n import t
from scheduler.io.scenario_settings import SETTINGS_SHEET
from scheduler.io.text_checks import visible

EXPECT_PREFIX = "expect."


def fault_location(fault: Fault, lang: str | None = None) -> str:
    """File, row and column of the fault, comma-separated."""
    parts = [fault.file]
    if fault.row is not None:
        parts.append(t("fault.row", lang, row=fault.row))
    if fault.column is not None:
        in_settings = fault.file.endswith(".toml") or fault.file == SETTINGS_SHEET
        parts.append(t("fault.key" if in_settings else "fault.column", lang, column=fault.column))
    return ", ".join(parts)


def fault_message(fault: Fault, lang: str | None = None) -> str:
    """What is wrong, in the chosen language; ``expect.*`` params are translated too."""
    params = {name: _worded(value, lang) for name, value in fault.params.items()}
    params.setdefault("value", visible(fault.value or ""))
    params.setdefault("column", fault.column or "")
    return t(fault.code, lang, **params)


def _worded(value: object, lang: str | None) -> object:
    """A param as text: ``expect.*`` keys and checker findings are put into words."""
    if isinstance(value, str) and value.startswith(EXPECT_PREFIX):
        return t(value, lang)
    if isinstance(value, Violation):
        return format_violation(value, lang)
    return value


def format_fault(fault: Fault, lang: str | None = None) -> str:
    """One line naming file, row (the header is row 1), column, the value and the problem."""
    return f"{fault_location(fault, lang)}: {fault_message(fault, lang)}"


def fault_table(faults: Iterable[Fault], lang: str | None = None) -> list[dict[str, str]]:
    """The faults as rows for a table on screen: file, row, column, value, message."""
    return [
        {
            "file": fault.file,
            "row": "" if fault.row is None else str(fault.row),
            "column": fault.column or "",
            "value": visible(fault.value or ""),
            "message": fault_message(fault, lang),
        }
        for fault in faults
    ]
