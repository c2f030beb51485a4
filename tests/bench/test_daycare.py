"""The day-centre allocation's own table in ``respite bench``: timed on the demo, in a table of
its own, written to ``daycare.txt`` by a bench run."""

from __future__ import annotations

from pathlib import Path

import pytest

from scheduler.bench.daycare import DayTiming, daycare_table, time_allocation
from scheduler.bench.measurements import DEMO
from scheduler.cli import bench as bench_cli
from scheduler.cli import main


def test_the_demo_is_allocated_and_timed() -> None:
    timing = time_allocation(DEMO, repeats=1)
    assert (timing.size, timing.wishes) == (DEMO, 65)
    assert timing.granted + timing.waiting <= timing.wishes
    assert 0 < timing.seconds < 30 and timing.optimal


def test_the_table_has_its_own_heading_and_a_row_per_size() -> None:
    lines = daycare_table(
        [
            DayTiming(DEMO, 65, 86, 0.0312, 53, 8, True),
            DayTiming("M", 230, 243, 0.3, 162, 52, False),
        ],
        "en",
    )
    assert lines[0].startswith("Day-centre allocation")
    assert lines[1].split() == [
        "size",
        "wishes",
        "seats/week",
        "seconds",
        "granted",
        "waiting",
        "status",
    ]
    assert lines[2].split() == ["DEMO", "65", "86", "0.031", "53", "8", "proven"]
    assert lines[3].split()[-2:] == ["time", "limit"]


def test_a_bench_run_prints_and_writes_the_day_centre_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(bench_cli, "run_bench", lambda *_, **__: [])
    monkeypatch.setattr(bench_cli, "DAYCARE_SIZES", (DEMO,))
    args = ["bench", "--sizes", "S", "--changes", "0", "--out-dir", str(tmp_path), "--lang", "en"]
    assert main(args) == 0
    assert "Day-centre allocation" in capsys.readouterr().out
    written = (tmp_path / "daycare.txt").read_text(encoding="utf-8")
    assert written.splitlines()[2].split()[0] == DEMO
