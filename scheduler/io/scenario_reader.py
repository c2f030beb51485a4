"""Reading and validating a scenario (FORMAT.md, "A scenario") into a ``Scenario``.

A scenario is a folder (``scenario.toml`` and the CSV tables), a zip of such a folder, or one
``.xlsx`` workbook. Every fault found is collected and raised together in one
``ScenarioError``, ordered as a planner reads them: settings first, then table by table and
row by row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TypeVar

from scheduler.domain.faults import Fault, ScenarioError
from scheduler.domain.model import Scenario
from scheduler.domain.services import Services
from scheduler.io import scenario_checks as checks
from scheduler.io import scenario_rows as rows
from scheduler.io.bounds import MAX_CHOICES, MAX_FILE_BYTES
from scheduler.io.limited_read import ReadRefused, read_file
from scheduler.io.scenario_pinned import pinned_faults
from scheduler.io.scenario_schema import TABLES, header_faults
from scheduler.io.scenario_settings import SETTINGS_SHEET, read_settings
from scheduler.io.scenario_size import candidate_stays
from scheduler.io.scenario_sources import Source, directory_source, zip_source
from scheduler.io.scenario_tables import Table
from scheduler.io.scenario_workbook import FORMULA_FAULT, workbook_source
from scheduler.io.services_reader import late_service_faults, read_service_rows, services_of

T = TypeVar("T")


def read_scenario(path: Path) -> Scenario:
    """Read a scenario folder, or a ``.xlsx`` workbook or ``.zip`` file holding one.

    Raises
    ------
    ScenarioError
        Carrying every fault found, each located by file, row and column.
    """
    return read_scenario_with_services(path)[0]


def read_scenario_with_services(path: Path) -> tuple[Scenario, Services]:
    """``read_scenario``, with the scenario's day-centre and relief tables (``Services``; empty
    when it has none).

    Raises
    ------
    ScenarioError
        Carrying every fault found, in the service tables too.
    """
    if path.is_dir():
        return scenario_with_services(directory_source(path))
    try:
        data = read_file(path)
    except ReadRefused as refused:
        raise ScenarioError([Fault(path.name, refused.code, params=refused.params)]) from None
    except OSError:
        raise ScenarioError([Fault(path.name, "file.unreadable")]) from None
    if data is None:
        raise ScenarioError([Fault(path.name, "file.missing")])
    return upload_with_services(path.name, data)


def read_scenario_upload(name: str, data: bytes) -> Scenario:
    """Read an uploaded scenario: a workbook (``.xlsx``) or a zip of the scenario folder.

    ``name`` is the uploaded file's name; its ending tells the two apart.

    Raises
    ------
    ScenarioError
        Carrying every fault found.
    """
    return upload_with_services(name, data)[0]


def upload_with_services(name: str, data: bytes) -> tuple[Scenario, Services]:
    """``read_scenario_upload``, with the scenario's ``Services``."""
    suffix = Path(name).suffix.lower()
    if len(data) > MAX_FILE_BYTES:
        fault = Fault(name, "file.too_large", params={"most": MAX_FILE_BYTES // 1_000_000})
        raise ScenarioError([fault])
    if suffix == ".xlsx":
        return scenario_with_services(workbook_source(name, data))
    if suffix == ".zip":
        return scenario_with_services(zip_source(name, data))
    raise ScenarioError([Fault(name, "upload.unsupported")])


def scenario_from_source(source: Source) -> Scenario:
    """Check the raw material of ``source`` and build the scenario from it.

    Raises
    ------
    ScenarioError
        When any fault was found, with all of them.
    """
    return scenario_with_services(source)[0]


def scenario_with_services(source: Source) -> tuple[Scenario, Services]:
    """``scenario_from_source``, with the scenario's ``Services`` (day-centre places and relief
    at home, ``scheduler.io.services_reader``)."""
    faults = list(source.faults)
    settings = None
    if source.settings is not None:
        settings = read_settings(source.settings_file, source.settings, faults)
    tables = _readable_tables(source, faults)
    rules = settings.rules if settings else None
    centres = rows.read_rows(tables["centres"], rows.centre, faults)
    persons = rows.read_rows(tables["persons"], rows.person, faults)
    acute_nights = rules.acute_nights if rules else None
    requests = rows.read_rows(tables["requests"], rows.request_reader(acute_nights), faults)
    closures = rows.read_rows(tables["closures"], rows.closure, faults)
    bookings = rows.read_rows(tables["bookings"], rows.booking, faults)
    profile = settings.profile if settings else ""
    service_rows = read_service_rows(source.settings, profile, tables, centres, faults)
    faults += _identity_faults(tables)
    if (table := tables["bookings"]) is not None:
        faults += checks.bed_faults(table.file, bookings, centres)
    if settings and rules and (table := tables["persons"]) is not None:
        faults += checks.yearly_limit_faults(table.file, persons, rules, settings.profile)
    if faults or settings is None or rules is None or settings.horizon is None:
        raise ScenarioError(sorted(_without_echoes(faults), key=_reading_order))
    scenario = Scenario(
        rules=rules,
        horizon_start=settings.horizon[0],
        horizon_end=settings.horizon[1],
        centres=_objects(centres),
        closures=_objects(closures),
        persons=_objects(persons),
        requests=_objects(requests),
        bookings=_objects(bookings),
    )
    if (table := tables["requests"]) is not None:
        faults += _size_faults(scenario, table.file)
    if (table := tables["bookings"]) is not None:
        numbers = {booking.request_id: number for number, booking in bookings}
        faults += pinned_faults(scenario, table.file, numbers)
    faults += late_service_faults(scenario, service_rows)
    if faults:
        raise ScenarioError(faults)
    return scenario, services_of(service_rows)


def _size_faults(scenario: Scenario, file: str) -> list[Fault]:
    """A scenario offering the solver more candidate stays than fit in 2 GiB is refused before
    anything is compiled (``scheduler.io.scenario_size``)."""
    count = candidate_stays(scenario)
    if count <= MAX_CHOICES:
        return []
    return [Fault(file, "scenario.too_many_choices", params={"count": count, "most": MAX_CHOICES})]


def _readable_tables(source: Source, faults: list[Fault]) -> dict[str, Table | None]:
    """The source's tables after the header check; a table lacking a required column is
    set aside (its rows would only repeat that fault), one with unknown columns is still read."""
    tables = dict(source.tables)
    for spec in TABLES:
        table = tables[spec.name]
        if table is None:
            continue
        bad_header = header_faults(table, spec)
        faults += bad_header
        if any(fault.code == "column.missing" for fault in bad_header):
            tables[spec.name] = None
    return tables


def _identity_faults(tables: Mapping[str, Table | None]) -> list[Fault]:
    """Repeated ids and references to ids that do not exist."""
    faults: list[Fault] = []
    for name, column in _UNIQUE:
        faults += checks.duplicate_faults(tables[name], column)
    for name, column, target, target_column in _REFERENCES:
        faults += checks.reference_faults(tables[name], column, tables[target], target_column)
    return faults


# (table, column) whose values must be unique
_UNIQUE = (
    ("centres", "centre_id"),
    ("persons", "person_id"),
    ("requests", "request_id"),
    ("bookings", "request_id"),
)
# (table, column) naming an id of (target table, target column)
_REFERENCES = (
    ("requests", "person_id", "persons", "person_id"),
    ("requests", "preferred_centre", "centres", "centre_id"),
    ("closures", "centre_id", "centres", "centre_id"),
    ("bookings", "request_id", "requests", "request_id"),
    ("bookings", "centre_id", "centres", "centre_id"),
)


def _without_echoes(faults: Sequence[Fault]) -> list[Fault]:
    """The faults, less those on a cell already blamed for a formula without a stored result
    (the cell reads as empty, and "the cell is empty" would only repeat it)."""
    formulas = {(f.file, f.row, f.column) for f in faults if f.code == FORMULA_FAULT}
    return [
        fault
        for fault in faults
        if fault.code == FORMULA_FAULT or (fault.file, fault.row, fault.column) not in formulas
    ]


def _objects(numbered: Sequence[tuple[int, T]]) -> tuple[T, ...]:
    return tuple(item for _, item in numbered)


def _reading_order(fault: Fault) -> tuple[int, int]:
    """Settings and profile first, then the tables in FORMAT.md's order, each by row. Used as
    a stable sort key, so the faults of one row keep the order of its columns."""
    names = [spec.name for spec in TABLES]
    if fault.file.endswith(".toml") or fault.file == SETTINGS_SHEET:
        return 0, fault.row or 0
    table = fault.file.removesuffix(".csv")
    order = names.index(table) + 1 if table in names else len(names) + 1
    return order, fault.row or 0
