"""A database error as one sentence naming the record (T-n, a staff number) or the table, never
its values: the driver's message and SQLAlchemy's text carry row values such as full phone
numbers (D-12)."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.exc import DataError, IntegrityError, StatementError

from cs_console.domain.errors import UserError
from cs_console.domain.tickets import TicketRef
from cs_console.i18n import _

REFUSED = (IntegrityError, DataError)  # what the data asked for, not a fault of the console

SQLSTATE_REASONS = {
    "23505": "it would duplicate a unique value",
    "23503": "it refers to a record that does not exist, or is referred to",
    "23502": "a required value is missing",
    "23514": "a value breaks a check",
    "22001": "a value is too long for its column",
    "22003": "a number is out of range",
}
SQLITE_REASONS = {
    "UNIQUE constraint failed": "it would duplicate a unique value",
    "FOREIGN KEY constraint failed": "it refers to a record that does not exist, or is referred to",
    "NOT NULL constraint failed": "a required value is missing",
    "CHECK constraint failed": "a value breaks a check",
    "integer overflow": "a number is out of range",
    "Python int too large": "a number is out of range",
}
WRITES = re.compile(r"^\s*(INSERT INTO|UPDATE|DELETE FROM)\s+\"?(\w+)", re.IGNORECASE)
READS = re.compile(r"\bFROM\s+\"?(\w+)", re.IGNORECASE)
ID_KEYS = ("id", "pk_1", "id_1")


def refusal(err: StatementError) -> UserError:
    """The sentence for a refused write or read (exit 2)."""
    return UserError(
        _("The database refused {record}: {reason}.").format(record=record(err), reason=reason(err))
    )


def reason(err: StatementError) -> str:
    state = getattr(err.orig, "sqlstate", None)
    if state in SQLSTATE_REASONS:
        return SQLSTATE_REASONS[state]
    text = str(err.orig)
    for start, said in SQLITE_REASONS.items():
        if text.startswith(start):
            return said
    if isinstance(err, DataError) or (state or "").startswith("22"):
        return "a value does not fit its column"
    return "it breaks a rule of the schema"


def record(err: StatementError) -> str:
    """The record the statement was about, by its public name where it has one."""
    statement = err.statement or ""
    write = WRITES.match(statement)
    read = READS.search(statement)
    table = write.group(2) if write else read.group(1) if read else ""
    if not table:
        return "a record"
    params = _named(statement, err.params)
    key = next((params[k] for k in (*ID_KEYS, f"{table}_id") if k in params), None)
    staff_no = next((params[k] for k in ("staff_no", "staff_no_1") if k in params), None)
    if table == "ticket" and key is not None:
        return str(TicketRef(key))
    if table == "staff" and staff_no is not None:
        return f"staff {staff_no}"
    if write and write.group(1).upper() == "INSERT INTO":
        return f"a new {table}"
    return f"a record of {table}" if key is None else f"{table} {key}"


COLUMNS = re.compile(r"^\s*INSERT INTO\s+\"?\w+\"?\s*\(([^)]*)\)", re.IGNORECASE)


def _named(statement: str, params: Any) -> dict[str, Any]:
    """The parameters by name: as given (PostgreSQL), or an INSERT's positional values by its
    column list (SQLite); empty when a batch or not to be told apart."""
    if isinstance(params, dict):
        return params
    columns = COLUMNS.match(statement)
    if columns and isinstance(params, tuple) and not any(isinstance(p, tuple) for p in params):
        names = [name.strip().strip('"') for name in columns.group(1).split(",")]
        if len(names) == len(params):
            return dict(zip(names, params, strict=True))
    return {}
