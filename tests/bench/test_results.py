"""results.csv: readable by pandas, and read back with its types."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from scheduler.bench.measurements import COLUMNS
from scheduler.bench.results import read_results, write_results
from tests.bench.rows import fixed_rows


def test_csv_is_readable_by_pandas(tmp_path: Path) -> None:
    path = tmp_path / "bench" / "results.csv"
    write_results(fixed_rows(), path)
    frame = pd.read_csv(path)
    assert tuple(frame.columns) == COLUMNS
    assert len(frame) == 6
    assert frame["families"].tolist() == [10, 13, 12, 15, 14, 20]
    assert frame.loc[frame["method"] == "greedy", "bound_persons_acute"].isna().all()
    assert frame["gap_persons_acute"].tolist() == [5, 2, 5, 2, 8, 2]


def test_csv_reads_back_the_same_rows(tmp_path: Path) -> None:
    path = tmp_path / "results.csv"
    rows = fixed_rows()
    write_results(rows, path)
    assert read_results(path) == rows
