"""Where a scenario's raw material comes from: a folder, a zip of that folder, or a workbook.

Each source yields the same ``Source``: the settings entries and the raw tables, with the
faults met while reading files. Checking what they say is left to the reader.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl

from scheduler.domain.faults import Fault
from scheduler.io.scenario_schema import TABLES
from scheduler.io.scenario_settings import (
    SETTINGS_SHEET,
    Setting,
    settings_from_records,
    settings_from_toml,
)
from scheduler.io.scenario_tables import Table, cell_text, csv_records, table_from_records

SETTINGS_FILE = "scenario.toml"
MAX_MEMBER_BYTES = 50_000_000  # a zip member larger than this is refused, not unpacked

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

    ``read`` raises ``OSError`` for a file that exists but cannot be read.
    """
    faults: list[Fault] = []
    data = _read(read, SETTINGS_FILE, True, faults)
    settings = None if data is None else settings_from_toml(SETTINGS_FILE, data, faults)
    tables: dict[str, Table | None] = {}
    for spec in TABLES:
        file = f"{spec.name}.csv"
        raw = _read(read, file, spec.required_file, faults)
        tables[spec.name] = None
        if raw is None:
            continue
        try:
            records = csv_records(raw)
        except ValueError:
            faults.append(Fault(file, "file.unreadable"))
            continue
        tables[spec.name] = table_from_records(file, records, faults)
    return Source(SETTINGS_FILE, settings, tables, faults)


def directory_source(path: Path) -> Source:
    """A scenario folder on disk."""

    def read(name: str) -> bytes | None:
        file = path / name
        return file.read_bytes() if file.is_file() else None

    return folder_source(read)


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
                return _failed(Fault(name, "upload.several_scenarios"))
            root = roots[0] if roots else ""

            def read(file: str) -> bytes | None:
                info = members.get(root + file)
                if info is None:
                    return None
                if info.file_size > MAX_MEMBER_BYTES:
                    raise OSError(f"member too large: {info.file_size} bytes")
                try:
                    return archive.read(info)
                except (zipfile.BadZipFile, zlib.error, EOFError) as error:
                    raise OSError(str(error)) from error

            return folder_source(read)
    except zipfile.BadZipFile:
        return _failed(Fault(name, "file.unreadable"))


def workbook_source(name: str, data: bytes) -> Source:
    """An ``.xlsx`` workbook: one sheet per table plus the ``scenario`` settings sheet.

    Sheet names are matched ignoring case and surrounding spaces; other sheets are ignored.
    """
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception:  # openpyxl fails in many ways on a damaged or foreign file
        return _failed(Fault(name, "file.unreadable"))
    sheets = {
        sheet.title.strip().lower(): [
            [cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)
        ]
        for sheet in workbook.worksheets
    }
    workbook.close()
    faults: list[Fault] = []
    settings = None
    if SETTINGS_SHEET in sheets:
        settings = settings_from_records(SETTINGS_SHEET, sheets[SETTINGS_SHEET], faults)
    else:
        faults.append(Fault(SETTINGS_SHEET, "sheet.missing"))
    tables: dict[str, Table | None] = {}
    for spec in TABLES:
        records = sheets.get(spec.name)
        if records is None and spec.required_file:
            faults.append(Fault(spec.name, "sheet.missing"))
        tables[spec.name] = (
            None if records is None else table_from_records(spec.name, records, faults)
        )
    return Source(SETTINGS_SHEET, settings, tables, faults)


def _read(read: ReadFile, file: str, required: bool, faults: list[Fault]) -> bytes | None:
    """A file's bytes, or ``None`` with a fault when it is unreadable (or missing and needed)."""
    try:
        data = read(file)
    except OSError:
        faults.append(Fault(file, "file.unreadable"))
        return None
    if data is None and required:
        faults.append(Fault(file, "file.missing"))
    return data


def _failed(fault: Fault) -> Source:
    """A source that could not be opened at all."""
    return Source(SETTINGS_FILE, None, {spec.name: None for spec in TABLES}, [fault])
