"""Has anyone else written? Answered without a transaction or a lock.

SQLite: ``PRAGMA data_version`` on a connection of its own, which changes exactly when another
connection commits to the file. PostgreSQL: the newest audit id (every write appends an audit
row in its own transaction), one primary-key look-up."""

from __future__ import annotations

import sqlite3

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from cs_console.domain.errors import Unavailable
from cs_console.store import faults
from cs_console.store.engine import sqlite_path


class ChangeWatch:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        path = sqlite_path(str(engine.url))
        self._sqlite = None
        if path is not None:
            # autocommit: the pragma needs no transaction and takes no lock
            self._sqlite = sqlite3.connect(path, isolation_level=None, check_same_thread=False)

    @property
    def remote(self) -> bool:
        """Whether a look goes over the network (and may wait for it)."""
        return self._sqlite is None

    def token(self) -> int:
        """A number that changes when another connection has written; raises Unavailable
        while a server is out of reach."""
        if self._sqlite is not None:
            return self._sqlite.execute("PRAGMA data_version").fetchone()[0]
        try:
            with self._engine.connect() as conn:
                query = text("SELECT coalesce(max(id), 0) FROM audit_entry")
                return conn.execute(query).scalar_one()
        except DBAPIError as err:
            if faults.is_outage(err):
                raise Unavailable(faults.unreachable(f"server {self._engine.url.host}")) from None
            raise

    def close(self) -> None:
        if self._sqlite is not None:
            self._sqlite.close()
