"""Store commands: ``import``, ``plan``, ``publish``, ``export`` and ``db upgrade``.

Each takes ``--db URL`` (default ``RESPITE_DB``, else ``sqlite:///respite.db``). Exit codes as
in ``scheduler.cli``; a publication refused because its base is stale, and an import refused
because it would break promises of the published plan (each one listed), exit 1; other
refusals (no data, unknown version, an unusable database) exit 2.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from scheduler.cli import EXIT_INVALID, EXIT_OK, EXIT_VIOLATIONS
from scheduler.cli.database_url import checked_url
from scheduler.cli.engine import ProgressLine
from scheduler.i18n import has, t
from scheduler.io.scenario_reader import read_scenario_with_services
from scheduler.service.errors import StalePlanError, UserError
from scheduler.service.exporting import export_plan
from scheduler.service.import_preview import ImportRefused, refusal_lines
from scheduler.service.importing import import_scenario
from scheduler.service.planning import make_plan
from scheduler.service.publishing import publish
from scheduler.service.summary import format_summary
from scheduler.service.versions import VersionOrigin, list_versions
from scheduler.solve import METHODS
from scheduler.store.database import create_store_engine, open_store, revisions, upgrade

Handler = Callable[[argparse.Namespace, str], int]


def store_options(common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options every database command takes: ``--db`` and ``--actor``."""
    store = argparse.ArgumentParser(add_help=False, parents=[common])
    store.add_argument("--db", help="database URL (default: RESPITE_DB, else sqlite:///respite.db)")
    store.add_argument(
        "--actor", help="who acts, for the audit log (default: RESPITE_ACTOR, else the login)"
    )
    return store


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``import``, ``plan``, ``publish``, ``export`` and ``db``."""
    store = store_options(common)

    cmd = commands.add_parser("import", parents=[store], help="import a scenario into the database")
    cmd.add_argument("scenario", type=Path, help="scenario folder or .xlsx workbook")
    cmd.set_defaults(handler=guarded(_import))

    cmd = commands.add_parser("plan", parents=[store], help="plan the database's data as a draft")
    cmd.add_argument("--time-limit", type=float, default=60.0, help="seconds (default 60)")
    cmd.add_argument("--solver", choices=METHODS, default="cpsat")
    cmd.set_defaults(handler=guarded(_plan))

    cmd = commands.add_parser("publish", parents=[store], help="publish a draft plan version")
    cmd.add_argument("version", type=int, nargs="?", help="version number (default: the newest)")
    cmd.set_defaults(handler=guarded(_publish))

    cmd = commands.add_parser("versions", parents=[store], help="list the plan versions")
    cmd.set_defaults(handler=guarded(_versions))

    cmd = commands.add_parser("export", parents=[store], help="write a plan version to a file")
    cmd.add_argument("out", type=Path, help="file to write: .csv, .xlsx or .ics")
    cmd.add_argument("--version", type=int, help="version number (default: the newest)")
    cmd.add_argument("--centre", help="only the stays at this centre")
    cmd.set_defaults(handler=guarded(_export))

    cmd = commands.add_parser("db", parents=[store], help="database maintenance")
    actions = cmd.add_subparsers(dest="db_action", required=True)
    up = actions.add_parser("upgrade", parents=[store], help="apply the schema migrations")
    up.set_defaults(handler=guarded(_upgrade))


def guarded(handler: Handler) -> Handler:
    """``handler`` with the store's refusals printed from the catalogue."""

    def run(args: argparse.Namespace, lang: str) -> int:
        try:
            return handler(args, lang)
        except UserError as error:
            print(t(error.key, lang, **error.params), file=sys.stderr)
            return EXIT_VIOLATIONS if isinstance(error, StalePlanError) else EXIT_INVALID
        except OperationalError as error:
            print(t("store.unreachable", lang, error=error.orig), file=sys.stderr)
            return EXIT_INVALID

    return run


def actor_of(args: argparse.Namespace) -> str:
    return str(args.actor or os.environ.get("RESPITE_ACTOR") or getpass.getuser())


def engine_of(args: argparse.Namespace) -> Engine:
    """The database of ``--db``, its URL checked first (``scheduler.cli.database_url``)."""
    return open_store(checked_url(args.db))


def _import(args: argparse.Namespace, lang: str) -> int:
    scenario, services = read_scenario_with_services(args.scenario)
    engine = engine_of(args)
    try:
        report = import_scenario(engine, scenario, actor_of(args), services)
    except ImportRefused as refused:
        for line in refusal_lines(refused.preview, lang):
            print(line, file=sys.stderr)
        return EXIT_VIOLATIONS
    print(t("store.imported", lang, db=engine.url.render_as_string()))
    for entity, changes in report.changes.items():
        name = t(f"store.entity.{entity}", lang)
        print(
            t(
                "store.changes",
                lang,
                entity=name,
                inserted=changes.inserted,
                updated=changes.updated,
                unchanged=changes.unchanged,
            )
        )
    if report.version is not None:
        print(t("store.imported_bookings", lang, version=report.version.number))
    return EXIT_OK


def _plan(args: argparse.Namespace, lang: str) -> int:
    outcome = make_plan(
        engine_of(args), args.time_limit, actor_of(args), ProgressLine(lang), args.solver
    )
    print(t("store.planned", lang, version=outcome.version.number))
    for line in format_summary(outcome.summary, lang):
        print(line)
    return EXIT_OK


def _publish(args: argparse.Namespace, lang: str) -> int:
    info = publish(engine_of(args), args.version, actor_of(args))
    print(t("store.published", lang, version=info.number))
    return EXIT_OK


def _versions(args: argparse.Namespace, lang: str) -> int:
    versions = list_versions(engine_of(args))
    if not versions:
        print(t("store.versions.none", lang))
    for info in versions:
        made = info.solver_status if info.origin is VersionOrigin.PLANNED else info.origin
        status = f"ui.solver_status.{made}"
        line = t(
            "store.versions.line",
            lang,
            version=info.number,
            status=t(f"ui.version.{info.status}", lang),
            created=info.created_at.strftime("%Y-%m-%d %H:%M"),
            actor=info.created_by,
            solver=t(status, lang) if has(status) else made,
            granted=info.granted,
            rejected=info.rejected,
        )
        print(line)
    return EXIT_OK


def _export(args: argparse.Namespace, lang: str) -> int:
    number = export_plan(engine_of(args), args.out, args.version, args.centre, lang)
    print(t("store.exported", lang, version=number, path=args.out))
    return EXIT_OK


def _upgrade(args: argparse.Namespace, lang: str) -> int:
    engine = create_store_engine(checked_url(args.db))
    upgrade(engine)
    revision = revisions(engine)[0]
    print(t("store.upgraded", lang, db=engine.url.render_as_string(), revision=revision))
    return EXIT_OK
