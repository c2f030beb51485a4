"""Case work all year: ``person add|show|edit|export``, ``request add|note``, ``closure add``,
``change`` and ``record``, on the database (``--db``, ``--actor`` as the store commands).

Flags are named as the columns of ``docs/scenario-format.md`` (``--person-id``,
``--annual-nights`` …) and their values are read exactly as an imported cell is; a bad value
exits 2 with one line per fault, naming the flag. ``request add --place-now`` that does not
fit, ``change`` that does not fit, a closure that would break promises and ``person edit``
that breaks promises without a choice for each exit 1 with the rules and the alternatives;
nothing is changed then. ``--own-centre C`` acts as the manager of centre C: only its stays
may be recorded and only its closures reported.
"""

from __future__ import annotations

import argparse
from datetime import date

from scheduler.cli import casework_entries as entries
from scheduler.cli import casework_promises as promises
from scheduler.cli import privacy
from scheduler.cli.store import guarded, store_options


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``person``, ``request``, ``closure``, ``change`` and ``record``."""
    store = store_options(common)
    _register_person(commands, store)

    request = commands.add_parser("request", parents=[store], help="enter a wish")
    actions = request.add_subparsers(dest="request_command", required=True)
    cmd = actions.add_parser("add", parents=[store], help="enter one wish (request)")
    for flag in ("--request-id", "--person-id", "--received", "--start"):
        cmd.add_argument(flag, required=True)
    for flag in ("--end", "--flex-days", "--kind", "--priority", "--preferred-centre"):
        cmd.add_argument(flag)
    cmd.add_argument(
        "--place-now", action="store_true", help="place it at once into the published plan"
    )
    cmd.add_argument("--handover-note", default="", help="what the centre's staff need to know")
    cmd.set_defaults(handler=guarded(entries.request_add))
    privacy.add_request_note(actions, store)

    closure = commands.add_parser("closure", parents=[store], help="report closed beds")
    actions = closure.add_subparsers(dest="closure_command", required=True)
    cmd = actions.add_parser("add", parents=[store], help="report beds closed at a centre")
    for flag in ("--centre-id", "--start", "--end", "--beds-closed"):
        cmd.add_argument(flag, required=True)
    cmd.add_argument("--own-centre", help="act as this centre's manager")
    cmd.set_defaults(handler=guarded(entries.closure_add))

    cmd = commands.add_parser("change", parents=[store], help="move, shorten or extend a stay")
    cmd.add_argument("request", help="request_id of a granted stay")
    cmd.add_argument("--start", type=date.fromisoformat, help="new arrival (keeps the length)")
    cmd.add_argument("--end", type=date.fromisoformat, help="new departure")
    cmd.add_argument("--centre", help="another centre (centre_id)")
    cmd.set_defaults(handler=guarded(promises.change))

    cmd = commands.add_parser("record", parents=[store], help="record what happened to a stay")
    cmd.add_argument("request", help="request_id of a granted stay")
    what = cmd.add_mutually_exclusive_group(required=True)
    what.add_argument("--arrived", type=date.fromisoformat, help="the day the person came")
    what.add_argument("--no-show", action="store_true", help="the person did not come")
    what.add_argument("--left", type=date.fromisoformat, help="the day the person left early")
    what.add_argument("--undo", action="store_true", help="undo the last record of the stay")
    cmd.add_argument("--own-centre", help="act as this centre's manager")
    cmd.add_argument(
        "--today", type=date.fromisoformat, help="record as of this day (default today)"
    )
    cmd.set_defaults(handler=guarded(promises.record))


def _register_person(commands: argparse._SubParsersAction, store: argparse.ArgumentParser) -> None:
    person = commands.add_parser("person", parents=[store], help="enter, show or edit a person")
    actions = person.add_subparsers(dest="person_command", required=True)

    cmd = actions.add_parser("add", parents=[store], help="enter one person")
    cmd.add_argument("--person-id", required=True)
    for flag in (
        "--name",
        "--needs",
        "--annual-nights",
        "--used-nights",
        "--used-stays",
        "--grant-start",
        "--carer-name",
    ):
        cmd.add_argument(flag)
    for flag in ("--payment-exempt", "--self-appointed-helper", "--no-consent"):
        cmd.add_argument(flag, action="store_true")
    cmd.set_defaults(handler=guarded(entries.person_add))

    cmd = actions.add_parser("show", parents=[store], help="a person's years and stays")
    cmd.add_argument("person", help="person_id")
    cmd.set_defaults(handler=guarded(promises.person_show))

    cmd = actions.add_parser("edit", parents=[store], help="change what decides a person's grants")
    cmd.add_argument("person", help="person_id")
    for flag in ("--needs", "--annual-nights", "--consent", "--self-appointed-helper"):
        cmd.add_argument(flag)
    cmd.add_argument("--grant-start")
    cmd.add_argument("--move", action="append", default=[], help="REQUEST=START[:END][@CENTRE]")
    cmd.add_argument("--cancel", action="append", default=[], help="REQUEST")
    cmd.add_argument("--keep", action="append", default=[], help="REQUEST=REASON")
    cmd.set_defaults(handler=guarded(promises.person_edit))

    privacy.add_person_export(actions, store)
