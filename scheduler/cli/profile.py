"""Rule profiles: ``profile check FILE`` (any file, e.g. a municipality's own profile or
``data/profiles/TEMPLATE.toml``) and ``profile show NAME`` (a shipped profile), both printing
the rules as plain sentences."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scheduler.cli import EXIT_INVALID, EXIT_OK
from scheduler.domain.faults import Fault
from scheduler.domain.model import Rules
from scheduler.i18n import t
from scheduler.io.fault_text import format_fault
from scheduler.io.profile_text import rules_sentences
from scheduler.io.profiles import available_profiles, profile_path, rules_from_file
from scheduler.io.service_profile import service_rules_from_file


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``profile check`` and ``profile show``."""
    profile = commands.add_parser(
        "profile", parents=[common], help="check or show a rule profile in plain words"
    )
    actions = profile.add_subparsers(dest="profile_command", required=True)

    check_cmd = actions.add_parser(
        "check",
        parents=[common],
        help="check a profile file and print its rules",
        description="Check a rule profile file (any path, e.g. a copy of "
        "data/profiles/TEMPLATE.toml) and print its rules as sentences; exit 2 with every "
        "fault when it cannot be used.",
    )
    check_cmd.add_argument("file", type=Path, help="the profile's .toml file")
    check_cmd.set_defaults(handler=_check)

    show_cmd = actions.add_parser(
        "show",
        parents=[common],
        help="print a shipped profile's rules",
        description="Print the rules of a shipped profile (data/profiles/NAME.toml) as sentences.",
    )
    show_cmd.add_argument("name", help="e.g. haderslev or randers")
    show_cmd.set_defaults(handler=_show)


def _check(args: argparse.Namespace, lang: str) -> int:
    rules, faults = rules_from_file(args.file)
    if rules is None:
        return _invalid(faults, lang)
    print(t("profile.valid", lang, file=args.file))
    return _print(rules, lang, args.file)


def _show(args: argparse.Namespace, lang: str) -> int:
    name = str(args.name).removesuffix(".toml")
    known = available_profiles()
    if name not in known:
        print(t("profile.unknown", lang, name=name, known=", ".join(known)), file=sys.stderr)
        return EXIT_INVALID
    rules, faults = rules_from_file(profile_path(name))
    if rules is None:
        return _invalid(faults, lang)
    return _print(rules, lang, profile_path(name))


def _print(rules: Rules, lang: str, path: Path) -> int:
    for sentence in rules_sentences(rules, lang, service_rules_from_file(path)):
        print(sentence)
    return EXIT_OK


def _invalid(faults: list[Fault], lang: str) -> int:
    print(t("profile.invalid", lang), file=sys.stderr)
    for fault in faults:
        print(format_fault(fault, lang), file=sys.stderr)
    return EXIT_INVALID
