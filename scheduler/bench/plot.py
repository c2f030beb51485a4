"""``results.png``: quality, time and memory against size, one series per method.

Three panels: families served (median bars with their value, each seed a dot), wall time
(log axis) and peak memory (median lines, each seed a dot). Drawn with matplotlib's object API
(no pyplot, no display needed).
"""

from __future__ import annotations

from pathlib import Path
from statistics import median

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from scheduler.bench.measurements import (
    METHODS,
    Row,
    Variant,
    variant_label,
    variant_of,
    variants,
)

LABELS = {"greedy": "greedy", "cpsat": "CP-SAT", "highs": "HiGHS MIP"}
COLOURS = {"greedy": "tab:orange", "cpsat": "tab:blue", "highs": "tab:green"}
BAR_WIDTH = 0.27


def plot_results(rows: list[Row], path: Path, title: str = "") -> None:
    """Draw the rows that ran without error into ``path`` (PNG)."""
    done = [r for r in rows if not r.get("error") and r["method"] in METHODS]
    sizes = variants(done)
    methods = [m for m in METHODS if any(r["method"] == m for r in done)]
    figure = Figure(figsize=(13, 4.2), layout="constrained")
    families, seconds, memory = figure.subplots(1, 3)
    _bars(families, done, sizes, methods, "families", "families served")
    _lines(seconds, done, sizes, methods, "wall_time_s", "wall time (s, log)")
    _lines(memory, done, sizes, methods, "peak_rss_mib", "peak memory (MiB)", log=False)
    if title:
        figure.suptitle(title, fontsize=9)
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=110)


def _values(rows: list[Row], size: Variant, method: str, column: str) -> list[float]:
    return [
        float(v)
        for r in rows
        if variant_of(r) == size
        and r["method"] == method
        and isinstance(v := r.get(column), int | float)
        and not isinstance(v, bool)
    ]


def _bars(
    axes: Axes, rows: list[Row], sizes: list[Variant], methods: list[str], column: str, label: str
) -> None:
    for index, method in enumerate(methods):
        offset = (index - (len(methods) - 1) / 2) * BAR_WIDTH
        for position, size in enumerate(sizes):
            values = _values(rows, size, method, column)
            if not values:
                continue
            x = position + offset
            bars = axes.bar(
                x,
                median(values),
                BAR_WIDTH,
                color=COLOURS.get(method),
                label=LABELS.get(method, method) if position == 0 else None,
            )
            axes.bar_label(bars, fmt="%g", fontsize=8)
            axes.scatter([x] * len(values), values, color="black", s=8, zorder=3)
    axes.set_xticks(range(len(sizes)), [variant_label(v, sizes) for v in sizes])
    axes.set_xlabel("size")
    axes.set_ylabel(label)
    axes.legend()


def _lines(
    axes: Axes,
    rows: list[Row],
    sizes: list[Variant],
    methods: list[str],
    column: str,
    label: str,
    log: bool = True,
) -> None:
    for method in methods:
        xs, medians = [], []
        for position, size in enumerate(sizes):
            values = _values(rows, size, method, column)
            if not values:
                continue
            xs.append(position)
            medians.append(median(values))
            axes.scatter(
                [position] * len(values), values, color=COLOURS.get(method), s=10, alpha=0.6
            )
        axes.plot(xs, medians, marker="o", color=COLOURS.get(method), label=LABELS.get(method))
    if log:
        axes.set_yscale("log")
    else:
        axes.set_ylim(bottom=0)
    axes.set_xticks(range(len(sizes)), [variant_label(v, sizes) for v in sizes])
    axes.set_xlabel("size")
    axes.set_ylabel(label)
    axes.grid(True, which="both", alpha=0.3)
    axes.legend()
