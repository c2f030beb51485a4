"""Where a scenario's raw material comes from: a folder, or a zip of that folder.

Each source yields the same ``Source``: the settings entries and the raw tables, with the
faults met while reading files. Checking what they say is left to the reader. Every file is
read within ``scheduler.io.bounds.MAX_FILE_BYTES`` (a zip member counted as it inflates) and
every table within its row limit; a workbook is read by ``scheduler.io.scenario_workbook``.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from scheduler.domain.faults import Fault
from scheduler.io.bounds import ROW_LIMITS
from scheduler.io.limited_read import ReadRefused, read_file, read_member
from scheduler.io.scenario_schema import TABLES
from scheduler.io.scenario_settings import Setting, settings_from_toml
from scheduler.io.scenario_tables import (
    Table,
    UnclosedQuoteError,
    csv_records,
    table_from_records,
)

SETTINGS_FILE = "scenario.toml"

ReadFile = Callable[[str], bytes | None]


@dataclass(frozen=True)
class Source:
    """The raw scenario: settings entries (``None`` when their file could not be read), the
    tables by name (``None`` when absent or unreadable), and the faults met so far."""

    settings_file: str
    settings: list[Setting] | None
    tables: dict[str, Table | None]
    faults: list[Fault] = field(default_factory=list)


def folder_source(read: ReadFile) -> Source:
    """A scenario folder seen through ``read``: a file's bytes, ``None`` when it is absent.

    ``read`` raises ``OSError`` for a file that exists but cannot be read, and ``ReadRefused``
    for one it will not read.
    """
    faults: list[Fault] = []
    data = _read(read, SETTINGS_FILE, True, faults)
    settings = None if data is None else settings_from_toml(SETTINGS_FILE, data, faults)
    tables: dict[str, Table | None] = {}
    for spec in TABLES:
        file = f"{spec.name}.csv"
        raw = _read(read, file, spec.required_file, faults)
        tables[spec.name] = None if raw is None else csv_table(file, raw, spec.name, faults)
    return Source(SETTINGS_FILE, settings, tables, faults)


def csv_table(file: str, raw: bytes, name: str, faults: list[Fault]) -> Table | None:
    """The table of a CSV file's bytes; ``None`` (with a fault) when it cannot be read."""
    try:
        records = csv_records(raw)
    except UnclosedQuoteError as error:
        faults.append(unclosed_quote_fault(file, error))
        return None
    except ValueError:
        faults.append(Fault(file, "file.unreadable"))
        return None
    return table_from_records(file, records, faults, ROW_LIMITS.get(name))


def unclosed_quote_fault(file: str, error: UnclosedQuoteError) -> Fault:
    """The fault blaming an unclosed quote on its file, row and (where the header names it)
    column."""
    header = next((record for record in error.records if any(c.strip() for c in record)), None)
    column = None
    if header is not None and 0 <= error.column < len(header):
        column = header[error.column].strip() or None
    return Fault(
        file, "csv.unclosed_quote", row=error.row, column=column, params={"line": error.line}
    )


def directory_source(path: Path) -> Source:
    """A scenario folder on disk."""
    return folder_source(lambda name: read_file(path / name))


def zip_source(name: str, data: bytes) -> Source:
    """A zip holding the scenario folder's files, at its top or inside one sub-folder."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = {
                info.filename: info
                for info in archive.infolist()
                if not info.is_dir() and not info.filename.startswith("__MACOSX/")
            }
            roots = sorted(
                member.removesuffix(SETTINGS_FILE)
                for member in members
                if member.rsplit("/", 1)[-1] == SETTINGS_FILE
            )
            if len(roots) > 1:
                return failed(Fault(name, "upload.several_scenarios"))
            root = roots[0] if roots else ""

            def read(file: str) -> bytes | None:
                info = members.get(root + file)
                return None if info is None else read_member(archive, info)

            return folder_source(read)
    except (zipfile.BadZipFile, OSError, EOFError):
        return failed(Fault(name, "file.unreadable"))


def _read(read: ReadFile, file: str, required: bool, faults: list[Fault]) -> bytes | None:
    """A file's bytes, or ``None`` with a fault when it is unreadable, refused (too large,
    encrypted) or missing and needed."""
    try:
        data = read(file)
    except ReadRefused as refused:
        faults.append(Fault(file, refused.code, params=refused.params))
        return None
    except OSError:
        faults.append(Fault(file, "file.unreadable"))
        return None
    if data is None and required:
        faults.append(Fault(file, "file.missing"))
    return data


def failed(fault: Fault) -> Source:
    """A source that could not be opened at all."""
    return Source(SETTINGS_FILE, None, {spec.name: None for spec in TABLES}, [fault])
