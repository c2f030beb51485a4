"""``respite bench``: arguments, and the table and plot redrawn from results.csv."""

from __future__ import annotations

from pathlib import Path

import pytest

from scheduler.bench.machine import this_machine, write_machine
from scheduler.bench.results import read_results, write_results
from scheduler.cli import bench as bench_cli
from scheduler.cli import main
from tests.bench.rows import fixed_row, fixed_rows


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


def test_seeds_as_a_list_rerun_only_those_and_merge_keeps_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--seeds 2,3 --methods cpsat --merge`` runs CP-SAT on seeds 2 and 3 alone and keeps the
    other rows (seed 1's, and greedy's of every seed); ``--seeds 2`` still means seeds 1 and
    2."""
    write_results(fixed_rows(), tmp_path / "results.csv")
    asked: list[tuple[int, ...]] = []

    def fake_run(sizes, seeds, time_limit, *, on_row, **_):  # type: ignore[no-untyped-def]
        asked.append(tuple(seeds))
        for seed in seeds:
            on_row(fixed_row("S", seed, "cpsat", 30 + seed))
        return []

    monkeypatch.setattr(bench_cli, "run_bench", fake_run)
    # The day-centre timing beside the solver rows is not what this is about.
    monkeypatch.setattr(bench_cli, "_daycare_report", lambda *_: None, raising=False)
    common = ["bench", "--sizes", "S", "--out-dir", str(tmp_path), "--lang", "en"]
    assert main([*common, "--seeds", "2,3", "--methods", "cpsat", "--merge"]) == 0
    rows = read_results(tmp_path / "results.csv")
    cpsat = {r["seed"]: r["families"] for r in rows if r["method"] == "cpsat"}
    assert cpsat == {1: 13, 2: 32, 3: 33}
    assert sorted(r["seed"] for r in rows if r["method"] == "greedy") == [1, 2, 3]
    assert main([*common, "--seeds", "2"]) == 0
    assert asked == [(2, 3), (1, 2)]


def test_bad_seeds_are_refused() -> None:
    for seeds in ("0", "1,x", ","):
        with pytest.raises(SystemExit) as exit_info:
            main(["bench", "--seeds", seeds])
        assert exit_info.value.code == 2
