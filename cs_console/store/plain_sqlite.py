"""Reading a SQLite file through the standard library's ``sqlite3``, without the database layer:
the start reads its first screen this way while SQLAlchemy is imported (#23, P2). Only a file
that is there, is SQLite's and whose schema is at this code's head is read; anything else is
left to the full opening, which creates, upgrades or says what is wrong. Reads only: the
connection is opened read-only."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from cs_console.store.faults import check_file
from cs_console.store.revision import head_revision

BUSY_TIMEOUT_MS = 10_000
SCHEMA_VERSION = "SELECT version_num FROM alembic_version"


def open_reading(path: Path) -> sqlite3.Connection | None:
    """A read-only connection to the file at ``path``; None when the file is missing, empty,
    not SQLite's (the checks a start makes before opening it), or its schema is not at head."""
    try:
        check_file(path, create=False)
    except ValueError:
        return None
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True,
                               timeout=BUSY_TIMEOUT_MS / 1000)  # fmt: skip
    except sqlite3.Error:
        return None
    try:
        versions = conn.execute(SCHEMA_VERSION).fetchall()
    except sqlite3.Error:
        versions = []
    if versions != [(head_revision(),)]:
        conn.close()
        return None
    return conn


def run(conn: sqlite3.Connection, sql: str, params: Mapping[str, object]) -> list[Any]:
    """One statement's rows; dates are bound as SQLite stores them (``YYYY-MM-DD``)."""
    bound = {k: v.isoformat() if isinstance(v, date) else v for k, v in params.items()}
    return conn.execute(sql, bound).fetchall()
