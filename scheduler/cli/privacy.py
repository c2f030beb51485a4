"""Personal data on the command line: ``anonymise PERSON_ID`` and ``anonymise --ended-before
DATE`` (a person whose grant has ended), ``person export PERSON_ID --out FILE.json`` (a person's
own access request) and ``request note REQUEST_ID --text TEXT`` (the handover note to the
centre), on the database (``--db``, ``--actor`` as the store commands).

Refusals (a grant that still runs, an unknown id, a note too long) exit 2 with one line saying
why; nothing is changed then. Printed lines name people by id only.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from scheduler.cli import EXIT_INVALID, EXIT_OK
from scheduler.cli.store import actor_of, engine_of, guarded, store_options
from scheduler.i18n import t
from scheduler.service.anonymise import Anonymised, anonymise_ended_before, anonymise_person
from scheduler.service.person_data import write_person_export
from scheduler.service.request_edit import set_handover_note


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``anonymise`` (``person export`` and ``request note`` are added to their groups by
    ``scheduler.cli.casework`` with ``add_person_export`` and ``add_request_note``)."""
    store = store_options(common)
    cmd = commands.add_parser(
        "anonymise", parents=[store], help="anonymise persons whose grant has ended"
    )
    cmd.add_argument("person", nargs="?", help="person_id")
    cmd.add_argument(
        "--ended-before",
        type=date.fromisoformat,
        help="every person whose grant ended before this date (YYYY-MM-DD)",
    )
    cmd.add_argument(
        "--today", type=date.fromisoformat, help="the date to judge by (default: today)"
    )
    cmd.set_defaults(handler=guarded(anonymise))


def add_person_export(actions: argparse._SubParsersAction, store: argparse.ArgumentParser) -> None:
    """Add ``person export`` to the ``person`` group."""
    cmd = actions.add_parser(
        "export", parents=[store], help="write what the database holds about a person (JSON)"
    )
    cmd.add_argument("person", help="person_id")
    cmd.add_argument("--out", type=Path, required=True, help="the .json file to write")
    cmd.set_defaults(handler=guarded(person_export))


def add_request_note(actions: argparse._SubParsersAction, store: argparse.ArgumentParser) -> None:
    """Add ``request note`` to the ``request`` group."""
    cmd = actions.add_parser(
        "note", parents=[store], help="set the handover note to the centre (empty: delete it)"
    )
    cmd.add_argument("request", help="request_id")
    cmd.add_argument("--text", required=True, help="what the centre's staff need to know")
    cmd.set_defaults(handler=guarded(request_note))


def _done_line(done: Anonymised, lang: str) -> str:
    return t(
        "privacy.anonymised",
        lang,
        person=done.person_id,
        replacement=done.replacement,
        requests=done.requests,
        letters=done.letters,
    )


def anonymise(args: argparse.Namespace, lang: str) -> int:
    """``anonymise``: exit 0 when done (or nothing was due), 2 when refused."""
    if (args.person is None) == (args.ended_before is None):
        print(t("privacy.anonymise_needs_one", lang), file=sys.stderr)
        return EXIT_INVALID
    engine, actor = engine_of(args), actor_of(args)
    if args.person is not None:
        print(_done_line(anonymise_person(engine, args.person, actor, args.today), lang))
        return EXIT_OK
    done = anonymise_ended_before(engine, args.ended_before, actor, args.today)
    day = args.ended_before
    if not done:
        print(t("privacy.none_to_anonymise", lang, day=day))
        return EXIT_OK
    persons = ", ".join(d.person_id for d in done)
    print(t("privacy.anonymised_many", lang, count=len(done), day=day, persons=persons))
    return EXIT_OK


def person_export(args: argparse.Namespace, lang: str) -> int:
    """``person export``: exit 0 when written, 2 for an unknown person or an unwritable file."""
    data = write_person_export(engine_of(args), args.person, args.out)
    rows = sum(len(rows) for rows in data["tables"].values())
    print(
        t(
            "privacy.exported",
            lang,
            person=args.person,
            path=args.out,
            rows=rows,
            entries=len(data["audit"]),
        )
    )
    return EXIT_OK


def request_note(args: argparse.Namespace, lang: str) -> int:
    """``request note``: exit 0 when stored, 2 when refused."""
    set_handover_note(engine_of(args), args.request, args.text, actor_of(args))
    key = "privacy.note.saved" if args.text.strip() else "privacy.note.cleared"
    print(t(key, lang, request=args.request))
    return EXIT_OK
