"""Reading bytes with a ceiling: a scenario's files, and the members of a zip or workbook.

A zip member is counted by the bytes it actually inflates to, read in chunks and stopped as
soon as it passes the ceiling: the size a zip declares is not trusted (a 1 MB zip may declare
1,000 bytes and inflate to gigabytes). A member that cannot be read (encrypted, damaged, an
unknown compression) is refused by name, never a traceback.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from scheduler.io.bounds import MAX_FILE_BYTES

CHUNK_BYTES = 1 << 20
ENCRYPTED_FLAG = 0x1
"""Bit 0 of a zip entry's flags: the member is encrypted."""


class ReadRefused(Exception):
    """A file that is not read: ``code`` names the fault (``file.too_large``,
    ``file.encrypted``, ``file.unreadable``), ``params`` fill its message."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def megabytes(count: int) -> int:
    """Bytes as whole megabytes (for messages)."""
    return count // 1_000_000


def read_file(path: Path, most: int = MAX_FILE_BYTES) -> bytes | None:
    """The bytes of a regular file, ``None`` when there is none at ``path``.

    Raises
    ------
    ReadRefused
        ``file.too_large`` past ``most`` bytes (at most ``most + 1`` are read).
    OSError
        When the file exists but cannot be read.
    """
    if not path.is_file():
        return None
    with path.open("rb") as handle:
        data = handle.read(most + 1)
    if len(data) > most:
        raise ReadRefused("file.too_large", most=megabytes(most))
    return data


def read_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, most: int = MAX_FILE_BYTES
) -> bytes:
    """The inflated bytes of one zip member, counted as they are inflated.

    Raises
    ------
    ReadRefused
        ``file.too_large`` as soon as more than ``most`` bytes come out, ``file.encrypted``
        for a member with a password, ``file.unreadable`` for a damaged one.
    """
    if info.flag_bits & ENCRYPTED_FLAG:
        raise ReadRefused("file.encrypted")
    chunks: list[bytes] = []
    total = 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(CHUNK_BYTES):
                total += len(chunk)
                if total > most:
                    raise ReadRefused("file.too_large", most=megabytes(most))
                chunks.append(chunk)
    except RuntimeError:  # zipfile's word for "encrypted, password required"
        raise ReadRefused("file.encrypted") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError):
        raise ReadRefused("file.unreadable") from None
    return b"".join(chunks)


def check_members(data: bytes, most: int = MAX_FILE_BYTES) -> None:
    """Inflate every member of the zip ``data`` (a workbook is one) within ``most`` bytes each
    and ``4 × most`` in all, before a library unpacks it without a ceiling.

    Raises
    ------
    ReadRefused
        As ``read_member``, or ``file.too_large`` when all members together pass the ceiling.
    zipfile.BadZipFile
        When ``data`` is not a zip at all.
    """
    total = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            total += len(read_member(archive, info, most))
            if total > 4 * most:
                raise ReadRefused("file.too_large", most=megabytes(4 * most))
