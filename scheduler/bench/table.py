"""The benchmark table: per size and method the medians over the seeds.

Cells hold ``families / nights``: served per tier, and the gap to CP-SAT's proven bound per
tier (``n/a`` when no bound is known). Headers come from the message catalogue.
"""

from __future__ import annotations

from collections.abc import Iterable
from statistics import median

from scheduler.bench.machine import Machine
from scheduler.bench.measurements import (
    METHODS,
    REFERENCE,
    REPLAN,
    Row,
    Variant,
    variant_label,
    variant_of,
    variants,
)
from scheduler.bench.targets import format_verdicts, verdicts
from scheduler.domain.objective import Tier
from scheduler.i18n import t

NA = "n/a"
NONE = "-"
PARTIAL = "*"


def format_table(rows: list[Row], machine: Machine | None, lang: str | None = None) -> list[str]:
    """The table as lines: the machine, the settings, the header and a line per size and method.

    Parameters
    ----------
    rows
        Rows of ``results.csv`` with their gaps (``measurements.add_gaps``).
    machine
        Where they were measured, shown on top; ``None`` leaves that line out.
    lang
        Language of the headers and notes.
    """
    lines = []
    if machine is not None:
        lines.append(machine_line(machine, lang))
    replans = [r for r in rows if r["method"] == REPLAN]
    everything = rows
    rows = [r for r in rows if r["method"] != REPLAN]
    lines.append(settings_line(rows, lang))
    lines.append(t("bench.note", lang))
    head = [
        t("bench.col.size", lang),
        t("bench.col.method", lang),
        t("bench.col.runs", lang),
        *(t(f"bench.col.{tier.value}", lang) for tier in Tier),
        t("bench.col.families", lang),
        t("bench.col.more", lang),
        *(t("bench.col.gap", lang, tier=t(f"bench.col.{tier.value}", lang)) for tier in Tier),
        t("bench.col.proven", lang),
        t("bench.col.time", lang),
        t("bench.col.memory", lang),
    ]
    found = variants(rows)
    body = [
        table_cells(rows, variant, method, lang, label=variant_label(variant, found))
        for variant, method in _groups(rows, found)
    ]
    lines += _render([head, *body], left=2)
    if any(PARTIAL in cell for cells in body for cell in cells):
        lines.append(t("bench.note.partial", lang))
    if replans:
        lines += replan_table(replans, lang)
    return lines + format_verdicts(verdicts(everything, lang), lang)


def replan_table(rows: list[Row], lang: str | None = None) -> list[str]:
    """The re-planning runs: per size and seed, the changes, their median and longest time,
    and how many were proven optimal for their window, kept every rule, and were no worse
    than the plan carried over."""
    head = [
        t("bench.col.size", lang),
        t("bench.col.seed", lang),
        t("bench.col.changes", lang),
        t("bench.col.median", lang),
        t("bench.col.longest", lang),
        t("bench.col.proven", lang),
        t("bench.col.valid", lang),
        t("bench.col.no_worse", lang),
        t("bench.col.publish", lang),
    ]
    body = []
    for row in rows:
        if row.get("error"):
            body.append([str(row["size"]), str(row["seed"]), NA, NA, NA, NA, NA, NA, NA])
            continue
        changes = int(row.get("changes") or 0)
        wall, longest, publish = (
            row.get("wall_time_s"),
            row.get("replan_max_s"),
            row.get("publish_s"),
        )
        body.append(
            [
                str(row["size"]),
                str(row["seed"]),
                str(changes),
                _seconds(wall if isinstance(wall, float) else None),
                _seconds(longest if isinstance(longest, float) else None),
                f"{row.get('proven_changes')}/{changes}",
                f"{changes - int(row.get('invalid_changes') or 0)}/{changes}",
                f"{changes - int(row.get('worse_changes') or 0)}/{changes}",
                _seconds(publish if isinstance(publish, float) else None),
            ]
        )
    return [t("bench.replan.title", lang), *_render([head, *body], left=2)]


def machine_line(machine: Machine, lang: str | None = None) -> str:
    """The machine in one line."""
    memory = NA if machine.memory_gib is None else f"{machine.memory_gib:.1f}"
    return t(
        "bench.machine",
        lang,
        cpus=machine.cpus,
        model=machine.cpu_model,
        memory=memory,
        python=machine.python,
        ortools=machine.ortools,
    )


def settings_line(rows: list[Row], lang: str | None = None) -> str:
    """Which seeds and time limits the rows cover."""
    seeds = sorted({int(s) for s in _cells(rows, "seed")})
    limits = sorted({float(v) for v in _cells(rows, "time_limit_s")})
    return t(
        "bench.settings",
        lang,
        seeds=", ".join(str(s) for s in seeds) or NONE,
        limit=", ".join(_number(v) for v in limits) or NONE,
    )


def table_cells(
    rows: list[Row], variant: Variant, method: str, lang: str | None = None, label: str = ""
) -> list[str]:
    """The cells of one size, time limit and method; the first is ``label`` or the size."""
    rows = [r for r in rows if variant_of(r) == variant]
    size = variant[0]
    mine = [r for r in rows if r["method"] == method]
    done = [r for r in mine if not r.get("error")]
    runs = str(len(mine)) if len(done) == len(mine) else f"{len(done)}/{len(mine)}"
    served = [_pair(done, f"families_{tier.value}", f"nights_{tier.value}") for tier in Tier]
    gaps = [_pair(done, f"gap_persons_{tier.value}", f"gap_nights_{tier.value}") for tier in Tier]
    if method != "greedy":
        proven = f"{sum(r.get('optimal') is True for r in done)}/{len(done)}"
        more = _signed(_median(_more_families(rows, size, method)))
    else:
        proven = more = NONE
    return [
        label or size,
        t(f"bench.method.{method}", lang),
        runs,
        *served,
        _number(_median(_cells(done, "families"))),
        more,
        *gaps,
        proven,
        _seconds(_median(_cells(done, "wall_time_s"))),
        _number(_median(_cells(done, "peak_rss_mib")), decimals=0),
    ]


def _groups(rows: list[Row], found: list[Variant]) -> list[tuple[Variant, str]]:
    methods = {str(r["method"]) for r in rows}
    method_order = [m for m in METHODS if m in methods] + sorted(methods - set(METHODS))
    return [
        (variant, method)
        for variant in found
        for method in method_order
        if any(variant_of(r) == variant and r["method"] == method for r in rows)
    ]


def _more_families(rows: list[Row], size: str, method: str = REFERENCE) -> list[float]:
    """Per seed where both ran: the method's families served minus greedy's."""
    served: dict[tuple[object, str], float] = {}
    for row in rows:
        families = row.get("families")
        if row["size"] == size and not row.get("error") and isinstance(families, int | float):
            served[(row["seed"], str(row["method"]))] = float(families)
    seeds = {seed for seed, _ in served}
    return [
        served[(seed, method)] - served[(seed, "greedy")]
        for seed in seeds
        if (seed, method) in served and (seed, "greedy") in served
    ]


def _pair(rows: list[Row], first: str, second: str) -> str:
    """``median(first) / median(second)``; ``n/a`` when unknown, ``*`` when known for only
    some of the rows."""
    known = [r for r in rows if r.get(first) is not None and r.get(second) is not None]
    if not known:
        return NA
    text = f"{_number(_median(_cells(known, first)))} / {_number(_median(_cells(known, second)))}"
    return text if len(known) == len(rows) else text + PARTIAL


def _cells(rows: Iterable[Row], column: str) -> list[float]:
    """The column's known numbers."""
    return [
        float(v)
        for r in rows
        if isinstance(v := r.get(column), int | float) and not isinstance(v, bool)
    ]


def _median(values: list[float]) -> float | None:
    return median(values) if values else None


def _number(value: float | None, decimals: int = 1) -> str:
    if value is None:
        return NA
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.{decimals}f}"


def _signed(value: float | None) -> str:
    text = _number(value)
    return text if value is None or value < 0 else "+" + text


def _seconds(value: float | None) -> str:
    if value is None:
        return NA
    if value < 1:
        return f"{value:.2f}"
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def _render(rows: list[list[str]], left: int) -> list[str]:
    """Rows as aligned text: the first ``left`` columns to the left, the rest to the right;
    a rule under the header."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]

    def line(cells: list[str]) -> str:
        return "  ".join(
            cell.ljust(w) if i < left else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return [line(rows[0]), rule, *(line(r) for r in rows[1:])]
