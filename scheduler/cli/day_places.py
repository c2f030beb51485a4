"""The ``allocate-day-places`` command: allocate the stored day-centre wishes and store the day
plan, as the app's "Fordel dagcenterpladser" does (the same service call)."""

from __future__ import annotations

import argparse

from scheduler.cli import EXIT_OK
from scheduler.cli.store import actor_of, engine_of, guarded, store_options
from scheduler.i18n import t
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


def _allocate(args: argparse.Namespace, lang: str) -> int:
    report = allocate_day_places(engine_of(args), actor_of(args), args.time_limit)
    print(t("svc.cli.run", lang, number=report.number))
    print(
        t(
            "svc.day.allocated",
            lang,
            granted=report.granted,
            waiting=report.waiting,
            refused=report.refused,
            changes=report.changes,
            seconds=f"{report.seconds:.1f}",
        )
    )
    return EXIT_OK
