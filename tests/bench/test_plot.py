"""results.png is drawn."""

from __future__ import annotations

from pathlib import Path

from scheduler.bench.measurements import empty_row
from scheduler.bench.plot import plot_results
from tests.bench.rows import fixed_row, fixed_rows


def test_plot_file_is_created(tmp_path: Path) -> None:
    failed = empty_row("M", 1, "cpsat", 60.0)
    failed["error"] = "exit 1"
    rows = [*fixed_rows(), fixed_row("M", 1, "greedy", 40), failed]
    path = tmp_path / "bench" / "results.png"
    plot_results(rows, path, title="test")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
