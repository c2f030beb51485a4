"""Reading an uploaded workbook (or zip) that holds only some of a scenario: new or changed rows
of some tables, with the persons, centres and settings already in the store.

The tables the upload holds are laid over the stored ones by id and the whole is checked as an
import is (``scheduler.io.scenario_reader``): a request may name a stored person, a closure a
stored centre, and every fault is located in the uploaded file. A row of a stored id keeps the
stored value of each column the uploaded sheet does not have; a new row needs every required
column. The tables and settings the upload lacks come from the store. The result holds only
what the upload brings (the settings, the rows of its tables, the centres its closures name, so
that their closures are replaced): importing it inserts or updates those rows and nothing else.

With an empty store the upload must be a whole scenario, as before.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.errors import UserError
from scheduler.domain.faults import Fault, ScenarioError
from scheduler.domain.model import Scenario
from scheduler.domain.services import Services
from scheduler.io.bounds import MAX_FILE_BYTES
from scheduler.io.profiles import available_profiles
from scheduler.io.scenario_reader import scenario_with_services, upload_with_services
from scheduler.io.scenario_schema import SERVICE_TABLES, TABLES
from scheduler.io.scenario_settings import SETTINGS_SHEET, Setting, settings_from_records
from scheduler.io.scenario_sources import SETTINGS_FILE, Source, zip_source
from scheduler.io.scenario_tables import Row, Table
from scheduler.io.scenario_workbook import workbook_source
from scheduler.io.scenario_writer import TableData, rule_overrides, scenario_rows, scenario_tables
from scheduler.service.import_preview import ImportPreview
from scheduler.service.versions import load_scenario
from scheduler.store import history_repo

__all__ = ["Edit", "overwritten_edits", "read_upload", "read_upload_with_services", "upload_stamp"]

Edit = history_repo.Edit

KEYS = {"centres": "centre_id", "persons": "person_id", "requests": "request_id"}
"""The tables whose rows the store holds by id (a closure or booking has no id of its own)."""
MISSING = frozenset({"sheet.missing", "file.missing"})


def read_upload(engine: Engine, name: str, data: bytes) -> Scenario:
    """The uploaded file ``name`` (``.xlsx`` or ``.zip``) read against the stored scenario.

    Returns a scenario holding the settings (the upload's, else the stored ones), the rows of
    the tables the upload holds (merged with the stored row of the same id) and, for its
    closures, their centres.

    Raises
    ------
    ScenarioError
        Every fault found, located in the uploaded file; nothing is read into the store.
    """
    return read_upload_with_services(engine, name, data)[0]


def read_upload_with_services(
    engine: Engine, name: str, data: bytes
) -> tuple[Scenario, Services | None]:
    """``read_upload``, with the day-centre and relief tables the upload holds; ``None`` when
    it holds none of them (the stored ones then stay as they are)."""
    try:
        stored = replace(load_scenario(engine), bookings=())
    except UserError:
        return upload_with_services(name, data)
    if len(data) > MAX_FILE_BYTES:
        fault = Fault(name, "file.too_large", params={"most": MAX_FILE_BYTES // 1_000_000})
        raise ScenarioError([fault])
    suffix = Path(name).suffix.lower()
    if suffix == ".xlsx":
        source = workbook_source(name, data)
    elif suffix == ".zip":
        source = zip_source(name, data)
    else:
        raise ScenarioError([Fault(name, "upload.unsupported")])
    whole, services = scenario_with_services(_filled(source, stored))
    held = any(source.tables.get(spec.name) is not None for spec in SERVICE_TABLES)
    return _brought(whole, source), services if held else None


def _filled(source: Source, stored: Scenario) -> Source:
    """``source`` with the stored settings and tables where it has none, and the stored rows
    under the rows of each table it has."""
    faults = [
        fault for fault in source.faults if not (fault.code in MISSING and _fillable(fault.file))
    ]
    settings = source.settings
    if settings is None and not any(f.file == source.settings_file for f in faults):
        settings = _stored_settings(stored, faults)
    stored_tables = {table.name: table for table in scenario_tables(stored)}
    tables: dict[str, Table | None] = {}
    for spec in TABLES:
        table = source.tables.get(spec.name)
        mine = stored_tables.get(spec.name)
        if spec.name == "bookings" or spec in SERVICE_TABLES:  # taken as uploaded
            tables[spec.name] = table
        elif table is None:
            tables[spec.name] = None if mine is None else _as_table(spec.name, mine)
        elif spec.name == "closures":
            tables[spec.name] = _closures(table, mine, source)
        else:
            tables[spec.name] = _under(table, mine, KEYS[spec.name])
    return Source(source.settings_file, settings, tables, faults)


def _fillable(file: str) -> bool:
    """Whether a missing sheet or file is one the store can stand in for."""
    stem = file.removesuffix(".csv")
    return file in (SETTINGS_SHEET, SETTINGS_FILE) or stem in KEYS


def _stored_settings(stored: Scenario, faults: list[Fault]) -> list[Setting]:
    """The stored rules and horizon as the entries of a ``scenario`` sheet: the shipped profile
    they differ least from, and the differences as overrides."""
    written = []
    for profile in available_profiles():
        try:
            written.append((len(rule_overrides(stored.rules, profile)), profile))
        except (KeyError, ValueError):
            continue
    if not written:
        faults.append(Fault(SETTINGS_SHEET, "upload.settings_needed"))
        return []
    rows = scenario_rows(stored, min(written)[1])
    return settings_from_records(SETTINGS_SHEET, [list(row) for row in rows], faults)


def _cells(columns: tuple[str, ...], values: tuple[object, ...]) -> dict[str, str]:
    return {column: str(value) for column, value in zip(columns, values, strict=True)}


def _as_table(name: str, data: TableData, first: int = 2) -> Table:
    """A stored table as rows numbered from ``first``."""
    rows = tuple(
        Row(number, _cells(data.columns, values))
        for number, values in enumerate(data.rows, start=first)
    )
    return Table(name, data.columns, rows)


def _under(table: Table, stored: TableData | None, key: str) -> Table:
    """The uploaded ``table`` with the stored rows of other ids after it; an uploaded row of a
    stored id takes the stored cell of each column the upload does not have."""
    if stored is None:
        return table
    by_id = {
        cells[key]: cells for cells in (_cells(stored.columns, values) for values in stored.rows)
    }
    header = (*table.header, *(c for c in stored.columns if c not in table.header))
    rows = []
    for row in table.rows:
        old: Mapping[str, str] = by_id.get(row.get(key), {})
        rows.append(Row(row.number, {**old, **row.cells}))
    taken = {row.get(key) for row in table.rows}
    last = max((row.number for row in table.rows), default=table.header_row)
    extra = [cells for cells in by_id.values() if cells[key] not in taken]
    rows += [Row(number, cells) for number, cells in enumerate(extra, start=last + 1)]
    return Table(table.file, header, tuple(rows), table.header_row)


def _closures(table: Table, stored: TableData | None, source: Source) -> Table:
    """The uploaded closures with the stored ones of the centres the upload does not name (in
    its closures, or in its centres)."""
    if stored is None:
        return table
    named = {row.get("centre_id") for row in table.rows}
    if (centres := source.tables.get("centres")) is not None:
        named |= {row.get("centre_id") for row in centres.rows}
    last = max((row.number for row in table.rows), default=table.header_row)
    kept = [
        cells
        for cells in (_cells(stored.columns, values) for values in stored.rows)
        if cells["centre_id"] not in named
    ]
    rows = (*table.rows, *(Row(n, cells) for n, cells in enumerate(kept, start=last + 1)))
    header = (*table.header, *(c for c in stored.columns if c not in table.header))
    return Table(table.file, header, rows, table.header_row)


def _brought(whole: Scenario, source: Source) -> Scenario:
    """What of ``whole`` (the upload laid over the store) the upload brings."""

    def ids(name: str) -> set[str]:
        table = source.tables.get(name)
        return set() if table is None else {row.get(KEYS[name]) for row in table.rows}

    closures = source.tables.get("closures")
    centres = ids("centres")
    if closures is not None:
        centres |= {row.get("centre_id") for row in closures.rows}
    persons, requests = ids("persons"), ids("requests")
    return replace(
        whole,
        centres=tuple(c for c in whole.centres if c.centre_id in centres),
        closures=tuple(c for c in whole.closures if c.centre_id in centres),
        persons=tuple(p for p in whole.persons if p.person_id in persons),
        requests=tuple(r for r in whole.requests if r.request_id in requests),
    )


def overwritten_edits(engine: Engine, preview: ImportPreview) -> list[Edit]:
    """The rows an import would change (``preview.changed``) that were changed in the app (or
    by a case-work command) after they were last imported: the import would overwrite those
    changes. Each with the latest such change: what, by whom, when. A centre whose closures the
    import replaces counts as a row too: closures reported in the app would be dropped."""
    rows = [(change.entity, change.key) for change in preview.changed]
    rows += [("closure", change.centre_id) for change in preview.closures]
    with Session(engine) as session:
        return history_repo.edits_since_import(session, rows)


def upload_stamp(engine: Engine) -> tuple[int, int]:
    """What changes with every write to the store: an upload confirmed on a preview is imported
    only while the stamp is still the preview's."""
    with Session(engine) as session:
        return history_repo.stamp(session)
