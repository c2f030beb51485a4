"""Writing a scenario as FORMAT.md describes it: a CSV folder or one ``.xlsx`` workbook.

The rules are written as the name of a shipped profile plus the keys whose values differ from
it, so a scenario stays readable and follows later fixes of its profile. Both forms appear whole
or not at all (``scheduler.io.atomic``), and text a spreadsheet could run is written as text
(``scheduler.io.formula_guard``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from scheduler.domain.model import MonthDay, Rules, Scenario
from scheduler.domain.services import Services
from scheduler.io.atomic import write_atomically, write_folder_atomically
from scheduler.io.formula_guard import csv_text, guard_row
from scheduler.io.profiles import RULE_KEYS, read_profile, rules_from_mapping
from scheduler.io.scenario_schema import TABLES
from scheduler.io.services_writer import service_rule_overrides, service_tables

# A rule value in the plain form TOML and the ``scenario`` sheet hold.
RuleValue = str | int | float | bool | list[str] | list[int]
# A table cell: text, or a whole number (kept numeric in a workbook).
Cell = str | int


@dataclass(frozen=True)
class TableData:
    """One table of a scenario: its name (file name without ``.csv``), columns and rows."""

    name: str
    columns: tuple[str, ...]
    rows: list[tuple[Cell, ...]]


def _rule_value(rules: Rules, key: str) -> RuleValue | None:
    """The rule ``key`` in plain form (``MM-DD`` text, lists sorted where order is no matter)."""
    value = getattr(rules, key)
    if isinstance(value, MonthDay):
        return str(value)
    if isinstance(value, frozenset):
        return sorted(value)
    if isinstance(value, tuple):
        return list(value)
    return value


def rule_overrides(rules: Rules, profile: str) -> dict[str, RuleValue]:
    """The rule keys whose values in ``rules`` differ from the shipped ``profile``.

    Parameters
    ----------
    rules
        The scenario's rules.
    profile
        Name of a shipped profile (``data/profiles/<profile>.toml``).

    Returns
    -------
    dict
        Key to plain value, in the profile keys' order.

    Raises
    ------
    KeyError
        When no such profile is shipped.
    ValueError
        When the profile is broken, or ``rules`` lacks an optional key the profile sets: an
        override can change a value but cannot remove one.
    """
    base, faults = rules_from_mapping(read_profile(profile), {}, f"{profile}.toml", "")
    if base is None:
        raise ValueError(f"profile {profile!r} is invalid: {[f.code for f in faults]}")
    overrides: dict[str, RuleValue] = {}
    for key in RULE_KEYS:
        ours, theirs = _rule_value(rules, key), _rule_value(base, key)
        if ours == theirs:
            continue
        if ours is None:
            raise ValueError(f"rule {key!r} is set by profile {profile!r} and cannot be removed")
        overrides[key] = ours
    return overrides


def _toml_value(value: RuleValue) -> str:
    """A TOML literal; JSON's string escapes are valid in TOML basic strings."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    if isinstance(value, int):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def scenario_toml(scenario: Scenario, profile: str, services: Services | None = None) -> str:
    """The text of ``scenario.toml``: profile, horizon and a ``[rules]`` table of overrides
    (of the service rules too, with ``services``)."""
    lines = [
        f"profile = {_toml_value(profile)}",
        f"horizon_start = {scenario.horizon_start.isoformat()}",
        f"horizon_end = {scenario.horizon_end.isoformat()}",
    ]
    overrides = rule_overrides(scenario.rules, profile)
    if services is not None:
        overrides |= service_rule_overrides(services, profile)
    if overrides:
        lines += ["", "[rules]"]
        lines += [f"{key} = {_toml_value(value)}" for key, value in overrides.items()]
    return "\n".join(lines) + "\n"


def _sheet_value(value: RuleValue) -> str:
    """A rule value as the ``scenario`` sheet holds it: lists comma-separated."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(str(item) for item in value)
    return str(value)


def scenario_rows(
    scenario: Scenario, profile: str, services: Services | None = None
) -> list[tuple[str, str]]:
    """The ``key``, ``value`` rows of a workbook's ``scenario`` sheet."""
    rows = [
        ("profile", profile),
        ("horizon_start", scenario.horizon_start.isoformat()),
        ("horizon_end", scenario.horizon_end.isoformat()),
    ]
    overrides = rule_overrides(scenario.rules, profile)
    if services is not None:
        overrides |= service_rule_overrides(services, profile)
    rows += [(f"rules.{key}", _sheet_value(value)) for key, value in overrides.items()]
    return rows


def _tags(tags: frozenset[str]) -> str:
    return ";".join(sorted(tags))


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _optional(value: int | str | None) -> Cell:
    return "" if value is None else value


def _iso(day: date) -> str:
    return day.isoformat()


def scenario_tables(scenario: Scenario, services: Services | None = None) -> list[TableData]:
    """The scenario's tables in FORMAT.md's columns; optional tables only when they have rows.

    Every request is written with its ``end``, also an acute one, so reading it back gives the
    same request whatever the profile's ``acute_nights``. With ``services``, the day-centre and
    relief tables follow.
    """
    tables = [
        TableData(
            "centres",
            ("centre_id", "name", "kind", "beds", "tags"),
            [(c.centre_id, c.name, c.kind, c.beds, _tags(c.tags)) for c in scenario.centres],
        ),
        TableData(
            "closures",
            ("centre_id", "start", "end", "beds_closed"),
            [(c.centre_id, _iso(c.start), _iso(c.end), c.beds_closed) for c in scenario.closures],
        ),
        TableData(
            "persons",
            (
                "person_id",
                "name",
                "needs",
                "annual_nights",
                "used_nights",
                "self_appointed_helper",
                "consent",
                "used_stays",
                "grant_start",
                "carer_name",
                "payment_exempt",
            ),
            [
                (
                    p.person_id,
                    p.name,
                    _tags(p.needs),
                    _optional(p.annual_nights),
                    p.used_nights,
                    _bool(p.self_appointed_helper),
                    _bool(p.consent),
                    p.used_stays,
                    "" if p.grant_start is None else _iso(p.grant_start),
                    p.carer_name,
                    _bool(p.payment_exempt),
                )
                for p in scenario.persons
            ],
        ),
        TableData(
            "requests",
            (
                "request_id",
                "person_id",
                "received",
                "start",
                "end",
                "flex_days",
                "kind",
                "priority",
                "preferred_centre",
            ),
            [
                (
                    r.request_id,
                    r.person_id,
                    _iso(r.received),
                    _iso(r.start),
                    _iso(r.end),
                    r.flex_days,
                    r.kind.value,
                    r.priority,
                    _optional(r.preferred_centre),
                )
                for r in scenario.requests
            ],
        ),
        TableData(
            "bookings",
            ("request_id", "centre_id", "bed", "start", "end", "pinned"),
            [
                (
                    b.request_id,
                    b.centre_id,
                    _optional(b.bed),
                    _iso(b.start),
                    _iso(b.end),
                    _bool(b.pinned),
                )
                for b in scenario.bookings
            ],
        ),
    ]
    if services is not None:
        tables += [TableData(name, cols, rows) for name, cols, rows in service_tables(services)]
    required = {spec.name for spec in TABLES if spec.required_file}
    return [table for table in tables if table.rows or table.name in required]


def _csv_text(table: TableData) -> str:
    return csv_text([table.columns, *table.rows])


def write_scenario(
    scenario: Scenario, path: Path, profile: str, services: Services | None = None
) -> None:
    """Write ``scenario`` as a folder of ``scenario.toml`` and CSV files.

    Parameters
    ----------
    scenario
        The scenario to write.
    path
        The folder to create. It must not exist yet, or be empty: a folder holding files is
        never overwritten (it may hold a planner's own work).
    profile
        Name of the shipped profile the rules are written against.
    services
        The scenario's day-centre and relief tables, if any.

    Raises
    ------
    FileExistsError
        When ``path`` exists and is not an empty folder.
    KeyError, ValueError
        As ``rule_overrides``; nothing is written then.
    OSError
        When the folder cannot be written (its ``filename`` is ``path``); nothing is left.
    """
    files = {"scenario.toml": scenario_toml(scenario, profile, services)}
    files |= {
        f"{table.name}.csv": _csv_text(table) for table in scenario_tables(scenario, services)
    }

    def write(folder: Path) -> None:
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")

    write_folder_atomically(path, write)


def _add_sheet(
    book: Workbook, name: str, columns: Sequence[str], rows: list[tuple[Cell, ...]]
) -> None:
    """A sheet of ``columns`` and ``rows``; text a spreadsheet could run stays text."""
    sheet = book.create_sheet(name)
    sheet.append(list(columns))
    for row in rows:
        sheet.append([None if cell == "" else cell for cell in row])
        guard_row(sheet[sheet.max_row])


def scenario_workbook(
    scenario: Scenario, profile: str, services: Services | None = None
) -> Workbook:
    """``scenario`` as one workbook: a sheet per table and a ``scenario`` sheet.

    Whole numbers are numeric cells; dates are ISO text (so no spreadsheet reformats them);
    empty optional values are empty cells.

    Raises
    ------
    KeyError, ValueError
        As ``rule_overrides``.
    """
    book = Workbook()
    book.remove(book.active)
    settings: list[tuple[Cell, ...]] = list(scenario_rows(scenario, profile, services))
    _add_sheet(book, "scenario", ("key", "value"), settings)
    for table in scenario_tables(scenario, services):
        _add_sheet(book, table.name, table.columns, table.rows)
    return book


def write_scenario_xlsx(
    scenario: Scenario, path: Path, profile: str, services: Services | None = None
) -> None:
    """Write ``scenario`` as one workbook (``scenario_workbook``); an existing file at ``path``
    is replaced whole, a device or folder never.

    Raises
    ------
    KeyError, ValueError
        As ``rule_overrides``; nothing is written then.
    OSError
        As ``scheduler.io.atomic.write_atomically``.
    """
    book = scenario_workbook(scenario, profile, services)
    write_atomically(path, lambda temporary: book.save(temporary))
