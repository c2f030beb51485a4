"""``respite`` run in-process on a store, for the command-line tests of the store's commands."""

from __future__ import annotations

from functools import cached_property

import pytest
from sqlalchemy import Engine

from scheduler.cli import main
from scheduler.store.database import open_store


class Run:
    """``respite`` on the store at ``url``: each call returns the exit code, stdout and stderr
    (and holds that no traceback was printed)."""

    def __init__(self, url: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.url = url
        self.capsys = capsys

    @cached_property
    def engine(self) -> Engine:
        """The store, to check what a command wrote."""
        return open_store(self.url)

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main([*args, "--db", self.url, "--actor", "tester"])
        out, err = self.capsys.readouterr()
        assert "Traceback" not in err
        return code, out, err
