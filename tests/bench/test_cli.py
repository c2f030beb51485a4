"""``respite bench``: arguments, and the table and plot redrawn from results.csv."""

from __future__ import annotations

from pathlib import Path

import pytest

from scheduler.bench.machine import this_machine, write_machine
from scheduler.bench.results import write_results
from scheduler.cli import main
from tests.bench.rows import fixed_rows


def test_replot_prints_the_table_and_draws_the_plot(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_results(fixed_rows(), tmp_path / "results.csv")
    write_machine(this_machine(), tmp_path / "machine.txt")
    assert main(["bench", "--replot", "--out-dir", str(tmp_path), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Machine: ")
    assert "CP-SAT" in out
    assert (tmp_path / "results.png").exists()
    assert (tmp_path / "results.txt").read_text(encoding="utf-8").startswith("Machine: ")


def test_replot_without_results_is_an_error(tmp_path: Path) -> None:
    assert main(["bench", "--replot", "--out-dir", str(tmp_path)]) == 2


def test_unknown_size_is_refused() -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["bench", "--sizes", "S,XL"])
    assert exit_info.value.code == 2
