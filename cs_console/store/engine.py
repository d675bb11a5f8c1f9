"""Engines for a SQLite file (WAL, foreign keys, busy timeout) or a PostgreSQL URL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from cs_console.domain.errors import UserError
from cs_console.store import faults
from cs_console.store.plain_sqlite import BUSY_TIMEOUT_MS

READING = "cs_reading"  # execution option of a connection that only reads
CONNECT_TIMEOUT_S = 5  # a PostgreSQL server out of reach is reported, not waited for


def database_url(target: str) -> str:
    """A SQLite path or a SQLAlchemy URL, normalised to a URL (PostgreSQL through psycopg 3)."""
    if "://" not in target:
        return f"sqlite:///{Path(target).expanduser().resolve()}"
    if target.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + target.split("://", 1)[1]
    return target


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    return Path(parsed.database)


def make_engine(target: str, create: bool = True) -> Engine:
    """An engine on ``target``. A SQLite file that does not exist is created (0600) only with
    ``create``; an empty file, or one that is not SQLite's, is refused."""
    if not target.strip():
        raise UserError("The database is empty (--db ''); give a SQLite file path or a URL.")
    url = database_url(target)
    try:
        parsed = make_url(url)
        backend = parsed.get_backend_name()
    except ArgumentError:
        raise UserError(f"'{target}' is neither a file path nor a database URL.") from None
    if backend == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            try:
                faults.check_file(path, create)
            except ValueError as err:
                raise UserError(str(err)) from None
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if backend == "postgresql":
        if not parsed.host and "host" not in parsed.query:
            raise UserError(
                f"The database URL '{target}' names no server; use "
                "postgresql://USER:PASSWORD@HOST:5432/DATABASE."
            )
        return create_engine(
            url, pool_pre_ping=True, connect_args={"connect_timeout": CONNECT_TIMEOUT_S}
        )
    raise UserError(f"Unsupported database '{backend}'; use a SQLite path or a postgresql URL.")


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy issue BEGIN itself so each intent is one real transaction.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    """Writers take the write lock at BEGIN (waiting up to the busy timeout), so a second
    writer waits rather than failing half-way; readers begin deferred: in WAL they read one
    snapshot and take no lock a writer waits for."""
    conn.exec_driver_sql(
        "BEGIN" if conn.get_execution_options().get(READING) else "BEGIN IMMEDIATE"
    )
