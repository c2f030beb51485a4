"""Decision letters from the published plan: one as a file or as bytes, or many in a zip."""

from __future__ import annotations

import io
import multiprocessing
import os
import zipfile
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from functools import partial
from pathlib import Path
from typing import BinaryIO, TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.model import Plan, Scenario
from scheduler.domain.objective import is_late_summer_wish
from scheduler.io.letters import LetterFacts, letter_html
from scheduler.io.letters_pdf import letter_pdf
from scheduler.service.operations.commit import OperationError
from scheduler.store import operations_repo

FORMATS = (".pdf", ".html")
PARALLEL_FROM = 40
"""Letters in one batch from which they are made in several processes (one per core): below
it, starting the processes costs more than it saves."""
CHUNK = 25
"""Letters a process makes per hand-out, so the progress moves and no process idles long."""
Item = TypeVar("Item")


def letter_facts(scenario: Scenario, plan: Plan, request_id: str, written: date) -> LetterFacts:
    """What the letter on ``request_id`` says, from the plan's decision.

    Raises
    ------
    OperationError
        ``operations.unknown_request`` or ``operations.undecided``.
    """
    request = scenario.request_by_id.get(request_id)
    if request is None:
        raise OperationError("operations.unknown_request", request=request_id)
    decision = plan.by_request.get(request_id)
    if decision is None:
        raise OperationError("operations.undecided", request=request_id)
    centre = scenario.centre_by_id[decision.stay.centre_id].name if decision.stay else None
    return LetterFacts(
        rules=scenario.rules,
        request=request,
        person=scenario.person_by_id[request.person_id],
        decision=decision,
        centre_name=centre,
        late_summer_wish=is_late_summer_wish(request, scenario.rules),
        written=written,
    )


def render(facts: LetterFacts, suffix: str, lang: str = "da") -> bytes:
    """The letter as ``.pdf`` or ``.html`` bytes.

    Raises
    ------
    OperationError
        ``operations.bad_letter_format``.
    """
    check_format(suffix)
    if suffix == ".pdf":
        return letter_pdf(facts, lang)
    return letter_html(facts, lang).encode("utf-8")


def check_format(suffix: str) -> None:
    """Refuse a file ending no letter is written as (``operations.bad_letter_format``)."""
    if suffix not in FORMATS:
        raise OperationError(
            "operations.bad_letter_format", path=suffix, formats=", ".join(FORMATS)
        )


def render_all(
    facts: Sequence[LetterFacts],
    suffix: str,
    lang: str = "da",
    progress: Callable[[int, int], None] | None = None,
) -> list[bytes]:
    """Every letter of ``facts`` in order, in several processes for a large batch.

    ``progress`` is called with (letters made, letters in all) as they come in.

    Raises
    ------
    OperationError
        ``operations.bad_letter_format``.
    """
    check_format(suffix)
    return make_all(partial(render, suffix=suffix, lang=lang), facts, progress)


def make_all(
    make: Callable[[Item], bytes],
    items: Sequence[Item],
    progress: Callable[[int, int], None] | None = None,
) -> list[bytes]:
    """``make`` of every item in order, in several processes for a large batch (``make`` and
    the items must then pickle); ``progress`` as ``render_all`` says."""
    workers = os.cpu_count() or 1
    if len(items) < PARALLEL_FROM or workers < 2:
        return _collect(map(make, items), len(items), progress)
    # Spawned, not forked: the app serves pages from threads, and a fork copies their locks.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        return _collect(pool.map(make, items, chunksize=CHUNK), len(items), progress)


def _collect(
    letters: Iterable[bytes], total: int, progress: Callable[[int, int], None] | None
) -> list[bytes]:
    made: list[bytes] = []
    for data in letters:
        made.append(data)
        if progress is not None:
            progress(len(made), total)
    return made


def _published(engine: Engine) -> tuple[Scenario, Plan]:
    with Session(engine) as session:
        base = operations_repo.published_version(session)
        return operations_repo.load_published(session, base)


def render_letter(
    engine: Engine,
    request_id: str,
    suffix: str = ".pdf",
    written: date | None = None,
    lang: str = "da",
) -> bytes:
    """The letter on a decision of the published plan, as ``.pdf`` or ``.html`` bytes (for a
    download button); ``written`` is the letter's date, default today.

    Raises
    ------
    StoreError
        ``operations.nothing_published``, ``operations.unknown_request``,
        ``operations.undecided`` or ``operations.bad_letter_format``.
    """
    scenario, plan = _published(engine)
    facts = letter_facts(scenario, plan, request_id, written or date.today())
    return render(facts, suffix, lang)


def write_letter(
    engine: Engine, request_id: str, out: Path, written: date | None = None, lang: str = "da"
) -> None:
    """Write the letter to ``out``; its ending (``.pdf`` or ``.html``) chooses the format.

    Raises
    ------
    StoreError
        As ``render_letter``; nothing is written then.
    """
    out.write_bytes(render_letter(engine, request_id, out.suffix.lower(), written, lang))


def letters_zip(
    engine: Engine,
    request_ids: Sequence[str],
    out: Path | BinaryIO,
    suffix: str = ".pdf",
    written: date | None = None,
    lang: str = "da",
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the letters on ``request_ids`` into the zip file ``out`` (a path or a binary
    stream) as ``<request_id><suffix>``; returns how many. Every letter is made before the
    file is written; ``progress`` follows them as ``render_all`` says.

    Raises
    ------
    StoreError
        As ``render_letter``, for the first request that has no letter; nothing is written then.
    """
    scenario, plan = _published(engine)
    day = written or date.today()
    facts = [letter_facts(scenario, plan, rid, day) for rid in request_ids]
    letters = render_all(facts, suffix, lang, progress)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for fact, data in zip(facts, letters, strict=True):
            archive.writestr(f"{fact.request.request_id}{suffix}", data)
    return len(letters)


def letters_zip_bytes(
    engine: Engine,
    request_ids: Sequence[str],
    suffix: str = ".pdf",
    written: date | None = None,
    lang: str = "da",
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """The zip ``letters_zip`` writes, as bytes (for a download button); ``progress`` as there.

    Raises
    ------
    StoreError
        As ``letters_zip``.
    """
    buffer = io.BytesIO()
    letters_zip(engine, request_ids, buffer, suffix, written, lang, progress)
    return buffer.getvalue()
