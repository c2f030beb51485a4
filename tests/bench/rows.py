"""Fixed benchmark rows for the table, CSV and plot tests."""

from __future__ import annotations

from scheduler.bench.measurements import Cell, Row, add_gaps, empty_row
from scheduler.domain.objective import Tier


def fixed_row(size: str, seed: int, method: str, families: int, **cells: Cell) -> Row:
    """A finished run serving ``families`` families: every tier serves ``families`` persons
    and ten nights each; CP-SAT rows carry bounds 2 persons and 20 nights above the value."""
    row = empty_row(size, seed, method, 60.0)
    row.update(centres=4, beds=12, persons=150, requests=450)
    row.update(families=families, nights=30 * families, optimal=method == "cpsat", parts=1)
    row.update(wall_time_s=0.5 if method == "greedy" else 10.0 * seed, process_s=12.0)
    row.update(generate_s=0.01, peak_rss_mib=100.0 + seed, maxrss_wait4_mib=120.0)
    row["peak_rss_source"] = "VmHWM"
    for tier in Tier:
        row[f"families_{tier.value}"] = families
        row[f"nights_{tier.value}"] = 10 * families
        row[f"value_persons_{tier.value}"] = families
        row[f"value_nights_{tier.value}"] = 10 * families
        if method == "cpsat":
            row[f"bound_persons_{tier.value}"] = families + 2
            row[f"bound_nights_{tier.value}"] = 10 * families + 20
    row.update(cells)
    return row


def fixed_rows() -> list[Row]:
    """Size S, seeds 1-3: greedy serves 10, 12, 14 families and CP-SAT 13, 15, 20; CP-SAT is
    proven on seeds 1 and 2 only, and its late-summer bound is unknown on seed 3."""
    rows = [
        fixed_row("S", 1, "greedy", 10),
        fixed_row("S", 1, "cpsat", 13),
        fixed_row("S", 2, "greedy", 12),
        fixed_row("S", 2, "cpsat", 15),
        fixed_row("S", 3, "greedy", 14),
        fixed_row("S", 3, "cpsat", 20, optimal=False, bound_persons_late=None),
    ]
    return add_gaps(rows)
