"""The record of decision letters in the store: adding one, finding the unsent ones, marking
letters sent, and rewriting what a person's letters hold when the person is anonymised.

Every function works in the caller's session and transaction and writes its audit entry (ids
only: a letter's content names people) there, so a service operation stays one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from scheduler.store.audit import record, utc_now
from scheduler.store.errors import StoreError
from scheduler.store.models import LetterRow

ENTITY = "letter"


@dataclass(frozen=True)
class NewLetter:
    """A letter to add: on whom, which request and plan version, its kind, language and
    content."""

    person_id: str
    request_id: str | None
    kind: str
    language: str
    version_number: int | None
    content: dict[str, Any]


def add_letters(session: Session, letters: Sequence[NewLetter], actor: str) -> list[int]:
    """Add the letters, none sent yet, with one audit entry naming their ids; returns the ids
    in the order given."""
    made = utc_now()
    rows = [
        LetterRow(
            person_id=letter.person_id,
            request_id=letter.request_id,
            kind=letter.kind,
            language=letter.language,
            version_number=letter.version_number,
            content=letter.content,
            made_at=made,
            made_by=actor,
        )
        for letter in letters
    ]
    if not rows:
        return []
    session.add_all(rows)
    session.flush()
    ids = [row.id for row in rows]
    record(session, actor, "letter_made", ENTITY, [str(i) for i in ids])
    return ids


def unsent(session: Session) -> list[LetterRow]:
    """Every letter not sent yet, oldest first."""
    query = select(LetterRow).where(LetterRow.sent_at.is_(None)).order_by(LetterRow.id)
    return list(session.scalars(query))


def letters_by_id(session: Session, letter_ids: Collection[int]) -> list[LetterRow]:
    """The letters of ``letter_ids`` in id order.

    Raises
    ------
    StoreError
        ``letters.unknown`` naming the first id that has no letter.
    """
    rows = list(
        session.scalars(
            select(LetterRow).where(LetterRow.id.in_(list(letter_ids))).order_by(LetterRow.id)
        )
    )
    missing = sorted(set(letter_ids) - {row.id for row in rows})
    if missing:
        raise StoreError("letters.unknown", letter=missing[0])
    return rows


def letters_of_person(session: Session, person_id: str) -> list[LetterRow]:
    """Every letter on ``person_id``, oldest first."""
    query = select(LetterRow).where(LetterRow.person_id == person_id).order_by(LetterRow.id)
    return list(session.scalars(query))


def mark_sent(session: Session, letter_ids: Sequence[int], actor: str) -> int:
    """Mark the letters of ``letter_ids`` sent now by ``actor``; a letter already sent keeps
    its first sending. Returns how many were newly marked.

    Raises
    ------
    StoreError
        ``letters.unknown`` for an id that has no letter; nothing is marked then.
    """
    rows = letters_by_id(session, set(letter_ids))
    fresh = [row.id for row in rows if row.sent_at is None]
    if not fresh:
        return 0
    session.execute(
        update(LetterRow).where(LetterRow.id.in_(fresh)).values(sent_at=utc_now(), sent_by=actor)
    )
    record(session, actor, "letter_sent", ENTITY, [str(i) for i in fresh])
    return len(fresh)


def rewrite_content(
    session: Session,
    person_id: str,
    rewrite: Callable[[dict[str, Any]], dict[str, Any]],
    actor: str | None = None,
) -> int:
    """Replace the content of each letter on ``person_id`` by ``rewrite`` of it; returns how
    many letters there were. With ``actor`` the rewrite is audited (ids only)."""
    rows = letters_of_person(session, person_id)
    for row in rows:
        row.content = rewrite(row.content)
    if rows and actor is not None:
        record(session, actor, "letter_anonymised", ENTITY, [str(row.id) for row in rows])
    return len(rows)
