"""A scenario's settings: rule profile, planning horizon and rule overrides.

They come from ``scenario.toml`` (``profile``, ``horizon_start``, ``horizon_end`` and a
``[rules]`` table) or from a workbook's ``scenario`` sheet (``key``,``value`` rows, overrides as
``rules.<key>``). Both are flattened into ``Setting`` entries with the key as the user wrote it,
so every fault names that key (and, in a sheet, its row).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from scheduler.domain.faults import Fault
from scheduler.domain.model import Rules
from scheduler.io.bounds import FIRST_DATE, LAST_DATE, MAX_HORIZON_DAYS
from scheduler.io.profiles import PROFILE_KEYS, available_profiles, read_profile, rules_from_mapping
from scheduler.io.scenario_tables import cell_text
from scheduler.io.values import parse_date

PROFILE = "profile"
HORIZON_START = "horizon_start"
HORIZON_END = "horizon_end"
RULES_PREFIX = "rules."
SETTINGS_SHEET = "scenario"  # the workbook sheet holding the settings
SHEET_HEADER = ["key", "value"]


@dataclass(frozen=True)
class Setting:
    """One key and its value (typed from TOML, text from a sheet); ``row`` only in a sheet."""

    key: str
    value: object
    row: int | None = None


@dataclass(frozen=True)
class Settings:
    """What the settings gave; a part is ``None`` when it was at fault."""

    profile: str
    rules: Rules | None
    horizon: tuple[date, date] | None


def settings_from_toml(file: str, data: bytes, faults: list[Fault]) -> list[Setting] | None:
    """The entries of ``scenario.toml``; ``[rules]`` keys become ``rules.<key>``.

    ``None`` (with a fault) when the file is not UTF-8 or not TOML: then nothing it says is
    known, and reporting each setting as missing would only add noise.
    """
    try:
        document = tomllib.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        faults.append(Fault(file, "file.unreadable"))
        return None
    except tomllib.TOMLDecodeError as error:
        line = re.search(r"line (\d+)", str(error))
        faults.append(Fault(file, "toml.invalid", params={"line": line[1] if line else "?"}))
        return None
    entries = [Setting(key, value) for key, value in document.items() if key != "rules"]
    overrides = document.get("rules", {})
    if not isinstance(overrides, Mapping):
        faults.append(Fault(file, "scenario.rules_not_table", column="rules", value=str(overrides)))
        return entries
    return entries + [Setting(RULES_PREFIX + key, value) for key, value in overrides.items()]


def settings_from_records(
    file: str, records: Iterable[Sequence[str]], faults: list[Fault]
) -> list[Setting]:
    """The ``key``,``value`` rows of a workbook's ``scenario`` sheet (the header is optional).

    An empty value is an empty cell, which means the default (FORMAT.md): for ``rules.<key>``
    the profile's own value, so the row overrides nothing.
    """
    entries: list[Setting] = []
    seen: dict[str, int] = {}
    for number, record in enumerate(records, start=1):
        cells = [cell.strip() for cell in record] + ["", ""]
        key, value = cells[0], cells[1]
        if number == 1 and [key.lower(), value.lower()] == SHEET_HEADER:
            continue
        if not key:
            if value:
                faults.append(Fault(file, "value.missing", number, "key"))
            continue
        if key in seen:
            faults.append(
                Fault(file, "scenario.duplicate_key", number, key, value, {"first_row": seen[key]})
            )
            continue
        seen[key] = number
        if not value and key.startswith(RULES_PREFIX) and key[len(RULES_PREFIX) :] in PROFILE_KEYS:
            continue
        entries.append(Setting(key, value, number))
    return entries


def read_settings(file: str, entries: Sequence[Setting], faults: list[Fault]) -> Settings:
    """Check the entries and build the rules (profile plus overrides) and the horizon."""
    by_key = {entry.key: entry for entry in entries}
    for entry in entries:
        known = entry.key in (PROFILE, HORIZON_START, HORIZON_END)
        if not known and not entry.key.startswith(RULES_PREFIX):
            faults.append(
                Fault(file, "scenario.unknown_key", entry.row, entry.key, cell_text(entry.value))
            )
    for key in (PROFILE, HORIZON_START, HORIZON_END):
        if key not in by_key or not cell_text(by_key[key].value):
            faults.append(Fault(file, "scenario.missing_key", _row(by_key, key), key))
    start = _date(file, by_key, HORIZON_START, faults)
    end = _date(file, by_key, HORIZON_END, faults)
    if start is not None and end is not None and end <= start:
        faults.append(
            Fault(
                file,
                "value.end_not_after_start",
                _row(by_key, HORIZON_END),
                HORIZON_END,
                end.isoformat(),
                {"start": start.isoformat()},
            )
        )
    elif start is not None and end is not None and (end - start).days > MAX_HORIZON_DAYS:
        faults.append(
            Fault(
                file,
                "scenario.horizon_too_long",
                _row(by_key, HORIZON_END),
                HORIZON_END,
                end.isoformat(),
                {"days": (end - start).days, "most": MAX_HORIZON_DAYS},
            )
        )
    profile = cell_text(by_key[PROFILE].value) if PROFILE in by_key else ""
    overrides = [entry for entry in entries if entry.key.startswith(RULES_PREFIX)]
    rules = _rules(file, profile, by_key, overrides, faults) if profile else None
    fits = start is not None and end is not None and 0 < (end - start).days <= MAX_HORIZON_DAYS
    horizon = (start, end) if fits and start is not None and end is not None else None
    return Settings(profile, rules, horizon)


def _row(by_key: Mapping[str, Setting], key: str) -> int | None:
    return by_key[key].row if key in by_key else None


def _date(file: str, by_key: Mapping[str, Setting], key: str, faults: list[Fault]) -> date | None:
    text = cell_text(by_key[key].value) if key in by_key else ""
    if not text:
        return None
    try:
        day = parse_date(text)
    except ValueError:
        faults.append(Fault(file, "value.bad_date", by_key[key].row, key, text))
        return None
    if not FIRST_DATE <= day <= LAST_DATE:
        span = {"first": FIRST_DATE.isoformat(), "last": LAST_DATE.isoformat()}
        faults.append(Fault(file, "value.date_out_of_range", by_key[key].row, key, text, span))
        return None
    return day


def _rules(
    file: str,
    profile: str,
    by_key: Mapping[str, Setting],
    overrides: Sequence[Setting],
    faults: list[Fault],
) -> Rules | None:
    """The profile's rules with the overrides; rule faults point at the override's key."""
    try:
        base = read_profile(profile)
    except (KeyError, tomllib.TOMLDecodeError):
        faults.append(
            Fault(
                file,
                "scenario.unknown_profile",
                _row(by_key, PROFILE),
                PROFILE,
                profile,
                {"known": ", ".join(available_profiles())},
            )
        )
        return None
    values = {entry.key.removeprefix(RULES_PREFIX): entry.value for entry in overrides}
    rules, rule_faults = rules_from_mapping(base, values, f"{profile}.toml", file)
    for fault in rule_faults:
        if fault.file == file and fault.column is not None:
            key = RULES_PREFIX + fault.column
            faults.append(replace(fault, row=_row(by_key, key), column=key))
        else:
            faults.append(fault)
    return rules
