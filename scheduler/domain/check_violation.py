"""A broken rule found by the plan checker, and its one-line text for a case worker."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from scheduler.domain.daycare import DayReason
from scheduler.domain.model import Reason
from scheduler.i18n import t


@dataclass(frozen=True)
class Violation:
    """One broken rule.

    ``rule`` is a short stable code (``capacity``, ``bed_clash``, ``wrong_reason`` …) that tests
    and tools match on; ``request_ids`` names the requests involved; ``key`` is the message in the
    catalogue (``scheduler.i18n.checker``) and ``params`` fill its placeholders.
    """

    rule: str
    request_ids: tuple[str, ...]
    key: str
    params: Mapping[str, object] = field(default_factory=dict, hash=False)


def _display(name: str, value: object, lang: str | None) -> object:
    """A parameter as the reader should see it: reasons and weekdays in words, dates in ISO."""
    if isinstance(value, Reason):
        return t(f"reason.{value.value}", lang)
    if isinstance(value, DayReason):
        return t(f"day_reason.{value.value}", lang)
    if name == "weekdays" and isinstance(value, frozenset):
        return ", ".join(t(f"checker.weekday.{day}", lang) for day in sorted(value))
    if value is None:
        return t("checker.none", lang)
    if name == "weekday":
        return t(f"checker.weekday.{value}", lang)
    if isinstance(value, date):
        return value.isoformat()
    return value


def format_violation(violation: Violation, lang: str | None = None) -> str:
    """The violation as one line a case worker understands (Danish unless ``lang="en"``)."""
    params = {name: _display(name, value, lang) for name, value in violation.params.items()}
    return t(violation.key, lang, **params)
