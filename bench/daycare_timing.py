"""Time the day-centre allocation (issue 14) on the demo and on generated scenarios, and write
``bench/daycare.txt``.

    .venv/bin/python bench/daycare_timing.py [--runs 3] [--out bench/daycare.txt]

Each run is a process of its own under ``/usr/bin/time -v``: it reads the demo (or generates the
scenario) and allocates its places once (``scheduler.daycare.allocate``, one CP-SAT worker, the
default), printing the allocation's own time. The table gives the median of the runs, the
process's peak memory (maximum resident set size) and, for comparison, the peak of a process
that only reads or generates the same scenario: the difference is what the allocation needs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from time import monotonic
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scheduler.domain.model import Scenario
    from scheduler.domain.services import Services

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "data" / "demo" / "haderslev-2027"
CASES = (
    ("demo (haderslev-2027)", "demo"),
    ("generated M, seed 1", "M:1"),
    ("generated M, seed 2", "M:2"),
    ("generated M, seed 3", "M:3"),
    ("generated L, seed 1", "L:1"),
)


def _load(case: str) -> tuple[Scenario, Services]:
    from scheduler.generate import generate_with_services
    from scheduler.io.scenario_reader import read_scenario_with_services

    if case == "demo":
        return read_scenario_with_services(DEMO)
    size, seed = case.split(":")
    scenario, services, _ = generate_with_services(size, int(seed))
    return scenario, services


def child(case: str, allocate_too: bool) -> None:
    """One measured process: print what the allocation did as one JSON line."""
    scenario, services = _load(case)
    if not allocate_too:
        print(json.dumps({"wishes": len(services.day_wishes)}))
        return
    from scheduler.daycare import allocate

    began = monotonic()
    result = allocate(scenario, services, time_limit=300)
    seconds = monotonic() - began
    print(
        json.dumps(
            {
                "seconds": seconds,
                "status": result.status,
                "wishes": len(services.day_wishes),
                "day_centres": len({s.centre_id for s in services.day_seats}),
                "granted": result.granted,
                "waiting": result.waiting,
                "refused": result.refused,
                "preferred": result.preferred,
                "changes": result.changes,
                "searches": result.searches,
            }
        )
    )


def measure(case: str, allocate_too: bool) -> tuple[dict[str, object], int]:
    """Run one child under /usr/bin/time -v: its JSON line and its peak memory in KiB."""
    command = ["/usr/bin/time", "-v", sys.executable, __file__, "--child", case]
    if not allocate_too:
        command.append("--read-only")
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    assert peak is not None, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1]), int(peak[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "daycare.txt")
    parser.add_argument("--child")
    parser.add_argument("--read-only", action="store_true")
    args = parser.parse_args()
    if args.child:
        child(args.child, not args.read_only)
        return
    lines = [
        "Day-centre allocation (scheduler.daycare.allocate, one CP-SAT worker), issue 14.",
        f"Made by bench/daycare_timing.py, median of {args.runs} runs, each its own process under",
        "/usr/bin/time -v. 'peak' is the process's maximum resident set size; 'read only' the",
        "peak of a process that only reads (or generates) the same scenario.",
        "",
        f"{'scenario':24} {'wishes':>6} {'centres':>7} {'granted':>7} {'waiting':>7} "
        f"{'refused':>7} {'searches':>8} {'status':>8} {'median s':>8} {'runs s':>18} "
        f"{'peak MiB':>8} {'read only':>9}",
    ]
    for label, case in CASES:
        runs = [measure(case, True) for _ in range(args.runs)]
        _, base = measure(case, False)
        seconds = [float(str(r["seconds"])) for r, _ in runs]
        facts = runs[0][0]
        peak = max(p for _, p in runs)
        lines.append(
            f"{label:24} {facts['wishes']:>6} {facts['day_centres']:>7} {facts['granted']:>7} "
            f"{facts['waiting']:>7} {facts['refused']:>7} {facts['searches']:>8} "
            f"{facts['status']:>8} {statistics.median(seconds):>8.2f} "
            f"{' '.join(f'{s:.2f}' for s in seconds):>18} {peak / 1024:>8.0f} {base / 1024:>9.0f}"
        )
        print(lines[-1], flush=True)
    load = os.getloadavg()
    lines += [
        "",
        f"machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}, "
        f"Python {platform.python_version()}, load at the end {load[0]:.2f}",
        f"measured: {datetime.now(UTC).isoformat(timespec='seconds')}",
    ]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
