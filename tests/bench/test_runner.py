"""The runner: each run in a child process of its own, giving a full row or an error."""

from __future__ import annotations

from scheduler.bench.measurements import COLUMNS
from scheduler.bench.runner import run_bench, run_one


def test_runner_gives_one_full_row_per_method() -> None:
    rows = run_bench(["S"], [1], 2.0, workers=1)
    assert [(r["size"], r["seed"], r["method"]) for r in rows] == [
        ("S", 1, "greedy"),
        ("S", 1, "cpsat"),
        ("S", 1, "highs"),
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
    assert all(row["valid"] is True for row in rows)
    greedy, cpsat, peer = rows
    assert peer["optimal"] in (True, False) and isinstance(peer["bound_persons_acute"], int)
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


def test_the_demo_runs_once_and_a_replanning_run_follows_its_size() -> None:
    rows = run_bench(
        ["DEMO", "XS"], [1, 2], 5.0, methods=["greedy"], changes=5, replan_sizes=["XS"]
    )
    assert [(r["size"], r["seed"], r["method"]) for r in rows] == [
        ("DEMO", 1, "greedy"),
        ("XS", 1, "greedy"),
        ("XS", 2, "greedy"),
        ("XS", 1, "replan"),
    ]
    demo, replanned = rows[0], rows[-1]
    assert demo["error"] == "" and demo["requests"] == 450
    assert replanned["error"] == ""
    assert replanned["changes"] == 5
    assert replanned["invalid_changes"] == 0 and replanned["worse_changes"] == 0
    assert isinstance(replanned["proven_changes"], int)
    assert isinstance(replanned["wall_time_s"], float) and isinstance(replanned["publish_s"], float)
