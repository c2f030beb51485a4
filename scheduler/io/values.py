"""Parsing of single cell values as FORMAT.md writes them (dates, booleans, integers, lists).

Each parser raises ``ValueError`` on bad text; callers turn that into a located ``Fault``.
"""

from __future__ import annotations

from datetime import date

_TRUE = {"true", "yes", "ja", "1"}
_FALSE = {"false", "no", "nej", "0"}


def parse_bool(text: str) -> bool:
    """``true/false``, ``yes/no``, ``ja/nej`` or ``1/0``, in any case."""
    word = text.strip().lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise ValueError(f"not a boolean: {text!r}")


def parse_date(text: str) -> date:
    """An ISO date ``YYYY-MM-DD`` (exactly that form: no times, no other separators)."""
    stripped = text.strip()
    if len(stripped) != 10 or stripped[4] != "-" or stripped[7] != "-":
        raise ValueError(f"not YYYY-MM-DD: {text!r}")
    return date.fromisoformat(stripped)


def parse_int(text: str) -> int:
    """A whole number written in decimal digits (an optional sign; ``14.0`` from Excel too)."""
    stripped = text.strip()
    if stripped.endswith(".0"):
        stripped = stripped[:-2]
    body = stripped[1:] if stripped[:1] in "+-" else stripped
    if not body.isdigit():
        raise ValueError(f"not a whole number: {text!r}")
    return int(stripped)


def parse_list(text: str, separator: str) -> list[str]:
    """Items separated by ``separator``, trimmed, empty items dropped."""
    return [item.strip() for item in text.split(separator) if item.strip()]
