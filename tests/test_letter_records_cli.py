"""``respite letters --unsent --out FILE.zip``: writes every letter not sent yet and marks them
sent once the zip is whole; a second run writes none; a file that cannot be written marks none.
The world is ``tests/store/casework_world.py``'s, published as version 2 (nine letters)."""

from __future__ import annotations

import errno
import io
import os
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from scheduler.cli import main
from scheduler.service.operations.letter_sending import unsent_letters
from scheduler.store.database import open_store
from tests.store.casework_world import published_world


@pytest.fixture
def url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    published_world(open_store(url))
    return url


def _run(url: str, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([*args, "--db", url, "--actor", "clerk"])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def test_unsent_letters_are_written_and_marked_sent_once(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "letters.zip"
    code, said, _ = _run(url, capsys, "letters", "--unsent", "--out", str(out))
    assert code == 0
    assert said.strip() == f"9 breve, der ikke var sendt, skrevet til {out} og markeret som sendt"
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        first = PdfReader(io.BytesIO(archive.read(names[0]))).pages[0].extract_text()
    assert len(names) == 9 and all(name.endswith(".pdf") for name in names)
    assert "Afgørelse om aflastning" in first
    assert unsent_letters(open_store(url)) == []
    again = tmp_path / "again.zip"
    code, said, _ = _run(url, capsys, "letters", "--unsent", "--out", str(again), "--lang", "en")
    assert code == 0 and said.startswith("0 letters not sent yet written to")
    assert zipfile.ZipFile(again).namelist() == []


def test_a_file_that_cannot_be_written_marks_none(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "no such folder" / "l.zip"
    code, _, err = _run(url, capsys, "letters", "--unsent", "--out", str(missing))
    assert code == 2 and str(missing) in err
    written: list[str] = []

    def disk_full(self: zipfile.ZipFile, name: str, data: bytes) -> None:
        if written:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        written.append(name)

    monkeypatch.setattr(zipfile.ZipFile, "writestr", disk_full)
    out = tmp_path / "letters.zip"
    code, _, err = _run(url, capsys, "letters", "--unsent", "--out", str(out))
    assert code == 2 and str(out) in err and written
    assert not out.exists() and list(tmp_path.glob("*.partial")) == []
    assert len(unsent_letters(open_store(url))) == 9


def test_requests_and_unsent_together_are_refused(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "l.zip")
    for args in (["letters", "R1", "--unsent", "--out", out], ["letters", "--out", out]):
        code, _, err = _run(url, capsys, *args)
        assert code == 2 and "--unsent" in err
    assert len(unsent_letters(open_store(url))) == 9
