"""The ``respite`` command. Each module of this package adds its subcommands through
``register(commands, common)`` and sets ``handler(args, lang) -> exit code`` on them.

Exit codes: 0 done (``check``: every rule holds), 1 ``check`` found violations, 2 invalid input
or a refusal (every fault is listed, nothing is written), 3 an unexpected error. No traceback
ever reaches the user: every error is one line, and an unexpected one is logged by its type
only (never its text, which may carry personal data); ``RESPITE_DEBUG=1`` shows the traceback
to a developer.
"""

from __future__ import annotations

import argparse
import errno
import logging
import os
import sys
from collections.abc import Sequence
from importlib import import_module

from scheduler.cli.database_url import DatabaseUrlError
from scheduler.domain.faults import ScenarioError
from scheduler.i18n import LANGUAGES, has, language, t
from scheduler.io.atomic import NotRegularFileError
from scheduler.io.fault_text import format_fault

EXIT_OK, EXIT_VIOLATIONS, EXIT_INVALID, EXIT_UNEXPECTED = 0, 1, 2, 3
COMMAND_MODULES = (
    "engine",
    "bench",
    "store",
    "operations",
    "profile",
    "casework",
    "privacy",
    "followup",
    "day_places",
)
DEBUG_VARIABLE = "RESPITE_DEBUG"

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())  # logged where the app configures it, not on stderr


def build_parser() -> argparse.ArgumentParser:
    """The parser with every subcommand registered."""
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a subcommand's own --lang must not reset one given before the subcommand.
    common.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help="language of messages (default: da)",
    )
    parser = argparse.ArgumentParser(
        prog="respite", description="Respite-bed scheduler", parents=[common]
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for name in COMMAND_MODULES:
        import_module(f"{__name__}.{name}").register(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = build_parser().parse_args(argv)
    lang = language(getattr(args, "lang", None))
    try:
        code: int = args.handler(args, lang)
    except ScenarioError as error:
        print(t("solve.invalid", lang), file=sys.stderr)
        for fault in error.faults:
            print(format_fault(fault, lang), file=sys.stderr)
        return EXIT_INVALID
    except NotRegularFileError as error:
        print(t("cli.not_regular_file", lang, path=error.filename), file=sys.stderr)
        return EXIT_INVALID
    except OSError as error:  # a file that cannot be written (or read) where the user said
        print(file_error(error, lang), file=sys.stderr)
        return EXIT_INVALID
    except DatabaseUrlError as error:
        problem = t(error.problem, lang, **error.params)
        print(t("cli.db_url", lang, source=error.source, problem=problem), file=sys.stderr)
        return EXIT_INVALID
    except Exception as error:
        if os.environ.get(DEBUG_VARIABLE):
            raise
        # The type only: an exception's text may quote personal data (a database error
        # quotes the rows it failed on).
        log.error("respite %s failed: %s", args.command, type(error).__name__)
        name = type(error).__name__
        print(t("cli.unexpected", lang, command=args.command, error=name), file=sys.stderr)
        return EXIT_UNEXPECTED
    return code


def file_error(error: OSError, lang: str) -> str:
    """One line naming the path and what is wrong with it, in the user's language where the
    error is a common one."""
    code = errno.errorcode.get(error.errno or 0, "")
    key = f"oserror.{code}"
    problem = t(key, lang) if code and has(key) else (error.strerror or str(error))
    return t("cli.file_error", lang, path=error.filename or "", problem=problem)


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
