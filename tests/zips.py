"""A zip archive in memory, as an upload of a scenario folder arrives: shared by the upload
tests."""

from __future__ import annotations

import io
import zipfile


def zip_of(files: dict[str, str] | dict[str, bytes]) -> bytes:
    """The bytes of a zip holding each named file's text or bytes, compressed (as a user's
    zip tool writes them, and so that the inflated sizes of a zip bomb are counted)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()
