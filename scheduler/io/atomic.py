"""Writing files safely: whole or not at all, and only where a file belongs.

Every file respite writes for a user (``plan.csv``, exports, letters, generated scenarios) goes
through here. It is written to a temporary file beside the target and renamed over the target
only when it is complete (so a full disk or a crash never leaves half a plan); the temporary
file is removed on any failure; an existing target must be a regular file (``--out /dev/full``
or a folder is refused, never replaced by a file); and every error names the path the user
gave, not the temporary one.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import uuid
from collections.abc import Callable
from pathlib import Path

NEW_FILE_MODE = 0o666
"""Mode of a new file before the umask (as ``open`` gives it)."""


class NotRegularFileError(OSError):
    """The target exists and is not a regular file (a device, a folder, a pipe, a socket)."""


def checked_target(path: Path) -> Path:
    """The path to replace: ``path``, or the file a symbolic link at ``path`` points to.

    Raises
    ------
    NotRegularFileError
        When the target exists and is not a regular file.
    """
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return target
    except OSError as error:
        raise named(error, path) from None
    if not stat.S_ISREG(mode):
        raise NotRegularFileError(errno.EINVAL, "not a regular file", str(path))
    return target


def check_output(path: Path) -> None:
    """Refuse at once a file that ``write_atomically`` would refuse after the work: a target
    that is not a regular file, or a folder that does not exist.

    Raises
    ------
    NotRegularFileError, OSError
        As ``write_atomically``.
    """
    target = checked_target(path)
    if not target.parent.is_dir():
        raise OSError(errno.ENOENT, os.strerror(errno.ENOENT), str(path))


def write_atomically(path: Path, write: Callable[[Path], object]) -> None:
    """Write a file by ``write(temporary_path)``, then put it at ``path`` in one rename.

    ``write`` gets an empty file beside the target to fill (by path). The finished file takes
    the mode of the file it replaces (else that of a new file). On any failure the temporary
    file is removed and the target is as it was.

    Raises
    ------
    NotRegularFileError
        When ``path`` exists and is not a regular file; nothing is written.
    OSError
        When the file cannot be written (full disk, no permission, missing folder); its
        ``filename`` is ``path``.
    """
    target = checked_target(path)
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}.partial")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, NEW_FILE_MODE)
        os.close(descriptor)
        write(temporary)
        _sync(temporary)
        if target.exists():
            checked_target(target)  # still a regular file: it may have changed meanwhile
            os.chmod(temporary, stat.S_IMODE(os.stat(target).st_mode))
        os.replace(temporary, target)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        if isinstance(error, OSError) and not isinstance(error, NotRegularFileError):
            raise named(error, path) from error
        raise


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` as ``write_atomically`` does; raises as it does."""
    write_atomically(path, lambda temporary: temporary.write_text(text, encoding="utf-8"))


def write_folder_atomically(path: Path, write: Callable[[Path], object]) -> None:
    """Write a folder of files by ``write(temporary_folder)``, then rename it to ``path``.

    ``path`` must not exist yet, or be an empty folder: a folder holding files is never
    overwritten (it may hold a planner's own work). On any failure the temporary folder is
    removed.

    Raises
    ------
    FileExistsError
        When ``path`` exists and is not an empty folder; its ``filename`` is ``path``.
    OSError
        When the folder cannot be written; its ``filename`` is ``path``.
    """
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path))
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.partial")
    try:
        temporary.mkdir()
        write(temporary)
        for file in temporary.iterdir():
            _sync(file)
        if path.exists():
            path.rmdir()
        temporary.rename(path)
    except BaseException as error:
        shutil.rmtree(temporary, ignore_errors=True)
        if isinstance(error, OSError) and not isinstance(error, FileExistsError):
            raise named(error, path) from error
        raise


def named(error: OSError, path: Path) -> OSError:
    """``error`` as an ``OSError`` naming ``path`` (the path the user gave, not a temporary
    one), keeping its number and its words."""
    return OSError(error.errno, error.strerror or str(error), str(path))


def _sync(path: Path) -> None:
    """Flush ``path`` to the disk, so that a full disk is found before the rename."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
