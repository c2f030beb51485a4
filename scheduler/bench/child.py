"""One benchmark run in a process of its own: generate, solve, measure, write JSON.

``python -m scheduler.bench.child SIZE SEED METHOD TIME_LIMIT OUT.json [--workers N]
[--changes N]``. ``SIZE`` ``DEMO`` is the shipped demo (``data/demo/haderslev-2027``; the seed
is ignored). ``METHOD`` ``replan`` publishes CP-SAT's plan (within the time limit) and then
re-plans ``--changes`` random changes to it (``replanning``). Every plan is checked by the
independent checker after the clock stops (``valid``). The
peak memory it reports is its own high-water mark (``VmHWM`` of ``/proc/self/status``), which
counts only this process since it started; ``getrusage`` would not do, because on Linux a
child's ``ru_maxrss`` also carries the resident set its parent had when it forked.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from time import perf_counter

from scheduler.bench.measurements import DEMO, Row, measure
from scheduler.bench.replanning import replan_cells
from scheduler.domain.checker import check_plan
from scheduler.domain.model import Scenario
from scheduler.generate import generate
from scheduler.io.scenario_reader import read_scenario
from scheduler.solve import solve

STATUS = Path("/proc/self/status")


def main(argv: Sequence[str] | None = None) -> int:
    """Run one size, seed and method and write its row as JSON to ``OUT``."""
    parser = argparse.ArgumentParser(prog="python -m scheduler.bench.child")
    parser.add_argument("size")
    parser.add_argument("seed", type=int)
    parser.add_argument("method")
    parser.add_argument("time_limit", type=float)
    parser.add_argument("out", type=Path)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--changes", type=int, default=20)
    args = parser.parse_args(argv)
    began = perf_counter()
    scenario = scenario_of(args.size, args.seed)
    generated = perf_counter() - began
    method = "cpsat" if args.method == "replan" else args.method
    result = solve(scenario, time_limit=args.time_limit, method=method, workers=args.workers)
    row: Row
    if args.method == "replan":
        row = {"publish_s": result.wall_time}
        row.update(replan_cells(scenario, result.plan, args.changes, args.seed))
    else:
        row = measure(scenario, result)
        row["valid"] = not check_plan(scenario, result.plan)
    row["generate_s"] = generated
    peak = own_peak_rss_mib()
    row["peak_rss_mib"] = peak
    row["peak_rss_source"] = "VmHWM" if peak is not None else None
    args.out.write_text(json.dumps(row), encoding="utf-8")
    return 0


def scenario_of(size: str, seed: int) -> Scenario:
    """The generated scenario of ``size`` and ``seed``, or the demo for ``DEMO``."""
    if size == DEMO:
        return read_scenario(DEMO_FOLDER)
    return generate(size, seed)[0]


DEMO_FOLDER = Path(__file__).resolve().parents[2] / "data" / "demo" / "haderslev-2027"


def own_peak_rss_mib() -> float | None:
    """This process's peak resident set in MiB, or ``None`` where ``/proc`` has no ``VmHWM``."""
    if not STATUS.exists():
        return None
    for line in STATUS.read_text(encoding="ascii", errors="replace").splitlines():
        if line.startswith("VmHWM:"):
            kib = int(line.split()[1])
            return kib / 1024
    return None


if __name__ == "__main__":
    raise SystemExit(main())
