"""The ``respite`` command. Each module of this package adds its subcommands through
``register(commands, common)`` and sets ``handler(args, lang) -> exit code`` on them.

Exit codes: 0 done (``check``: every rule holds), 1 ``check`` found violations, 2 invalid input
(every fault is listed, nothing is written).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib import import_module

from scheduler.domain.faults import ScenarioError
from scheduler.i18n import LANGUAGES, language, t
from scheduler.io.fault_text import format_fault

EXIT_OK, EXIT_VIOLATIONS, EXIT_INVALID = 0, 1, 2
COMMAND_MODULES = ("engine", "bench", "store", "operations", "profile")


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
    except OSError as error:  # a file that cannot be written (or read) where the user said
        path = error.filename or ""
        print(t("cli.file_error", lang, path=path, problem=error.strerror), file=sys.stderr)
        return EXIT_INVALID
    return code


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
