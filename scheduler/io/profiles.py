"""Rule profiles: ``data/profiles/<name>.toml`` plus a scenario's ``[rules]`` overrides.

Values may come typed (from TOML) or as text (from the ``scenario`` sheet of a workbook, where
lists are written comma-separated); both are checked and turned into ``Rules``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from scheduler.domain.faults import Fault
from scheduler.domain.model import ALL_WEEKDAYS, MonthDay, Rules
from scheduler.io.bounds import KIND_LENGTH, RULE_LIMITS, RULE_TEXT_LIMITS
from scheduler.io.service_profile import SERVICE_KEYS, service_pair_faults
from scheduler.io.text_checks import control_character
from scheduler.io.values import parse_bool, parse_int, parse_list

PROFILE_DIR = Path(__file__).resolve().parents[2] / "data" / "profiles"


TEMPLATE = "TEMPLATE"
"""``data/profiles/TEMPLATE.toml`` explains every key for a municipality writing its own
profile; it is documentation, not a profile a scenario may use."""


def _selectable(name: str) -> bool:
    """Whether ``name`` may name a scenario's profile: lower case, and not the template (in any
    case, for file systems that ignore it)."""
    return bool(name) and name == name.lower() and name.upper() != TEMPLATE


def available_profiles() -> list[str]:
    """Names of the shipped profiles (file names without ``.toml``), without the template."""
    return sorted(p.stem for p in PROFILE_DIR.glob("*.toml") if _selectable(p.stem))


def profile_path(name: str) -> Path:
    return PROFILE_DIR / f"{name}.toml"


def read_profile(name: str) -> dict[str, Any]:
    """The raw key/value pairs of a shipped profile; ``KeyError`` when there is none (the
    template is none either)."""
    path = profile_path(name)
    if not _selectable(name) or "/" in name or "\\" in name or not path.is_file():
        raise KeyError(name)
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _to_int(value: object) -> int:
    if isinstance(value, bool):
        raise ValueError("boolean is not a number")
    if isinstance(value, int):
        return value
    return parse_int(str(value))


def _to_bool(value: object) -> bool:
    return value if isinstance(value, bool) else parse_bool(str(value))


def _to_text(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("not a text")
    return value.strip()


def _to_monthday(value: object) -> MonthDay:
    return MonthDay.parse(str(value))


def _to_list(value: object) -> list[object]:
    if isinstance(value, list):
        return value
    if isinstance(value, str):
        return list(parse_list(value, ","))
    raise ValueError("not a list")


def _to_kinds(value: object) -> tuple[str, ...]:
    kinds = tuple(_to_text(v) for v in _to_list(value))
    if not kinds:
        raise ValueError("empty list")
    return kinds


def _to_weekdays(value: object) -> frozenset[int]:
    days = frozenset(_to_int(v) for v in _to_list(value))
    if not days or not days <= ALL_WEEKDAYS:
        raise ValueError("weekdays are 1..7")
    return days


def _to_amount(value: object) -> float:
    """A sum of money: a number, or text with a decimal point or comma (``175,50``)."""
    if isinstance(value, bool):
        raise ValueError("boolean is not a number")
    number = float(value) if isinstance(value, int | float) else float(str(value).replace(",", "."))
    if not number >= 0 or number == float("inf"):
        raise ValueError("not a non-negative amount")
    return number


def _non_negative(convert: Callable[[object], int]) -> Callable[[object], int]:
    def checked(value: object) -> int:
        number = convert(value)
        if number < 0:
            raise ValueError("negative")
        return number

    return checked


def _positive(convert: Callable[[object], int]) -> Callable[[object], int]:
    def checked(value: object) -> int:
        number = convert(value)
        if number < 1:
            raise ValueError("not positive")
        return number

    return checked


# key -> (converter, required, expected-type message key)
_KEYS: dict[str, tuple[Callable[[object], Any], bool, str]] = {
    "name": (_to_text, True, "expect.text"),
    "annual_nights": (_non_negative(_to_int), False, "expect.non_negative_int"),
    "max_stay_nights": (_positive(_to_int), False, "expect.positive_int"),
    "summer_start": (_to_monthday, True, "expect.month_day"),
    "summer_end": (_to_monthday, True, "expect.month_day"),
    "summer_deadline": (_to_monthday, False, "expect.month_day"),
    "centre_kinds": (_to_kinds, True, "expect.text_list"),
    "exclude_self_appointed_helper": (_to_bool, True, "expect.bool"),
    "require_consent": (_to_bool, True, "expect.bool"),
    "arrival_weekdays": (_to_weekdays, False, "expect.weekdays"),
    "acute_nights": (_positive(_to_int), True, "expect.positive_int"),
    "case_deadline_weeks": (_positive(_to_int), False, "expect.positive_int"),
    "self_payment_per_night": (_to_amount, False, "expect.amount"),
    "min_stay_nights": (_positive(_to_int), False, "expect.positive_int"),
    "max_stays_per_year": (_positive(_to_int), False, "expect.positive_int"),
    "departure_weekdays": (_to_weekdays, False, "expect.weekdays"),
    "acute_counts_toward_limits": (_to_bool, False, "expect.bool"),
    "acute_eligibility": (_to_bool, False, "expect.bool"),
    "acute_centre_kinds": (_to_kinds, False, "expect.text_list"),
    "follow_up_weeks": (_positive(_to_int), False, "expect.positive_int"),
    "acute_follow_up_days": (_positive(_to_int), False, "expect.positive_int"),
    # day-centre places and relief at home (scheduler.io.service_profile): not in ``Rules``
    **SERVICE_KEYS,
}

RULE_KEYS: tuple[str, ...] = tuple(key for key in _KEYS if key not in SERVICE_KEYS)
"""The keys of ``Rules`` (the stays' rules)."""
PROFILE_KEYS: tuple[str, ...] = tuple(_KEYS)
"""Every key a profile may set: ``RULE_KEYS`` and the keys of ``ServiceRules``."""


def rules_from_mapping(
    profile: Mapping[str, object],
    overrides: Mapping[str, object],
    profile_file: str,
    overrides_file: str,
) -> tuple[Rules | None, list[Fault]]:
    """Merge ``overrides`` onto ``profile`` and check every key; returns the rules or faults.

    A fault names the file the bad key came from (the profile or the scenario's overrides).
    """
    faults: list[Fault] = []
    converted: dict[str, Any] = {}
    source: dict[str, str] = {}
    sources = [(profile_file, profile), (overrides_file, overrides)]
    for file, values in sources:
        for key, raw in values.items():
            source[key] = file
            if key not in _KEYS:
                faults.append(Fault(file, "rules.unknown_key", column=key, value=str(raw)))
                continue
            convert, _, expected = _KEYS[key]
            try:
                converted[key] = convert(raw)
                faults += _bound_faults(file, key, raw, converted[key])
            except (ValueError, TypeError):
                faults.append(
                    Fault(
                        file,
                        "rules.bad_value",
                        column=key,
                        value=str(raw),
                        params={"expected": expected},
                    )
                )
    for key, (_, required, _) in _KEYS.items():
        if required and key not in converted and not any(key in v for _, v in sources):
            faults.append(Fault(profile_file, "rules.missing_key", column=key))
    faults += _stay_bounds_faults(converted, source)
    faults += service_pair_faults(converted, source)
    if faults:
        return None, faults
    converted.setdefault("arrival_weekdays", ALL_WEEKDAYS)
    converted.setdefault("departure_weekdays", ALL_WEEKDAYS)
    return Rules(**{key: v for key, v in converted.items() if key not in SERVICE_KEYS}), []


def _bound_faults(file: str, key: str, raw: object, value: object) -> list[Fault]:
    """A rule value beyond its bound (``scheduler.io.bounds``): a number too large, a text too
    long or holding a control character, a kind of centre too long."""

    def fault(code: str, **params: object) -> list[Fault]:
        return [Fault(file, code, column=key, value=str(raw), params=params)]

    most = RULE_LIMITS.get(key)
    if most is not None and isinstance(value, int | float) and value > most:
        return fault("value.too_large", most=most)
    texts = [value] if isinstance(value, str) else list(value) if isinstance(value, tuple) else []
    longest = RULE_TEXT_LIMITS.get(key, KIND_LENGTH)
    for text in texts:
        if not isinstance(text, str):
            continue
        if len(text) > longest:
            return fault("value.too_long", length=len(text), most=longest)
        if (char := control_character(text)) is not None:
            return fault("value.control_character", char=char)
    return []


def _stay_bounds_faults(converted: Mapping[str, Any], source: Mapping[str, str]) -> list[Fault]:
    """``min_stay_nights`` above ``max_stay_nights`` leaves no stay length: blame the minimum
    (in the file it came from)."""
    shortest, longest = converted.get("min_stay_nights"), converted.get("max_stay_nights")
    if shortest is None or longest is None or shortest <= longest:
        return []
    return [
        Fault(
            source["min_stay_nights"],
            "rules.min_above_max",
            column="min_stay_nights",
            value=str(shortest),
            params={"longest": longest},
        )
    ]


def rules_from_file(path: Path) -> tuple[Rules | None, list[Fault]]:
    """Read and check a profile file anywhere (``respite profile check``); faults name ``path``
    as given. A file that is missing, not UTF-8 or not TOML is one fault and no rules."""
    file = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None, [Fault(file, "file.missing")]
    except OSError:  # a folder, no permission …
        return None, [Fault(file, "file.unreadable")]
    try:
        document = tomllib.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return None, [Fault(file, "file.unreadable")]
    except tomllib.TOMLDecodeError as error:
        line = re.search(r"line (\d+)", str(error))
        return None, [Fault(file, "toml.invalid", params={"line": line[1] if line else "?"})]
    return rules_from_mapping(document, {}, file, "")
