"""Sending the recorded letters: the list of those not sent yet, each written again as a file,
all of them in one zip, and marking them sent.

A recorded letter is written again from its ``content`` (``scheduler.service.letter_records``),
in its own language or another, so a letter made at a decision and downloaded later says what
the decision said (the day-centre and relief letters by
``scheduler.service.service_letter_records``). The zip of the unsent letters is marked sent
only once it is completely made: a download or a file that fails leaves every letter unsent.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.io.atomic import write_atomically
from scheduler.io.letter_changes import CHANGE_KINDS, change_letter_body
from scheduler.io.letters import html_page, letter_body
from scheduler.io.letters_pdf import pdf_page
from scheduler.service.followup_letter import ending_facts, render_ending
from scheduler.service.letter_records import SERVICE_KINDS, facts_from_content
from scheduler.service.operations.letters import check_format, make_all
from scheduler.service.service_letter_records import render_service_letter
from scheduler.store import letters_repo
from scheduler.store.models import LetterRow

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class UnsentLetter:
    """A recorded letter not sent yet, as the list shows it: what kind, on whom and which
    request, made when and by whom."""

    letter_id: int
    kind: str
    person_id: str
    person_name: str
    request_id: str | None
    made_at: datetime
    made_by: str

    @property
    def file_stem(self) -> str:
        """The letter's file name without its ending: its number, kind and request (or person)."""
        return f"{self.letter_id:06d}-{self.kind}-{self.request_id or self.person_id}"


@dataclass(frozen=True)
class _Recorded:
    """What writing a recorded letter again needs (plain values, so it pickles)."""

    kind: str
    content: dict[str, Any]


def _listed(row: LetterRow) -> UnsentLetter:
    person = row.content.get("person") or {}
    return UnsentLetter(
        row.id,
        row.kind,
        row.person_id,
        str(person.get("name", "")),
        row.request_id,
        row.made_at,
        row.made_by,
    )


def unsent_letters(engine: Engine) -> list[UnsentLetter]:
    """Every letter not sent yet, oldest first."""
    with Session(engine) as session:
        return [_listed(row) for row in letters_repo.unsent(session)]


def render_recorded(recorded: _Recorded, suffix: str, lang: str) -> bytes:
    """A recorded letter written again as ``.pdf`` or ``.html`` bytes in ``lang``."""
    if recorded.kind == "ending":
        return render_ending(ending_facts(recorded.content), suffix, lang)
    if recorded.kind in SERVICE_KINDS:
        return render_service_letter(recorded.kind, recorded.content, suffix, lang)
    facts, earlier = facts_from_content(recorded.content)
    if recorded.kind in CHANGE_KINDS:
        body = change_letter_body(recorded.kind, facts, earlier, lang)
    else:
        body = letter_body(facts, lang)
    request_id = facts.request.request_id
    if suffix == ".pdf":
        return pdf_page(body, request_id, lang)
    return html_page(body, request_id, lang).encode("utf-8")


def recorded_letter(engine: Engine, letter_id: int, suffix: str, lang: str | None = None) -> bytes:
    """The recorded letter ``letter_id`` written again (for a preview or a download), in its
    own language unless ``lang`` is given.

    Raises
    ------
    StoreError
        ``letters.unknown`` or ``operations.bad_letter_format``.
    """
    check_format(suffix)
    with Session(engine) as session:
        (row,) = letters_repo.letters_by_id(session, [letter_id])
        recorded, language = _Recorded(row.kind, dict(row.content)), row.language
    return render_recorded(recorded, suffix, lang or language)


def unsent_zip(
    engine: Engine, out: Path | BinaryIO, lang: str = "da", progress: Progress | None = None
) -> list[int]:
    """Write every unsent letter as a PDF into the zip ``out`` (a path or a binary stream),
    named by ``UnsentLetter.file_stem``; returns the ids written, for ``mark_sent``. Nothing is
    marked sent here; ``progress`` follows the letters as they are made."""
    with Session(engine) as session:
        rows = letters_repo.unsent(session)
        listed = [_listed(row) for row in rows]
        recorded = [_Recorded(row.kind, dict(row.content)) for row in rows]
    letters = make_all(partial(render_recorded, suffix=".pdf", lang=lang), recorded, progress)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for letter, data in zip(listed, letters, strict=True):
            archive.writestr(f"{letter.file_stem}.pdf", data)
    return [letter.letter_id for letter in listed]


def mark_sent(engine: Engine, letter_ids: Sequence[int], actor: str) -> int:
    """Mark the letters sent now by ``actor``, in one transaction, audited by id; returns how
    many were newly marked (a letter already sent keeps its first sending).

    Raises
    ------
    StoreError
        ``letters.unknown``; nothing is marked then.
    """
    with Session(engine) as session, session.begin():
        return letters_repo.mark_sent(session, letter_ids, actor)


def send_unsent_to_file(
    engine: Engine, out: Path, actor: str, lang: str = "da", progress: Progress | None = None
) -> int:
    """Write every unsent letter into the zip file ``out`` (whole or not at all) and only then
    mark them sent; returns how many. When the file cannot be written none is marked.

    Raises
    ------
    OSError
        As ``write_atomically``; nothing is marked sent.
    """
    written: list[int] = []
    write_atomically(out, lambda path: written.extend(unsent_zip(engine, path, lang, progress)))
    mark_sent(engine, written, actor)
    return len(written)


def unsent_zip_bytes(
    engine: Engine, lang: str = "da", progress: Progress | None = None
) -> tuple[bytes, list[int]]:
    """The zip of every unsent letter as bytes (for a download button) and the ids it holds;
    the caller marks them sent once the download is made (``mark_sent``)."""
    buffer = io.BytesIO()
    ids = unsent_zip(engine, buffer, lang, progress)
    return buffer.getvalue(), ids
