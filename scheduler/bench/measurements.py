"""One benchmark run as a flat row: the scenario's size, what the plan serves per tier, the
proven bounds, time and memory. ``COLUMNS`` are the columns of ``results.csv``."""

from __future__ import annotations

from collections import defaultdict

from scheduler.domain.model import Scenario
from scheduler.domain.objective import Tier
from scheduler.service.summary import summarise
from scheduler.solve import SolveResult

Cell = str | int | float | bool | None
Row = dict[str, Cell]

METHODS = ("greedy", "cpsat", "highs")
"""The methods run for each size and seed, in this order: the baseline, the solver, and the
peer model (a plain time-indexed MIP solved by HiGHS)."""
REPLAN = "replan"
"""The re-planning runs' method (``replanning``): shown in a table of their own."""
DEMO = "DEMO"
"""The shipped demo scenario as a size of its own (one run, whatever the seeds)."""
REFERENCE = "cpsat"
"""The method whose proven bounds every method's gap is measured against."""
MEASURES = ("persons", "nights")
SIZE_ORDER = ("XS", "S", DEMO, "M", "L")
"""Sizes in the order tables and plots show them."""

KEY_COLUMNS = ("size", "seed", "method")
SCENARIO_COLUMNS = ("centres", "beds", "persons", "requests", "time_limit_s")


Variant = tuple[str, float]
"""A size run at one time limit: the table and the plot show each on its own."""


def variants(rows: list[Row]) -> list[Variant]:
    """The (size, time limit) pairs of the rows, in size order, then by limit."""
    found = {variant_of(r) for r in rows}
    order = {size: i for i, size in enumerate(SIZE_ORDER)}
    return sorted(found, key=lambda v: (order.get(v[0], len(order)), v[0], v[1]))


def variant_of(row: Row) -> Variant:
    """The row's size and time limit."""
    return str(row["size"]), float(row["time_limit_s"] or 0.0)


def variant_label(variant: Variant, among: list[Variant]) -> str:
    """The size, and its time limit where the size was run at several."""
    size, limit = variant
    if sum(1 for other, _ in among if other == size) < 2:
        return size
    return f"{size} {limit:g} s"


def tier_columns(tier: Tier) -> tuple[str, ...]:
    """The columns of one tier: families and nights served, then per objective measure the
    summed value, the summed proven bound and the gap to CP-SAT's bound."""
    columns = [f"families_{tier.value}", f"nights_{tier.value}"]
    for measure in MEASURES:
        columns += [
            f"value_{measure}_{tier.value}",
            f"bound_{measure}_{tier.value}",
            f"gap_{measure}_{tier.value}",
        ]
    return tuple(columns)


RUN_COLUMNS = (
    "optimal",
    "valid",
    "parts",
    "wall_time_s",
    "process_s",
    "generate_s",
    "peak_rss_mib",
    "peak_rss_source",
    "maxrss_wait4_mib",
    "changes",
    "proven_changes",
    "worse_changes",
    "invalid_changes",
    "replan_max_s",
    "publish_s",
    "error",
)
COLUMNS: tuple[str, ...] = (
    *KEY_COLUMNS,
    *SCENARIO_COLUMNS,
    "families",
    "nights",
    *(column for tier in Tier for column in tier_columns(tier)),
    *RUN_COLUMNS,
)
INT_COLUMNS = frozenset(
    c for c in COLUMNS if c.split("_")[0] in ("families", "nights", "value", "bound", "gap")
) | {
    "seed",
    "centres",
    "beds",
    "persons",
    "requests",
    "parts",
    "changes",
    "proven_changes",
    "worse_changes",
    "invalid_changes",
}
FLOAT_COLUMNS = frozenset(
    {
        "time_limit_s",
        "wall_time_s",
        "process_s",
        "generate_s",
        "peak_rss_mib",
        "maxrss_wait4_mib",
        "replan_max_s",
        "publish_s",
    }
)
BOOL_COLUMNS = frozenset({"optimal", "valid"})


def empty_row(size: str, seed: int, method: str, time_limit: float) -> Row:
    """A row with the key and the time limit filled in and every other cell unknown."""
    row: Row = dict.fromkeys(COLUMNS)
    row.update(size=size, seed=seed, method=method, time_limit_s=float(time_limit), error="")
    return row


def measure(scenario: Scenario, result: SolveResult) -> Row:
    """What a solve achieved, as the cells of a row (the key and the run cells excluded).

    Families and nights per tier come from the plan summary (families are distinct persons).
    The ``value_*`` and ``bound_*`` cells sum the objective's ``persons`` and ``nights`` entries
    of the tier's groups (acute; timely and late per priority level) and their proven bounds;
    a bound is ``None`` when any of its entries has none (greedy, or a part out of time).
    """
    summary = summarise(scenario, result)
    row: Row = {
        "centres": len(scenario.centres),
        "beds": sum(c.beds for c in scenario.centres),
        "persons": len(scenario.persons),
        "requests": len(scenario.requests),
        "families": summary.total.families,
        "nights": summary.total.nights,
        "optimal": result.optimal,
        "parts": result.parts,
        "wall_time_s": result.wall_time,
    }
    values, bounds = tier_sums(result)
    for tier in Tier:
        figures = summary.tiers[tier]
        row[f"families_{tier.value}"] = figures.families
        row[f"nights_{tier.value}"] = figures.nights
        for measure_name in MEASURES:
            key = (tier, measure_name)
            row[f"value_{measure_name}_{tier.value}"] = values[key]
            row[f"bound_{measure_name}_{tier.value}"] = bounds[key]
    return row


def tier_sums(
    result: SolveResult,
) -> tuple[dict[tuple[Tier, str], int], dict[tuple[Tier, str], int | None]]:
    """The objective's persons and nights entries and their bounds, summed per tier."""
    values: dict[tuple[Tier, str], int] = defaultdict(int)
    bounds: dict[tuple[Tier, str], int | None] = defaultdict(int)
    for (entry, value), bound in zip(result.vector, result.bounds, strict=True):
        if entry.group is None:
            continue
        key = (entry.group.tier, entry.measure.value)
        values[key] += value
        known = bounds[key]
        bounds[key] = None if known is None or bound is None else known + bound
    return values, bounds


def add_gaps(rows: list[Row]) -> list[Row]:
    """The rows with every ``gap_*`` cell set: CP-SAT's proven bound for the same size, time
    limit and seed minus the row's value (``None`` when that bound or the value is unknown).

    Greedy has no bounds of its own, so both methods are measured against CP-SAT's. The bounds
    are lexicographic (each given the entries before it as CP-SAT found them), so for greedy
    only the first entry's gap is a strict bound; the rest are a yardstick.
    """
    reference = {(variant_of(row), row["seed"]): row for row in rows if row["method"] == REFERENCE}
    out = []
    for row in rows:
        ref = reference.get((variant_of(row), row["seed"]))
        new = dict(row)
        for tier in Tier:
            for measure_name in MEASURES:
                value = row.get(f"value_{measure_name}_{tier.value}")
                bound = ref.get(f"bound_{measure_name}_{tier.value}") if ref else None
                gap = None
                if isinstance(value, int) and isinstance(bound, int):
                    gap = bound - value
                new[f"gap_{measure_name}_{tier.value}"] = gap
        out.append(new)
    return out
