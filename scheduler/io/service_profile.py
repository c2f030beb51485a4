"""The profile keys of day-centre places and relief at home (``docs/rules.md``), and the
``ServiceRules`` they give.

They are checked with every other key by ``scheduler.io.profiles.rules_from_mapping`` (which
reports their faults); ``service_rules_from_mapping`` then builds the ``ServiceRules`` of a
profile and its overrides. Every key is optional: absent, the service is not offered.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from scheduler.domain.faults import Fault
from scheduler.domain.relief import MINUTES_PER_DAY, clock_text
from scheduler.domain.services import ServiceRules
from scheduler.io.values import parse_int, parse_list


def _to_int(value: object) -> int:
    if isinstance(value, bool):
        raise ValueError("boolean is not a number")
    if isinstance(value, int):
        return value
    return parse_int(str(value))


def _to_days(value: object) -> int:
    """Days a week: 1 … 7."""
    days = _to_int(value)
    if not 1 <= days <= 7:
        raise ValueError("days a week are 1..7")
    return days


def _to_kinds(value: object) -> tuple[str, ...]:
    items = value if isinstance(value, list) else None
    if isinstance(value, str):
        items = list(parse_list(value, ","))
    if items is None:
        raise ValueError("not a list")
    kinds = []
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise ValueError("not a text")
        kinds.append(item.strip())
    if not kinds:
        raise ValueError("empty list")
    return tuple(kinds)


def hours_to_minutes(value: object) -> int:
    """Hours (``3``, ``1.5``, ``1,5``) as whole minutes; ``ValueError`` when negative, not a
    number, or not a whole number of minutes."""
    if isinstance(value, bool):
        raise ValueError("boolean is not a number")
    if isinstance(value, int | float):
        hours = float(value)
    else:
        hours = float(str(value).strip().replace(",", "."))
    if not hours >= 0 or hours == float("inf"):
        raise ValueError("not a non-negative number of hours")
    minutes = round(hours * 60)
    if abs(minutes - hours * 60) > 1e-6:
        raise ValueError("not a whole number of minutes")
    return minutes


def _to_hours(value: object) -> float:
    return hours_to_minutes(value) / 60


def clock_to_minute(text: str, *, end: bool = False) -> int:
    """``HH:MM`` (or ``H:MM``) as minutes after midnight; ``24:00`` only when ``end``."""
    parts = text.strip().split(":")
    if len(parts) != 2 or not all(p.isdigit() for p in parts) or len(parts[1]) != 2:
        raise ValueError(f"not HH:MM: {text!r}")
    hour, minute = int(parts[0]), int(parts[1])
    if len(parts[0]) > 2 or minute > 59:
        raise ValueError(f"not a time: {text!r}")
    total = hour * 60 + minute
    if total > MINUTES_PER_DAY or (total == MINUTES_PER_DAY and not end):
        raise ValueError(f"not a time of day: {text!r}")
    return total


def _to_clock(value: object) -> int:
    if not isinstance(value, str):
        raise ValueError('a time is written as text, e.g. "23:00"')
    return clock_to_minute(value)


# key -> (converter, required, expected-type message key), as scheduler.io.profiles._KEYS
SERVICE_KEYS: dict[str, tuple[Callable[[object], Any], bool, str]] = {
    "day_centre_kinds": (_to_kinds, False, "expect.text_list"),
    "day_centre_days_per_week": (_to_days, False, "expect.days_per_week"),
    "relief_hours_per_week": (_to_hours, False, "expect.hours"),
    "relief_hours_per_fortnight": (_to_hours, False, "expect.hours"),
    "relief_no_night_from": (_to_clock, False, "expect.clock"),
    "relief_no_night_to": (_to_clock, False, "expect.clock"),
}

_NIGHT = ("relief_no_night_from", "relief_no_night_to")


def service_pair_faults(converted: Mapping[str, Any], source: Mapping[str, str]) -> list[Fault]:
    """The night rule needs both of its ends, and they must differ: blame the key that is
    there (in the file it came from)."""
    present = [key for key in _NIGHT if key in converted]
    if len(present) == 1:
        (key,) = present
        missing = _NIGHT[1] if key == _NIGHT[0] else _NIGHT[0]
        return [
            Fault(
                source[key],
                "rules.night_half",
                column=key,
                value=clock_text(converted[key]),
                params={"missing": missing},
            )
        ]
    if len(present) == 2 and converted[_NIGHT[0]] == converted[_NIGHT[1]]:
        key = _NIGHT[1]
        return [
            Fault(source[key], "rules.night_empty", column=key, value=clock_text(converted[key]))
        ]
    return []


def service_rules_from_mapping(
    profile: Mapping[str, object], overrides: Mapping[str, object]
) -> ServiceRules:
    """The service rules of a profile and its overrides. Values that do not convert are left
    out: ``rules_from_mapping`` reports them."""
    values: dict[str, Any] = {}
    for source in (profile, overrides):
        for key, raw in source.items():
            if key not in SERVICE_KEYS:
                continue
            try:
                values[key] = SERVICE_KEYS[key][0](raw)
            except (ValueError, TypeError):
                values.pop(key, None)
    return ServiceRules(**values)


def service_rules_from_file(path: Path) -> ServiceRules:
    """The service rules of a profile file (empty when it cannot be read: its faults are
    ``rules_from_file``'s to report)."""
    try:
        document = tomllib.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return ServiceRules()
    return service_rules_from_mapping(document, {})


def service_overrides(rules: ServiceRules, base: ServiceRules) -> dict[str, Any]:
    """The service keys whose values in ``rules`` differ from ``base``, in plain form (lists,
    numbers, ``HH:MM`` text) for ``scenario.toml``.

    Raises
    ------
    ValueError
        When ``rules`` lacks a key ``base`` sets: an override can change a value but cannot
        remove one.
    """
    found: dict[str, Any] = {}
    for key in SERVICE_KEYS:
        ours, theirs = getattr(rules, key), getattr(base, key)
        if ours == theirs:
            continue
        if ours is None:
            raise ValueError(f"rule {key!r} is set by the profile and cannot be removed")
        found[key] = _plain(key, ours)
    return found


def _plain(key: str, value: object) -> object:
    if key in _NIGHT and isinstance(value, int):
        return clock_text(value)
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, float) and value == int(value):
        return int(value)
    return value
