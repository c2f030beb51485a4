"""Checks on the text of a cell: characters that cannot be stored or seen, and CPR numbers.

A control character (NUL and the like) cannot be stored in PostgreSQL's text and means nothing
in a name. An id must also be free of invisible characters (a zero-width space, a no-break
space, a byte-order mark or a soft hyphen pasted in from a web page or a mail): two ids that
look alike but differ in them would name two persons. A person's id must not be a CPR number:
ids travel into calendar feeds, exports and the audit log, where a CPR number must never go.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

CPR_MASK = "••••••-••••"
"""What a CPR number is shown as in a fault: the number itself is never repeated."""

_CPR = re.compile(r"(?<!\d)(\d{2})(\d{2})(\d{2})[-\s]?\d{4}(?!\d)")


def char_name(char: str) -> str:
    """A character as ``<U+200B>``: visible whatever the character is."""
    return f"<U+{ord(char):04X}>"


def visible(text: str) -> str:
    """``text`` with every character that cannot be seen (control, format, space other than
    the plain space, unassigned) written as ``<U+XXXX>``, so a case worker can see it."""
    return "".join(char if char.isprintable() else char_name(char) for char in text)


def control_character(text: str) -> str | None:
    """The first control character of ``text`` (as ``<U+XXXX>``), or ``None``."""
    return next(
        (char_name(char) for char in text if unicodedata.category(char) == "Cc"),
        None,
    )


def invisible_character(text: str) -> str | None:
    """The first character of ``text`` that cannot be seen (as ``<U+XXXX>``), or ``None``."""
    return next((char_name(char) for char in text if not char.isprintable()), None)


def looks_like_cpr(text: str) -> bool:
    """Whether ``text`` holds a CPR number: ``DDMMYY-XXXX`` or ten digits in a row (a space
    or hyphen after the sixth allowed) whose first six make a date in 1900–2099."""
    return any(_plausible(*match.groups()) for match in _CPR.finditer(text))


def mask_cpr(text: str) -> str:
    """``text`` with every CPR number in it replaced by ``CPR_MASK``."""
    return _CPR.sub(lambda m: CPR_MASK if _plausible(*m.groups()) else m[0], text)


def _plausible(day: str, month: str, year: str) -> bool:
    for century in (1900, 2000):
        try:
            date(century + int(year), int(month), int(day))
        except ValueError:
            continue
        return True
    return False
