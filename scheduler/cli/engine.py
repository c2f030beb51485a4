"""Engine commands: ``solve``, ``check`` and ``generate`` on scenario files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from time import monotonic

from scheduler.cli import EXIT_INVALID, EXIT_OK, EXIT_VIOLATIONS
from scheduler.cli.time_budget import time_left
from scheduler.domain.checker import check_plan, format_violation
from scheduler.generate import SIZES, generate
from scheduler.i18n import t
from scheduler.io.atomic import check_output
from scheduler.io.fault_text import format_fault
from scheduler.io.plan_csv import read_plan_file, write_plan_csv
from scheduler.io.scenario_reader import read_scenario
from scheduler.io.scenario_writer import write_scenario, write_scenario_xlsx
from scheduler.service.summary import entry_text, format_summary, summarise
from scheduler.solve import METHODS, Progress, solve


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``solve``, ``check`` and ``generate``."""
    solve_cmd = commands.add_parser("solve", parents=[common], help="plan a scenario")
    solve_cmd.add_argument("scenario", type=Path, help="scenario folder or .xlsx workbook")
    solve_cmd.add_argument("--out", type=Path, required=True, help="plan.csv to write")
    solve_cmd.add_argument("--time-limit", type=float, default=60.0, help="seconds (default 60)")
    solve_cmd.add_argument("--solver", choices=METHODS, default="cpsat")
    solve_cmd.set_defaults(handler=_solve)

    check_cmd = commands.add_parser("check", parents=[common], help="check a plan's rules")
    check_cmd.add_argument("scenario", type=Path, help="scenario folder or .xlsx workbook")
    check_cmd.add_argument("plan", type=Path, help="plan.csv to check")
    check_cmd.set_defaults(handler=_check)

    gen_cmd = commands.add_parser("generate", parents=[common], help="make a fictitious scenario")
    gen_cmd.add_argument("--size", choices=tuple(SIZES), required=True)
    gen_cmd.add_argument("--seed", type=int, default=1)
    gen_cmd.add_argument("out", type=Path, help="folder to write, or a .xlsx file")
    gen_cmd.set_defaults(handler=_generate)


def _solve(args: argparse.Namespace, lang: str) -> int:
    """Read, plan and write; ``--time-limit`` counts from the start, reading included, and a
    scenario whose compiling alone would not fit in it is refused at once."""
    began = monotonic()
    check_output(args.out)
    scenario = read_scenario(args.scenario)
    left = time_left(scenario, args.time_limit, monotonic() - began, lang)
    if left is None:
        return EXIT_INVALID
    progress = ProgressLine(lang)
    result = solve(scenario, time_limit=left, method=args.solver, progress=progress)
    progress.finish()
    write_plan_csv(result.plan, args.out)
    for line in format_summary(summarise(scenario, result), lang):
        print(line)
    print(t("solve.written", lang, path=args.out))
    return EXIT_OK


def _check(args: argparse.Namespace, lang: str) -> int:
    """Every flaw of the plan file and every broken rule, one line each (FORMAT.md: exit 1).

    Only a scenario that cannot be used, or a plan file that cannot be read at all, is invalid
    input (exit 2).
    """
    scenario = read_scenario(args.scenario)
    plan_file = read_plan_file(args.plan)
    lines = [format_fault(fault, lang) for fault in plan_file.faults]
    if plan_file.plan is not None:
        lines += [
            format_violation(violation, lang)
            for violation in check_plan(scenario, plan_file.plan)
            if not (
                violation.rule == "missing_decision"
                and set(violation.request_ids) <= plan_file.unread
            )
        ]
    if not lines:
        print(t("check.ok", lang, requests=len(scenario.requests)))
        return EXIT_OK
    for line in lines:
        print(line)
    return EXIT_VIOLATIONS


def _generate(args: argparse.Namespace, lang: str) -> int:
    if args.out.suffix.lower() == ".xlsx":
        check_output(args.out)
    scenario, profile = generate(args.size, args.seed)
    if args.out.suffix.lower() == ".xlsx":
        write_scenario_xlsx(scenario, args.out, profile)
    else:
        write_scenario(scenario, args.out, profile)
    print(
        t(
            "generate.written",
            lang,
            size=args.size,
            seed=args.seed,
            path=args.out,
            centres=len(scenario.centres),
            beds=sum(c.beds for c in scenario.centres),
            persons=len(scenario.persons),
            requests=len(scenario.requests),
        )
    )
    return EXIT_OK


class ProgressLine:
    """Shows the solver's progress on standard error, at most twice a second."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.last = 0.0
        self.overwrite = sys.stderr.isatty()
        self.shown = False

    def __call__(self, progress: Progress) -> None:
        now = monotonic()
        if now - self.last < 0.5:
            return
        self.last = now
        line = t(
            "progress.line",
            self.lang,
            seconds=f"{progress.elapsed:.1f}",
            part=progress.part,
            parts=progress.parts,
            entry=entry_text(progress.stage, self.lang),
            value=round(progress.value),
            bound=round(progress.bound),
        )
        self.shown = True
        if self.overwrite:
            print("\r" + line, end="", file=sys.stderr, flush=True)
        else:
            print(line, file=sys.stderr, flush=True)

    def finish(self) -> None:
        """End an overwritten progress line so that the summary starts on a line of its own."""
        if self.shown and self.overwrite:
            print(file=sys.stderr)
