"""The runner: each run in a child process of its own, giving a full row or an error."""

from __future__ import annotations

from scheduler.bench.measurements import COLUMNS
from scheduler.bench.runner import run_bench, run_one


def test_runner_gives_one_full_row_per_method() -> None:
    rows = run_bench(["S"], [1], 2.0, workers=1)
    assert [(r["size"], r["seed"], r["method"]) for r in rows] == [
        ("S", 1, "greedy"),
        ("S", 1, "cpsat"),
    ]
    for row in rows:
        assert tuple(row) == COLUMNS
        assert row["error"] == ""
        assert row["requests"] == 450
        assert isinstance(row["families"], int) and row["families"] > 0
        assert isinstance(row["nights_acute"], int)
        assert isinstance(row["wall_time_s"], float)
        assert isinstance(row["peak_rss_mib"], float) and row["peak_rss_mib"] > 0
        assert isinstance(row["maxrss_wait4_mib"], float)
    greedy, cpsat = rows
    assert greedy["optimal"] is False and greedy["bound_persons_acute"] is None
    bound, value = cpsat["bound_persons_acute"], greedy["value_persons_acute"]
    assert isinstance(value, int)
    if isinstance(bound, int):
        assert greedy["gap_persons_acute"] == bound - value


def test_a_failing_child_gives_an_error_row() -> None:
    row = run_one("S", 1, "nonsense", 1.0)
    assert str(row["error"]).startswith("exit 1")
    assert "nonsense" in str(row["error"])
    assert row["families"] is None


def test_a_child_past_its_timeout_is_killed() -> None:
    row = run_one("S", 1, "cpsat", 30.0, timeout=0.2)
    assert row["error"] == "killed after 0 s"
    assert row["families"] is None
