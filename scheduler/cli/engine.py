"""Engine commands: ``solve``, ``check`` and ``generate`` on scenario files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from time import monotonic

from scheduler.cli import EXIT_INVALID, EXIT_OK, EXIT_VIOLATIONS
from scheduler.cli.services_output import day_summary, relief_summary
from scheduler.cli.time_budget import time_left
from scheduler.daycare import allocate
from scheduler.domain.check_daycare import check_day_plan
from scheduler.domain.check_relief import check_relief
from scheduler.domain.checker import check_plan, format_violation
from scheduler.generate import SIZES, generate_with_services
from scheduler.i18n import t
from scheduler.io.atomic import check_output
from scheduler.io.day_plan_csv import day_plan_path, read_day_plan_file, write_day_plan_csv
from scheduler.io.fault_text import format_fault
from scheduler.io.plan_csv import read_plan_file, write_plan_csv
from scheduler.io.scenario_reader import read_scenario_with_services
from scheduler.io.scenario_writer import write_scenario, write_scenario_xlsx
from scheduler.service.summary import entry_text, format_summary, summarise
from scheduler.solve import METHODS, Progress, solve

DAY_CENTRE_SHARE = 0.25
"""The share of the time left after reading that the day-centre allocation may use at most
(it needs well under a second on the demo and generated M: bench/daycare.txt)."""


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
    scenario whose compiling alone would not fit in it is refused at once.

    With day-centre wishes, their places are allocated first (within a quarter of the time
    left) and ``day_plan.csv`` is written beside the plan.
    """
    began = monotonic()
    check_output(args.out)
    scenario, services = read_scenario_with_services(args.scenario)
    left = time_left(scenario, args.time_limit, monotonic() - began, lang)
    if left is None:
        return EXIT_INVALID
    day = None
    if services.day_wishes:
        check_output(day_plan_path(args.out))
        day = allocate(scenario, services, time_limit=left * DAY_CENTRE_SHARE)
        left = max(left - day.seconds, 0.5)
    progress = ProgressLine(lang)
    result = solve(scenario, time_limit=left, method=args.solver, progress=progress)
    progress.finish()
    write_plan_csv(result.plan, args.out)
    if day is not None:
        write_day_plan_csv(day.plan, day_plan_path(args.out))
    for line in format_summary(summarise(scenario, result), lang):
        print(line)
    if day is not None:
        for line in day_summary(scenario, services, day, lang):
            print(line)
    for line in relief_summary(scenario, services, lang):
        print(line)
    print(t("solve.written", lang, path=args.out))
    if day is not None:
        print(t("daycare.written", lang, path=day_plan_path(args.out)))
    return EXIT_OK


def _check(args: argparse.Namespace, lang: str) -> int:
    """Every flaw of the plan file and every broken rule, one line each (FORMAT.md: exit 1).

    Only a scenario that cannot be used, or a plan file that cannot be read at all, is invalid
    input (exit 2). A ``day_plan.csv`` beside the plan is checked too, and so are the
    scenario's relief visits.
    """
    scenario, services = read_scenario_with_services(args.scenario)
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
    day_path = day_plan_path(args.plan)
    day_checked = day_path.is_file() and day_path.resolve() != args.plan.resolve()
    if day_checked:
        day_file = read_day_plan_file(day_path)
        lines += [format_fault(fault, lang) for fault in day_file.faults]
        if day_file.plan is not None:
            lines += [
                format_violation(violation, lang)
                for violation in check_day_plan(scenario, services, day_file.plan)
                if not (
                    violation.rule == "day_missing_decision"
                    and set(violation.request_ids) <= day_file.unread
                )
            ]
    lines += [format_violation(violation, lang) for violation in check_relief(scenario, services)]
    if not lines:
        print(t("check.ok", lang, requests=len(scenario.requests)))
        if day_checked or services.relief_visits:
            wishes, visits = len(services.day_wishes), len(services.relief_visits)
            print(t("check.services_ok", lang, wishes=wishes, visits=visits))
        return EXIT_OK
    for line in lines:
        print(line)
    return EXIT_VIOLATIONS


def _generate(args: argparse.Namespace, lang: str) -> int:
    if args.out.suffix.lower() == ".xlsx":
        check_output(args.out)
    scenario, services, profile = generate_with_services(args.size, args.seed)
    if args.out.suffix.lower() == ".xlsx":
        write_scenario_xlsx(scenario, args.out, profile, services)
    else:
        write_scenario(scenario, args.out, profile, services)
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
