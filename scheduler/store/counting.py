"""Running a data-changing statement and learning how many rows it touched."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import CursorResult, Executable
from sqlalchemy.orm import Session


def changed_rows(session: Session, statement: Executable) -> int:
    """Execute an UPDATE or DELETE in the session's transaction; the number of rows it matched."""
    result = cast(CursorResult[Any], session.execute(statement))
    return result.rowcount
