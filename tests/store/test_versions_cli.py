"""``respite versions`` lists the plan versions a case worker can publish or export."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scheduler.cli import main

VALID = Path(__file__).parents[1] / "data" / "valid"


def test_versions_lists_each_version_with_its_status(
    store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["versions", "--db", store_url, "--lang", "en"]) == 0
    assert capsys.readouterr().out.strip() == "There are no plan versions yet."
    assert main(["import", str(VALID), "--db", store_url]) == 0
    assert main(["plan", "--db", store_url, "--solver", "greedy"]) == 0
    assert main(["publish", "--db", store_url]) == 0
    capsys.readouterr()
    assert main(["versions", "--db", store_url, "--lang", "en"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[-1].startswith(f"Plan version {len(lines)}: published, made ")
    assert "(quick plan)" in lines[-1]
    assert re.search(r"; \d+ granted, \d+ rejected$", lines[-1])
