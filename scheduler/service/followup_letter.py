"""The ending letter's record: its facts as the plain JSON ``content`` a letter is stored with,
and back, so the same letter can be written again later in either language.

As for the other letters (``scheduler.service.letter_records``), the only names it holds are the
person's ``name`` and ``carer_name`` under ``content["person"]``; the centres' names are the
centres', not personal data.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.io.letter_ending import EndedStay, EndingFacts, ending_html, ending_pdf
from scheduler.service.letter_records import person_content, person_from_content
from scheduler.service.operations.commit import OperationError
from scheduler.service.operations.letters import FORMATS
from scheduler.store import letters_repo, mapping


def _stay(stay: EndedStay) -> dict[str, str]:
    return {
        "request_id": stay.request_id,
        "centre_name": stay.centre_name,
        "start": stay.start.isoformat(),
        "end": stay.end.isoformat(),
    }


def _stay_from(kept: dict[str, str]) -> EndedStay:
    return EndedStay(
        kept["request_id"],
        kept["centre_name"],
        date.fromisoformat(kept["start"]),
        date.fromisoformat(kept["end"]),
    )


def ending_content(facts: EndingFacts) -> dict[str, Any]:
    """The content the ending letter on ``facts`` is recorded with."""
    return {
        "rules": mapping.rules_to_json(facts.rules),
        "person": person_content(facts.person),
        "ended": facts.ended.isoformat(),
        "cancelled": [_stay(stay) for stay in facts.cancelled],
        "shortened": None if facts.shortened is None else _stay(facts.shortened),
        "written": facts.written.isoformat(),
    }


def ending_facts(content: dict[str, Any]) -> EndingFacts:
    """The facts an ending letter was recorded with by ``ending_content``."""
    person = person_from_content(content["person"])
    shortened = content["shortened"]
    return EndingFacts(
        rules=mapping.rules_from_json(content["rules"]),
        person=person,
        ended=date.fromisoformat(content["ended"]),
        cancelled=tuple(_stay_from(stay) for stay in content["cancelled"]),
        shortened=None if shortened is None else _stay_from(shortened),
        written=date.fromisoformat(content["written"]),
    )


def check_letter_format(suffix: str) -> None:
    """Refuse a file ending that no letter is written as.

    Raises
    ------
    OperationError
        ``operations.bad_letter_format``.
    """
    if suffix not in FORMATS:
        raise OperationError(
            "operations.bad_letter_format", path=suffix, formats=", ".join(FORMATS)
        )


def render_ending(facts: EndingFacts, suffix: str, lang: str = "da") -> bytes:
    """The ending letter as ``.pdf`` or ``.html`` bytes.

    Raises
    ------
    OperationError
        ``operations.bad_letter_format``.
    """
    check_letter_format(suffix)
    if suffix == ".pdf":
        return ending_pdf(facts, lang)
    return ending_html(facts, lang).encode("utf-8")


def ending_letter(engine: Engine, letter_id: int, suffix: str, lang: str | None = None) -> bytes:
    """The recorded ending letter ``letter_id`` written again, in its own language unless
    ``lang`` is given.

    Raises
    ------
    StoreError
        ``letters.unknown``.
    OperationError
        ``operations.bad_letter_format``.
    """
    with Session(engine) as session:
        (row,) = letters_repo.letters_by_id(session, [letter_id])
        content, language = dict(row.content), row.language
    return render_ending(ending_facts(content), suffix, lang or language)
