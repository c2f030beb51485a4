"""One benchmark run in a process of its own: generate, solve, measure, write JSON.

``python -m scheduler.bench.child SIZE SEED METHOD TIME_LIMIT OUT.json [--workers N]``. The
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

from scheduler.bench.measurements import measure
from scheduler.generate import generate
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
    args = parser.parse_args(argv)
    began = perf_counter()
    scenario, _ = generate(args.size, args.seed)
    generated = perf_counter() - began
    result = solve(scenario, time_limit=args.time_limit, method=args.method, workers=args.workers)
    row = measure(scenario, result)
    row["generate_s"] = generated
    peak = own_peak_rss_mib()
    row["peak_rss_mib"] = peak
    row["peak_rss_source"] = "VmHWM" if peak is not None else None
    args.out.write_text(json.dumps(row), encoding="utf-8")
    return 0


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
