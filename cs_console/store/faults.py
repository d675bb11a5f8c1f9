"""What can be wrong with the database itself: a damaged or empty SQLite file, a file that is
not there, a PostgreSQL server out of reach. Each is told apart here and said in one sentence."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
DAMAGE_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
SHOWN_PROBLEMS = 3  # of SQLite's integrity check, in the sentence of `db check`


def damaged(path: Path | None) -> str:
    where = f"{path}: " if path else ""
    return f"{where}the database file is damaged; run `cs-console db check`."


def unreachable(what: str) -> str:
    return f"The database {what} is unreachable; nothing was changed."


def is_damage(err: BaseException) -> bool:
    """A SQLite file whose pages or header are not what SQLite wrote."""
    from sqlalchemy.exc import DBAPIError

    orig = err.orig if isinstance(err, DBAPIError) else err
    return (
        isinstance(orig, sqlite3.DatabaseError)
        and getattr(orig, "sqlite_errorcode", None) in DAMAGE_CODES
    )


def is_outage(err: BaseException) -> bool:
    """A PostgreSQL server that cannot be reached, or a connection lost on the way."""
    from sqlalchemy.exc import DBAPIError

    if not isinstance(err, DBAPIError):
        return False
    if err.connection_invalidated:
        return True
    import psycopg

    return isinstance(err.orig, psycopg.OperationalError | psycopg.InterfaceError)


def check_file(path: Path, create: bool) -> None:
    """Refuses a missing file (unless ``create``), an empty one and one that is not SQLite's;
    creates a missing one 0600. Raises ValueError with the sentence."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        if not create:
            raise ValueError(
                f"There is no database at {path}; check --db (`cs-console db upgrade` creates one)."
            ) from None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except FileExistsError:
            return  # another process created it meanwhile
        except OSError as err:
            raise ValueError(f"Cannot create the database file {path}: {err.strerror}.") from None
        return
    except OSError as err:
        raise ValueError(f"Cannot open the database file {path}: {err.strerror}.") from None
    if not head:
        raise ValueError(
            f"{path} is an empty file (0 bytes), not a database; check --db, or remove the file "
            "to start a new database there."
        )
    if head != SQLITE_MAGIC:
        raise ValueError(damaged(path))


def sqlite_problems(path: Path) -> str | None:
    """What SQLite's integrity check finds in the file, as one sentence; None when sound."""
    if not path.exists() or path.stat().st_size == 0:
        return None  # refused in their own words when opened
    try:
        conn = sqlite3.connect(path)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as err:
        rows = [str(err)]
    if rows == ["ok"]:
        return None
    found = [" ".join(str(r).split()) for r in rows]
    shown = "; ".join(found[:SHOWN_PROBLEMS])
    more = f" (and {len(found) - SHOWN_PROBLEMS} more)" if len(found) > SHOWN_PROBLEMS else ""
    return f"The database file {path} is damaged: {shown}{more}."
