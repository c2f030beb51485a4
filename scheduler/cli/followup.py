"""Following up cases from the command line: ``followups`` lists what is due, ``followup``
records a follow-up, ``end`` ends a person's grant (``--db``, ``--actor`` as the store commands).

Exit codes as in ``scheduler.cli``: 0 done; refusals (an unknown person, a grant already
ended, a date outside the horizon, a bad decision text) exit 2 with one line saying why, and
nothing is changed.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from scheduler.cli import EXIT_INVALID, EXIT_OK
from scheduler.cli.store import actor_of, engine_of, guarded, store_options
from scheduler.i18n import t
from scheduler.io.atomic import check_output, write_atomically
from scheduler.service.followup import (
    DueItem,
    due_followups,
    record_follow_up,
    set_follow_up,
    week_end,
)
from scheduler.service.followup_letter import check_letter_format, ending_letter
from scheduler.service.grant_ending import EndOutcome, end_grant


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``followups``, ``followup`` and ``end``."""
    store = store_options(common)

    cmd = commands.add_parser(
        "followups", parents=[store], help="list the follow-ups due this week and overdue"
    )
    cmd.add_argument("--today", type=date.fromisoformat, help="the day to judge by (default today)")
    cmd.set_defaults(handler=guarded(_followups))

    cmd = commands.add_parser(
        "followup",
        parents=[store],
        help="record a follow-up of a case (or, with --next only, set the next date)",
    )
    cmd.add_argument("person", help="person_id")
    cmd.add_argument("--held", type=date.fromisoformat, help="day it was held")
    cmd.add_argument("--note", help="what was decided (at most 2,000 characters)")
    cmd.add_argument(
        "--next", type=date.fromisoformat, help="next follow-up (default: the profile's)"
    )
    cmd.add_argument("--handleplan-due", type=date.fromisoformat, help="day a handleplan is due")
    cmd.set_defaults(handler=guarded(_followup))

    cmd = commands.add_parser("end", parents=[store], help="end a person's grant of respite")
    cmd.add_argument("person", help="person_id")
    cmd.add_argument("--date", type=date.fromisoformat, required=True, help="the day it ends")
    cmd.add_argument("--letter-out", type=Path, help="write the decision letter (.pdf or .html)")
    cmd.add_argument(
        "--today",
        type=date.fromisoformat,
        help="end as of this day (default today): a stay running over a later day is "
        "shortened, its departure recorded once it has happened",
    )
    cmd.set_defaults(handler=guarded(_end))


def _line(item: DueItem, lang: str) -> str:
    late = (
        t("followup.cli.overdue", lang, days=item.days_overdue)
        if item.days_overdue
        else t("followup.cli.this_week", lang)
    )
    return t(
        "followup.cli.line",
        lang,
        person=item.person_id,
        name=item.name,
        reason=t(f"followup.reason.{item.reason.value}", lang),
        due=item.due,
        late=late,
    )


def _followups(args: argparse.Namespace, lang: str) -> int:
    today = args.today or date.today()
    items = due_followups(engine_of(args), today)
    if not items:
        print(t("followup.cli.none", lang, end=week_end(today)))
        return EXIT_OK
    print(t("followup.cli.header", lang, count=len(items), end=week_end(today)))
    for item in items:
        print(_line(item, lang))
    return EXIT_OK


def _followup(args: argparse.Namespace, lang: str) -> int:
    """A follow-up held (``--held`` and ``--note``), or only the next date (``--next``)."""
    if args.held is None and args.note is None and args.next is not None:
        set_follow_up(engine_of(args), args.person, args.next, actor_of(args))
        print(t("followup.cli.next_set", lang, person=args.person, day=args.next))
        return EXIT_OK
    if args.held is None or args.note is None:
        print(t("followup.cli.held_and_note", lang), file=sys.stderr)
        return EXIT_INVALID
    done = record_follow_up(
        engine_of(args),
        args.person,
        args.held,
        args.note,
        actor_of(args),
        next_on=args.next,
        handleplan_due=args.handleplan_due,
    )
    print(t("followup.cli.recorded", lang, person=args.person, held=args.held))
    if done.next_on is None:
        print(t("followup.cli.no_next", lang))
    else:
        key = "followup.cli.next_automatic" if done.automatic else "followup.cli.next"
        print(t(key, lang, day=done.next_on))
    if done.handleplan_due is not None:
        print(t("followup.cli.handleplan", lang, day=done.handleplan_due))
    return EXIT_OK


def _print_ending(outcome: EndOutcome, lang: str) -> None:
    ending = outcome.ending
    print(t("followup.cli.ended", lang, person=ending.person_id, day=ending.day))
    for stay in ending.cancelled:
        print(
            t(
                "followup.cli.cancelled",
                lang,
                request=stay.request_id,
                centre=stay.centre_id,
                start=stay.start,
                end=stay.end,
            )
        )
    for request_id in ending.withdrawn:
        print(t("followup.cli.withdrawn", lang, request=request_id))
    if ending.shortened is not None:
        stay = ending.shortened
        print(t("followup.cli.shortened", lang, request=stay.request_id, day=stay.end))
    if outcome.version is None:
        print(t("followup.cli.no_version", lang))
    else:
        print(t("followup.cli.version", lang, version=outcome.version, waiting=outcome.waiting))


def _end(args: argparse.Namespace, lang: str) -> int:
    out: Path | None = args.letter_out
    if out is not None:  # refused before anything is changed
        check_letter_format(out.suffix.lower())
        check_output(out)
    engine = engine_of(args)
    outcome = end_grant(engine, args.person, args.date, actor_of(args), lang=lang, today=args.today)
    _print_ending(outcome, lang)
    if out is not None:
        data = ending_letter(engine, outcome.letter_id, out.suffix.lower())
        write_atomically(out, lambda temporary: temporary.write_bytes(data))
        print(t("followup.cli.letter", lang, path=out))
    return EXIT_OK
