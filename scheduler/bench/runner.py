"""Runs each size, seed and method in a child process and collects the rows.

Each run is ``python -m scheduler.bench.child`` started with ``subprocess`` and reaped with
``os.wait4``, so it imports, generates and solves on its own and its memory is its own. The
peak memory of a row is the child's ``VmHWM`` (Linux); where that is missing it falls back to
the ``ru_maxrss`` that ``wait4`` reports, which on Linux is at least the parent's resident set
at the fork and so overstates small runs. Both are kept (``peak_rss_mib``,
``maxrss_wait4_mib``). POSIX only (``os.wait4``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from time import perf_counter, sleep

from scheduler.bench.measurements import DEMO, METHODS, REPLAN, Row, add_gaps, empty_row

POLL_SECONDS = 0.05
ERROR_CHARS = 400


def default_timeout(time_limit: float) -> float:
    """How long a child may run before it is killed: the solver honours its time limit only
    roughly (model building, the greedy start and the final fill come on top; a re-planning run
    adds its changes)."""
    return max(3 * time_limit, time_limit + 300.0)


def run_bench(
    sizes: Sequence[str],
    seeds: Sequence[int],
    time_limit: float,
    *,
    methods: Sequence[str] = METHODS,
    workers: int | None = None,
    timeout: float | None = None,
    on_row: Callable[[Row], None] | None = None,
    changes: int = 20,
    replan_sizes: Sequence[str] = ("M",),
) -> list[Row]:
    """Run every size, seed and method, one child process at a time; then, for each size of
    ``replan_sizes``, re-plan ``changes`` random changes to the first seed's published plan.

    Parameters
    ----------
    sizes
        Generator sizes (``S``, ``M``, ``L``).
    seeds
        Generator seeds; each size is run once per seed.
    time_limit
        Seconds given to each solve.
    methods
        Solve methods, run in this order for each size and seed.
    workers
        CP-SAT search workers (default: the solver's, the number of CPU cores).
    timeout
        Seconds after which a child is killed (default ``default_timeout(time_limit)``).
    on_row
        Called with each row as soon as its run has finished.
    changes
        Random changes re-planned per size of ``replan_sizes`` (0: none).
    replan_sizes
        Sizes whose first seed gets a re-planning run (method ``replan``).

    Returns
    -------
    list
        One row per run, with the gaps to CP-SAT's bounds filled in (``add_gaps``). A run that
        failed or timed out has its ``error`` cell set and its measurements unknown.
    """
    rows: list[Row] = []
    for size in sizes:
        # The demo is one scenario: it is run once, whatever the seeds.
        for seed in seeds[:1] if size == DEMO else seeds:
            for method in methods:
                row = run_one(size, seed, method, time_limit, workers=workers, timeout=timeout)
                rows.append(row)
                if on_row is not None:
                    on_row(row)
        if changes and size in replan_sizes and seeds:
            row = run_one(
                size,
                seeds[0],
                REPLAN,
                time_limit,
                workers=workers,
                timeout=timeout,
                changes=changes,
            )
            rows.append(row)
            if on_row is not None:
                on_row(row)
    return add_gaps(rows)


def run_one(
    size: str,
    seed: int,
    method: str,
    time_limit: float,
    *,
    workers: int | None = None,
    timeout: float | None = None,
    changes: int = 0,
) -> Row:
    """Generate and solve one scenario in a child process and measure it (for ``replan``:
    publish a plan and re-plan ``changes`` random changes to it).

    Returns
    -------
    dict
        The run's row (``measurements.COLUMNS``); gaps are left unknown, ``add_gaps`` sets them.
    """
    limit = default_timeout(time_limit) if timeout is None else timeout
    row = empty_row(size, seed, method, time_limit)
    with tempfile.TemporaryDirectory(prefix="respite-bench-") as folder:
        out = Path(folder) / "row.json"
        log = Path(folder) / "output.txt"
        command = [
            sys.executable,
            "-m",
            "scheduler.bench.child",
            size,
            str(seed),
            method,
            str(time_limit),
            str(out),
        ]
        if workers is not None:
            command += ["--workers", str(workers)]
        if method == REPLAN:
            command += ["--changes", str(changes)]
        began = perf_counter()
        with log.open("wb") as output:
            process = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT
            )
        code, maxrss_kib, timed_out = _reap(process, began + limit)
        row["process_s"] = perf_counter() - began
        row["maxrss_wait4_mib"] = _maxrss_mib(maxrss_kib)
        if timed_out:
            row["error"] = f"killed after {limit:.0f} s"
        elif code != 0 or not out.exists():
            tail = log.read_text(encoding="utf-8", errors="replace").strip()[-ERROR_CHARS:]
            row["error"] = f"exit {code}: {tail}".replace("\n", " | ")
        else:
            row.update(json.loads(out.read_text(encoding="utf-8")))
            if row.get("peak_rss_mib") is None:
                row["peak_rss_mib"] = row["maxrss_wait4_mib"]
                row["peak_rss_source"] = "wait4"
    return row


def _reap(process: subprocess.Popen[bytes], deadline: float) -> tuple[int, int, bool]:
    """Wait for the child (killing it at ``deadline``); its exit code, ``ru_maxrss`` and
    whether it was killed."""
    timed_out = False
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid != 0:
            break
        if perf_counter() > deadline:
            process.kill()
            pid, status, usage = os.wait4(process.pid, 0)
            timed_out = True
            break
        sleep(POLL_SECONDS)
    code = os.waitstatus_to_exitcode(status)
    process.returncode = code
    return code, usage.ru_maxrss, timed_out


def _maxrss_mib(maxrss: int) -> float:
    """``ru_maxrss`` in MiB: Linux reports KiB, macOS bytes."""
    return maxrss / 2**20 if sys.platform == "darwin" else maxrss / 1024
