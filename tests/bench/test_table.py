"""The benchmark table on fixed rows: medians, gaps, n/a and the families CP-SAT adds."""

from __future__ import annotations

from scheduler.bench.machine import Machine
from scheduler.bench.measurements import add_gaps, empty_row
from scheduler.bench.table import format_table, table_cells
from tests.bench.rows import fixed_row, fixed_rows

MACHINE = Machine(4, "Test CPU", 16.0, "3.11.9", "9.15.0", "Linux", "2027-01-01T00:00:00")


def cells_of(rows: list, method: str) -> dict[str, str]:
    """The cells of size S and ``method`` by English header."""
    names = ["size", "method", "runs", "acute", "timely", "late", "families", "more"]
    names += ["gap_acute", "gap_timely", "gap_late", "proven", "time", "memory"]
    return dict(zip(names, table_cells(rows, ("S", 60.0), method, "en"), strict=True))


def test_cells_are_medians_over_the_seeds() -> None:
    greedy = cells_of(fixed_rows(), "greedy")
    assert greedy["runs"] == "3"
    assert greedy["acute"] == "12 / 120"
    assert greedy["families"] == "12"
    assert greedy["time"] == "0.50"
    assert greedy["memory"] == "102"
    cpsat = cells_of(fixed_rows(), "cpsat")
    assert cpsat["families"] == "15"
    assert cpsat["time"] == "20.0"


def test_gaps_are_measured_against_cpsat_bounds() -> None:
    greedy = cells_of(fixed_rows(), "greedy")
    # bounds are CP-SAT's families + 2: 15, 17, 22 against greedy's 10, 12, 14: gaps 5, 5, 8
    assert greedy["gap_acute"] == "5 / 50"
    cpsat = cells_of(fixed_rows(), "cpsat")
    assert cpsat["gap_acute"] == "2 / 20"


def test_an_unknown_bound_gives_na_or_a_partial_median() -> None:
    cpsat = cells_of(fixed_rows(), "cpsat")
    assert cpsat["gap_late"] == "2 / 20*"
    alone = [fixed_row("S", 1, "greedy", 10)]  # no CP-SAT run: no bound at all
    assert cells_of(alone, "greedy")["gap_acute"] == "n/a"


def test_cpsat_row_counts_proven_runs_and_extra_families() -> None:
    cpsat = cells_of(fixed_rows(), "cpsat")
    assert cpsat["proven"] == "2/3"
    assert cpsat["more"] == "+3"  # 3, 3 and 6 more families
    greedy = cells_of(fixed_rows(), "greedy")
    assert greedy["proven"] == greedy["more"] == "-"


def test_failed_runs_are_counted_and_left_out_of_the_medians() -> None:
    failed = empty_row("S", 4, "greedy", 60.0)
    failed["error"] = "killed after 300 s"
    greedy = cells_of([*fixed_rows(), failed], "greedy")
    assert greedy["runs"] == "3/4"
    assert greedy["families"] == "12"


def test_table_has_machine_settings_header_and_one_line_per_method() -> None:
    lines = format_table(fixed_rows(), MACHINE, "en")
    assert lines[0].startswith("Machine: 4 CPUs (Test CPU), 16.0 GiB RAM, Python 3.11.9")
    assert "OR-Tools 9.15.0" in lines[0]
    assert "Seeds: 1, 2, 3" in lines[1] and "60 s" in lines[1]
    header = next(i for i, line in enumerate(lines) if line.startswith("Size"))
    assert set(lines[header + 1]) <= {"-", " "}
    body = lines[header + 2 : header + 4]
    assert body[0].split()[:2] == ["S", "greedy"]
    assert body[1].split()[:2] == ["S", "CP-SAT"]
    assert lines[header + 4].startswith("*")
    assert lines[header + 5] == "Targets (issues 5 and 16):"


def test_table_headers_follow_the_language() -> None:
    danish = format_table(fixed_rows(), None, "da")
    assert any(line.startswith("Str.") and "Familier" in line for line in danish)


def test_a_size_run_at_two_time_limits_gets_a_line_each_with_its_own_gaps() -> None:
    quick = add_gaps([fixed_row("L", 1, "greedy", 10), fixed_row("L", 1, "cpsat", 13)])
    long = [
        fixed_row("L", 1, "greedy", 10, time_limit_s=300.0),
        fixed_row("L", 1, "cpsat", 15, time_limit_s=300.0),
    ]
    rows = add_gaps([*quick, *long])
    lines = format_table(rows, None, "en")
    labels = [line.split("  ")[0].strip() for line in lines if line.startswith("L ")]
    assert labels == ["L 60 s", "L 60 s", "L 300 s", "L 300 s"]
    # Greedy's gap at 300 s is measured against CP-SAT's bound at 300 s (15 + 2 persons).
    greedy = table_cells(rows, ("L", 300.0), "greedy", "en")
    assert greedy[8] == "7 / 70"


def test_the_peer_gets_its_proven_runs_and_extra_families_and_replans_a_table_of_their_own() -> (
    None
):
    peer = [fixed_row("S", seed, "highs", 11 + seed, optimal=seed == 1) for seed in (1, 2, 3)]
    rows = add_gaps([*fixed_rows(), *peer])
    cells = cells_of(rows, "highs")
    assert cells["proven"] == "1/3"
    assert cells["more"] == "+1"  # 12, 13, 14 against 10, 12, 14: 2, 1, 0 more
    replanned = empty_row("M", 1, "replan", 60.0)
    replanned.update(changes=20, proven_changes=19, worse_changes=0, invalid_changes=0)
    replanned.update(wall_time_s=0.31, replan_max_s=0.9, publish_s=59.0)
    lines = format_table([*rows, replanned], MACHINE, "en")
    start = next(i for i, line in enumerate(lines) if line.startswith("Re-planning one change"))
    assert lines[start + 1].split() == [
        "Size",
        "Seed",
        "Changes",
        "Median",
        "s",
        "Longest",
        "s",
        "Proven",
        "Valid",
        "Never",
        "worse",
        "Publish",
        "s",
    ]
    assert lines[start + 3].split() == [
        "M",
        "1",
        "20",
        "0.31",
        "0.90",
        "19/20",
        "20/20",
        "20/20",
        "59.0",
    ]
    assert not any(line.startswith("M ") for line in lines[:start])
