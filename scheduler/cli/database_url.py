"""The database URL of ``--db`` (or ``RESPITE_DB``) checked before anything connects.

A URL that is not one, names a database respite does not use, or needs a driver that is not
installed is one clear line and exit 2, never SQLAlchemy's traceback. The URL is shown with
its password hidden; text that is not a URL at all is not repeated (it may hold one).
"""

from __future__ import annotations

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from scheduler.store.database import database_url

BACKENDS = ("sqlite", "postgresql")


class DatabaseUrlError(Exception):
    """A database URL respite cannot use: ``source`` says which (``--db "…"``), ``problem``
    is a message key and ``params`` fill it."""

    def __init__(self, source: str, problem: str, **params: object) -> None:
        super().__init__(problem)
        self.source = source
        self.problem = problem
        self.params = params


def checked_url(given: str | None) -> str:
    """The URL to use (``given``, else ``RESPITE_DB``, else the local SQLite file), checked.

    Raises
    ------
    DatabaseUrlError
        When it is not a URL, not SQLite or PostgreSQL, or its driver is not installed.
    """
    chosen = database_url(given)
    try:
        url: URL = make_url(chosen)
    except (ArgumentError, ValueError):
        raise DatabaseUrlError("--db", "cli.db_url.not_url") from None
    source = f'"{url.render_as_string(hide_password=True)}"'
    backend = url.get_backend_name()
    if backend not in BACKENDS:
        raise DatabaseUrlError(source, "cli.db_url.backend", backend=backend)
    try:
        url.get_dialect().import_dbapi()
    except (NoSuchModuleError, ImportError):
        raise DatabaseUrlError(source, "cli.db_url.driver", driver=url.drivername) from None
    return chosen
