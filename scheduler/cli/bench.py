"""The ``bench`` command: greedy, CP-SAT and the peer MIP (HiGHS) on generated scenarios and the
demo, and re-planning random changes to a published plan (``scheduler.bench``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scheduler.bench.daycare import DAYCARE_SIZES, daycare_table, time_allocation
from scheduler.bench.machine import Machine, read_machine, this_machine, write_machine
from scheduler.bench.measurements import DEMO, METHODS, REPLAN, Row, add_gaps
from scheduler.bench.results import read_results, write_results
from scheduler.bench.runner import run_bench
from scheduler.bench.table import format_table, machine_line
from scheduler.cli import EXIT_INVALID, EXIT_OK
from scheduler.generate import SIZES
from scheduler.i18n import t
from scheduler.io.atomic import write_text_atomically

RESULTS, PLOT, TABLE, MACHINE = "results.csv", "results.png", "results.txt", "machine.txt"
DAYCARE = "daycare.txt"


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``bench``."""
    bench = commands.add_parser(
        "bench",
        parents=[common],
        help="compare greedy, CP-SAT and the HiGHS MIP on generated scenarios",
        description="Run greedy, CP-SAT and the peer MIP (HiGHS) on generated scenarios (and "
        "the demo as size DEMO), each run in a process of its own, and re-plan random changes "
        "to a published plan of M; print the medians and write results.csv, results.png, "
        "results.txt and machine.txt to the output folder.",
    )
    bench.add_argument(
        "--sizes", type=_sizes, default=("S", "M"), help="e.g. S,DEMO,M,L (default S,M)"
    )
    bench.add_argument(
        "--methods",
        type=_methods,
        default=METHODS,
        help=f"solve methods, in order (default {','.join(METHODS)})",
    )
    bench.add_argument(
        "--changes",
        type=int,
        default=20,
        help="random changes re-planned on M's published plan (default 20; 0: none)",
    )
    bench.add_argument(
        "--seeds",
        type=_seeds,
        default=(1, 2, 3),
        help="N for seeds 1..N, or a list such as 2,3 (default 3)",
    )
    bench.add_argument("--time-limit", type=float, default=60.0, help="seconds per solve (60)")
    bench.add_argument("--out-dir", type=Path, default=Path("bench"), help="default bench/")
    bench.add_argument("--workers", type=_positive, default=None, help="CP-SAT workers")
    bench.add_argument(
        "--merge",
        action="store_true",
        help="keep the rows of results.csv of other sizes, seeds, methods and time limits (e.g. "
        "add L at 300 s)",
    )
    bench.add_argument(
        "--replot",
        action="store_true",
        help="run nothing: print the table and draw the plot from results.csv",
    )
    bench.set_defaults(handler=_bench)


def _bench(args: argparse.Namespace, lang: str) -> int:
    folder: Path = args.out_dir
    if args.replot:
        if not (folder / RESULTS).exists():
            print(t("bench.no_results", lang, path=folder / RESULTS), file=sys.stderr)
            return EXIT_INVALID
        rows = add_gaps(read_results(folder / RESULTS))
        machine = read_machine(folder / MACHINE)
    else:
        machine = this_machine()
        write_machine(machine, folder / MACHINE)
        kept: list[Row] = []
        if args.merge and (folder / RESULTS).exists():
            # Rows of other sizes, seeds, methods or time limits stay.
            kept = [r for r in read_results(folder / RESULTS) if not _rerun(r, args)]
        done: list[Row] = []

        def finished(row: Row) -> None:
            print(_run_line(row, lang), file=sys.stderr, flush=True)
            done.append(row)
            write_results(add_gaps(kept + done), folder / RESULTS)

        run_bench(
            args.sizes,
            args.seeds,
            args.time_limit,
            methods=args.methods,
            workers=args.workers,
            on_row=finished,
            changes=args.changes,
        )
        rows = add_gaps(kept + done)
        write_results(rows, folder / RESULTS)
    _report(rows, machine, folder, lang)
    if not args.replot:
        _daycare_report(folder, lang)
    return EXIT_OK


def _daycare_report(folder: Path, lang: str) -> None:
    """Time the day-centre allocation (its own table, ``daycare.txt``) and print it."""
    lines = daycare_table([time_allocation(size) for size in DAYCARE_SIZES], lang)
    print("\n".join(lines))
    text = "\n".join(lines) + "\n"
    write_text_atomically(folder / DAYCARE, text)


def _rerun(row: Row, args: argparse.Namespace) -> bool:
    """Whether the run ``args`` asks for replaces ``row``: the same size, seed, method and time
    limit (the demo, run once whatever the seeds, by size alone; re-planning rows when changes
    are re-planned)."""
    same_seed = row["size"] == DEMO or row["seed"] in args.seeds
    method = row["method"]
    same_method = method in args.methods or (method == REPLAN and args.changes > 0)
    return (
        row["size"] in args.sizes
        and row["time_limit_s"] == args.time_limit
        and same_seed
        and same_method
    )


def _report(rows: list[Row], machine: Machine | None, folder: Path, lang: str) -> None:
    """Print the table, save it, and draw the plot."""
    lines = format_table(rows, machine, lang)
    print("\n".join(lines))
    text = "\n".join(lines) + "\n"
    write_text_atomically(folder / TABLE, text)
    from scheduler.bench.plot import plot_results  # matplotlib: loaded only when plotting

    plot_results(rows, folder / PLOT, title=machine_line(machine, "en") if machine else "")
    paths = ", ".join(str(folder / name) for name in (RESULTS, PLOT, TABLE, MACHINE))
    print(t("bench.written", lang, paths=paths))


def _run_line(row: Row, lang: str) -> str:
    method = str(row["method"])
    method = t(f"bench.method.{method}", lang) if method in METHODS else method
    names = {"size": row["size"], "seed": row["seed"], "method": method}
    if row.get("error"):
        return t("bench.run.failed", lang, **names, error=row["error"])
    wall = row.get("wall_time_s")
    memory = row.get("peak_rss_mib")
    return t(
        "bench.run",
        lang,
        **names,
        families=row.get("families"),
        seconds=f"{wall:.1f}" if isinstance(wall, float) else "?",
        memory=f"{memory:.0f}" if isinstance(memory, float) else "?",
    )


def _sizes(text: str) -> tuple[str, ...]:
    sizes = tuple(s.strip().upper() for s in text.split(",") if s.strip())
    known = (*SIZES, DEMO)
    for size in sizes:
        if size not in known:
            raise argparse.ArgumentTypeError(
                t("bench.bad_size", None, size=size, sizes=",".join(known))
            )
    if not sizes:
        raise argparse.ArgumentTypeError(t("bench.bad_size", None, size="''", sizes="S,M,L"))
    return sizes


def _methods(text: str) -> tuple[str, ...]:
    methods = tuple(m.strip().lower() for m in text.split(",") if m.strip())
    for method in methods:
        if method not in METHODS:
            raise argparse.ArgumentTypeError(f"{method} not in {','.join(METHODS)}")
    if not methods:
        raise argparse.ArgumentTypeError(f"choose from {','.join(METHODS)}")
    return methods


def _seeds(text: str) -> tuple[int, ...]:
    """``N`` for seeds 1..N (as ``make bench`` passes it), or a comma-separated list of seeds
    (``2,3``; ``3,`` is seed 3 alone), to re-run only some of them."""
    if "," not in text:
        return tuple(range(1, _positive(text) + 1))
    seeds = tuple(_positive(part.strip()) for part in text.split(",") if part.strip())
    if not seeds:
        raise argparse.ArgumentTypeError(f"no seed in {text!r}")
    return seeds


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} < 1")
    return value
