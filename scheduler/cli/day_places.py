"""The ``allocate-day-places`` command: allocate the stored day-centre wishes and store the day
plan, as the app's "Fordel dagcenterpladser" does (the same service call); and
``end-day-place WISH_ID [--date D] [--today D]``: a family's place or wish ended (D its last
day, default today, never after it), the family's letter recorded, the freed seats offered at
once; it prints every family that got a letter or a seat."""

from __future__ import annotations

import argparse
from datetime import date

from scheduler.cli import EXIT_OK
from scheduler.cli.store import actor_of, engine_of, guarded, store_options
from scheduler.domain.daycare import weekdays_text
from scheduler.i18n import t
from scheduler.service.day_place_end import end_day_wish
from scheduler.service.letter_records import DAY_ENDED_KIND
from scheduler.service.service_letter_records import day_kind
from scheduler.service.services_view import ALLOCATION_SECONDS, allocate_day_places


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``allocate-day-places``."""
    cmd = commands.add_parser(
        "allocate-day-places",
        parents=[store_options(common)],
        help="allocate the stored day-centre wishes and store the day plan",
    )
    cmd.add_argument(
        "--time-limit",
        type=float,
        default=ALLOCATION_SECONDS,
        help=f"seconds (default {ALLOCATION_SECONDS:g})",
    )
    cmd.set_defaults(handler=guarded(_allocate))
    cmd = commands.add_parser(
        "end-day-place",
        parents=[store_options(common)],
        help="end a family's day-centre place or wish; its seats go to the queue at once",
    )
    cmd.add_argument("wish", help="wish_id of the day-centre wish")
    cmd.add_argument(
        "--date",
        type=date.fromisoformat,
        default=None,
        metavar="D",
        help="the place's last day, the last day the family came (YYYY-MM-DD, default "
        "today; not after today: the seats are offered again at once)",
    )
    cmd.add_argument("--today", type=date.fromisoformat, help="end as of this day (default today)")
    cmd.set_defaults(handler=guarded(_end))


def _allocate(args: argparse.Namespace, lang: str) -> int:
    report = allocate_day_places(engine_of(args), actor_of(args), args.time_limit)
    print(t("svc.cli.run", lang, number=report.number))
    print(report.text(lang))
    return EXIT_OK


def _end(args: argparse.Namespace, lang: str) -> int:
    outcome = end_day_wish(engine_of(args), args.wish, actor_of(args), args.date, args.today)
    day = outcome.last_day.isoformat()
    print(t("svc.cli.ended_on", lang, wish=outcome.wish_id, day=day))
    if outcome.report is not None:
        print(t("svc.cli.run", lang, number=outcome.report.number))
    for place in outcome.offered:
        days = weekdays_text(place.weekdays)
        print(t("svc.cli.offered", lang, wish=place.wish_id, centre=place.centre_id, days=days))
    if not outcome.offered:
        print(t("svc.cli.none_offered", lang))
    letters = [(outcome.person_id, outcome.wish_id, DAY_ENDED_KIND)]
    letters += [(d.person_id, d.wish_id, day_kind(d)) for d in outcome.lettered]
    for person, wish, kind in letters:
        named = t(f"ui.unsent.kind.{kind}", lang)
        print(t("svc.cli.letter", lang, person=person, wish=wish, kind=named))
    return EXIT_OK
