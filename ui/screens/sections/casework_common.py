"""What the case-work forms share: faults shown at their fields, a message shown next to the
button that caused it, refusals in plain words, the next free id, and persons, centres and
stays as a case worker names them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date
from typing import Any

import streamlit as st

from scheduler.domain.check_violation import Violation, format_violation
from scheduler.domain.errors import UserError
from scheduler.domain.faults import ScenarioError
from scheduler.domain.model import Person, Scenario, Stay
from scheduler.i18n import has, t
from scheduler.io.fault_text import fault_message
from scheduler.service.casework import field_messages
from ui.words import day_text

MISSING = "value.missing"
"""The fault of an empty cell: a form says "fill in the field", not "the cell is empty"."""
GENERAL = ""
"""The slot of faults that belong to no field of the form (shown next to its button)."""


def form_faults(error: ScenarioError, lang: str) -> dict[str, list[str]]:
    """The faults of a refused entry as messages per field (``field_messages``), an empty field
    worded for a form."""
    missing = [f for f in error.faults if f.code == MISSING]
    rest = [f for f in error.faults if f.code != MISSING]
    found = field_messages(ScenarioError(rest), lang) if rest else {}
    for fault in missing:
        found.setdefault(fault.column or GENERAL, []).insert(0, t("ui.cw.required", lang))
    return {name: [m[:1].upper() + m[1:] for m in messages] for name, messages in found.items()}


class FieldSlots:
    """A place under each field of a form where its faults are shown (``slot`` right after the
    field's widget), and one next to the form's buttons for faults of no field."""

    def __init__(self) -> None:
        self._slots: dict[str, Any] = {}

    def slot(self, name: str, where: Any = None) -> None:
        """Keep a place for the faults of field ``name`` here (or in the column ``where``)."""
        self._slots[name] = (where or st).empty()

    def count(
        self,
        where: Any,
        name: str,
        label: str,
        key: str,
        *,
        value: int = 0,
        help: str | None = None,
    ) -> int:
        """A whole number of at least 0 for field ``name`` in the column ``where``, with the
        place for its faults under it."""
        number = where.number_input(label, min_value=0, value=value, step=1, help=help, key=key)
        self.slot(name, where)
        return int(number)

    def day(
        self,
        where: Any,
        name: str,
        label: str,
        key: str,
        *,
        value: date | None = None,
        help: str | None = None,
    ) -> date | None:
        """A date (written as the reader writes it) for field ``name`` in the column
        ``where``, with the place for its faults under it."""
        day = where.date_input(label, value=value, format="DD.MM.YYYY", help=help, key=key)
        self.slot(name, where)
        return day if isinstance(day, date) else None

    def show(self, faults: Mapping[str, list[str]]) -> None:
        """Show each field's faults at the field; those of fields without a slot next to the
        buttons, with the field's name."""
        general: list[str] = []
        for name, messages in faults.items():
            if name in self._slots and name != GENERAL:
                self._slots[name].error("  \n".join(messages), icon=":material/error:")
            else:
                general += [f"{name}: {m}" if name else m for m in messages]
        if general:
            where = self._slots.get(GENERAL)
            (where or st).error("  \n".join(general), icon=":material/error:")


def _message_key(place: str) -> str:
    return f"cw_said_{place}"


def say(place: str, kind: str, text: str) -> None:
    """Keep a message (``success``, ``error``, ``warning`` or ``info``) to show at ``place``
    on the next run, after a rerun."""
    st.session_state[_message_key(place)] = (kind, text)


def said(place: str) -> None:
    """Show, here and once, the message kept for ``place``."""
    kept = st.session_state.pop(_message_key(place), None)
    if kept is not None:
        kind, text = kept
        icons = {
            "success": ":material/check_circle:",
            "error": ":material/error:",
            "warning": ":material/warning:",
            "info": ":material/info:",
        }
        getattr(st, kind)(text, icon=icons[kind])


def _param(value: object, lang: str) -> object:
    return day_text(value, lang) if isinstance(value, date) else value


APP_WORDING = {"operations.nothing_published": "ui.ops.nothing_published"}
"""Refusals the command line words for itself ("… with 'respite publish'"), as the app says them."""


def refusal_text(error: UserError, lang: str) -> str:
    """A refusal of the service in plain words, its dates written as the reader writes them."""
    params = {name: _param(value, lang) for name, value in error.params.items()}
    return t(APP_WORDING.get(error.key, error.key), lang, **params)


def rule_text(rule: str, lang: str) -> str:
    """A rule's name (``capacity`` → "ledige senge")."""
    key = f"casework.rule.{rule}"
    return t(key, lang) if has(key) else rule


def violation_lines(violations: Iterable[Violation], centres: Mapping[str, str], lang: str) -> str:
    """The broken rules as a Markdown list: each rule's name, then what the checker found (its
    centres named, its dates as the reader writes them)."""

    def shown(name: str, value: object) -> object:
        if name == "centre" and isinstance(value, str):
            return centres.get(value, value)
        return _param(value, lang)

    grouped: dict[str, list[str]] = {}
    for violation in violations:
        params = {name: shown(name, value) for name, value in violation.params.items()}
        text = format_violation(replace(violation, params=params), lang)
        grouped.setdefault(violation.rule, []).append(text)
    return "\n".join(
        f"- **{rule_text(rule, lang)}**: " + " ".join(dict.fromkeys(texts))
        for rule, texts in grouped.items()
    )


_ID = re.compile(r"([A-Za-z_-]*)(\d+)")


def next_id(known: Iterable[str], default_prefix: str, default_width: int = 4) -> str:
    """The id after the highest of ``known`` in their most common form (``P0150`` →
    ``P0151``), for a form to propose; ``default_prefix`` when none has that form."""
    numbered = [(m.group(1), m.group(2)) for i in known if (m := _ID.fullmatch(i))]
    if not numbered:
        return f"{default_prefix}{1:0{default_width}d}"
    prefix = Counter(p for p, _ in numbered).most_common(1)[0][0]
    digits = [d for p, d in numbered if p == prefix]
    width = max(len(d) for d in digits)
    return f"{prefix}{max(int(d) for d in digits) + 1:0{width}d}"


def bed_centres(scenario: Scenario) -> dict[str, str]:
    """The centres with respite beds, by id, with their names (the ones a stay or a closure
    can be at; not e.g. a day centre)."""
    return {c.centre_id: c.name for c in scenario.centres if c.beds > 0}


def person_label(person: Person) -> str:
    """A person as a choice: ``Borger 0001 (P0001)``."""
    return f"{person.name} ({person.person_id})" if person.name else person.person_id


def period_text(start: date, end: date, lang: str) -> str:
    """A stay's arrival and departure: ``09.08.2027 – 16.08.2027``."""
    return f"{day_text(start, lang)} – {day_text(end, lang)}"


def stay_words(stay: Stay, centres: Mapping[str, str], lang: str) -> str:
    """Where and when a stay is, with its nights: ``Testcenter Nord, 09.08.2027 – 16.08.2027
    (7 døgn)``."""
    return t(
        "ui.cw.stay",
        lang,
        centre=centres.get(stay.centre_id, stay.centre_id),
        period=period_text(stay.start, stay.end, lang),
        nights=stay.nights,
    )


def fault_line(error: ScenarioError, lang: str) -> str:
    """Every fault of an entry on one line each (for a place with no fields)."""
    return "  \n".join(fault_message(f, lang) for f in error.faults)
