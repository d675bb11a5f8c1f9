"""The tickets CSV: history loaded in bulk, and loaded again without a ticket twice.

A ticket is known by the optional ``external_id`` column (its id in the system it came from,
stored unique), else by when it was accepted, the phone and the summary. A row naming a known
ticket updates it where the file differs; a new one is inserted with one driver
``executemany`` (P7)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, update
from sqlmodel import Session

from cs_console.domain.errors import UserError
from cs_console.store.importers import ImportResult, RowError, checked_rows
from cs_console.store.models import Staff, Ticket

TICKET_STATES = ("new", "dispatched", "in_progress", "resolved", "closed")
OPTIONAL = ("external_id",)
# The ticket table's own column order, so the bulk insert needs no reordering.
TICKET_KEYS = ("category", "summary", "customer_phone", "customer_name", "first_agent_id",
               "target", "state", "priority", "accepted_at", "due_at", "visit_state", "kb_state",
               "version", "external_id", "invalid_by", "invalid_reason")  # fmt: skip
# What a file sets on a ticket it names again (the life-cycle columns the console keeps stay).
FROM_FILE = ("category", "summary", "customer_phone", "customer_name", "first_agent_id",
             "target", "state", "accepted_at", "due_at", "external_id")  # fmt: skip
AT = {key: n for n, key in enumerate(TICKET_KEYS)}
EXT, ACCEPTED, PHONE, SUMMARY = (AT[k] for k in ("external_id", "accepted_at", "customer_phone",
                                                 "summary"))  # fmt: skip
TICKET: Table = Ticket.__table__  # type: ignore[attr-defined]
CHUNK = 5_000


def import_tickets(
    session: Session,
    path: Path,
    categories: tuple[str, ...],
    tz: tzinfo,
    due_after: dict[str, timedelta],
) -> ImportResult:
    """``accepted_at`` is local ISO time (YYYY-MM-DDTHH:MM); the whole file or nothing."""
    staff_ids: dict[str, int] = dict(session.execute(select(Staff.staff_no, Staff.id)).all())

    def check(at: str, category: str, summary: str, phone: str, name: str, agent: str,
              state: str, target: str, external_id: str) -> tuple[Any, ...]:  # fmt: skip
        try:
            accepted = datetime.fromisoformat(at)
        except ValueError:
            raise RowError(f"accepted_at '{at}' is not YYYY-MM-DDTHH:MM.") from None
        accepted = (accepted if accepted.tzinfo else accepted.replace(tzinfo=tz)).astimezone(UTC)
        if category not in categories:
            raise RowError(f"category '{category}' is not one of {', '.join(categories)}.")
        state = state or "new"
        if state not in TICKET_STATES:
            raise RowError(f"state '{state}' is not one of {', '.join(TICKET_STATES)}.")
        if agent and agent not in staff_ids:
            raise RowError(f"agent '{agent}' is unknown; import staff first.")
        if not summary:
            raise RowError("summary is empty.")
        if len(external_id) > 64:
            raise RowError("external_id is longer than 64 characters.")
        return (category, summary, phone, name, staff_ids.get(agent), target, state, 2,
                accepted, accepted + due_after[category], "", "", 1,
                external_id or None, "", "")  # fmt: skip

    lines = checked_rows(path, "tickets", check, by_name=False, optional=OPTIONAL)
    rows = [row for _line, row in lines]
    keys = [(r[EXT],) if r[EXT] else (r[ACCEPTED], r[PHONE], r[SUMMARY]) for r in rows]
    _unique_in_file(path, lines, keys)
    known = _known(session, rows, keys)
    new = [row for n, row in enumerate(rows) if n not in known]
    changed = [
        (known[n], row) for n, row in enumerate(rows) if n in known and known[n][1] != _mine(row)
    ]
    if new:
        bulk_insert(session, TICKET, TICKET_KEYS, new)
    if changed:
        _update(session, changed)
    return ImportResult("tickets", len(new), len(changed), len(known) - len(changed))


def _unique_in_file(path: Path, lines: list[tuple[int, tuple]], keys: list[tuple]) -> None:
    """A ticket given twice in one file is refused with both lines."""
    if len(set(keys)) == len(keys):
        return
    seen: dict[tuple[Any, ...], int] = {}
    for (line, row), key in zip(lines, keys, strict=True):
        if key in seen:
            how = "" if row[EXT] else " (same time, phone and summary)"
            raise UserError(f"{path}:{line}: this ticket{how} is already on line {seen[key]}.")
        seen[key] = line


def _mine(row: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(row[AT[k]] for k in FROM_FILE)


def _known(session: Session, rows: list[tuple], keys: list[tuple]) -> dict[int, tuple[int, tuple]]:
    """For each row index naming a stored ticket: (its id, its values of ``FROM_FILE``).

    By external id first; else by time, phone and summary among tickets without one (the
    first of any duplicates the database already holds)."""
    columns = [TICKET.c.id, *(TICKET.c[k] for k in FROM_FILE)]
    stored: dict[tuple[Any, ...], tuple[int, tuple]] = {}
    ids = [row[EXT] for row in rows if row[EXT]]
    for chunk in _chunks(ids):
        for found in session.execute(select(*columns).where(TICKET.c.external_id.in_(chunk))):
            stored[(found.external_id,)] = (found.id, tuple(found[1:]))
    if rows:
        query = (
            select(*columns)
            .where(TICKET.c.accepted_at >= min(row[ACCEPTED] for row in rows))
            .where(TICKET.c.accepted_at <= max(row[ACCEPTED] for row in rows))
            .where(TICKET.c.external_id.is_(None))
            .order_by(TICKET.c.id.desc())  # the first one is kept
        )
        for found in session.execute(query):
            key = (found.accepted_at, found.customer_phone, found.summary)
            stored[key] = (found.id, tuple(found[1:]))
    known: dict[int, tuple[int, tuple]] = {}
    if not stored:
        return known
    taken: set[int] = set()
    for n, (row, key) in enumerate(zip(rows, keys, strict=True)):
        match = stored.get(key)
        if match is None and row[EXT]:  # imported before without its id
            match = stored.get((row[ACCEPTED], row[PHONE], row[SUMMARY]))
        if match is not None and match[0] not in taken:
            known[n] = match
            taken.add(match[0])
    return known


def _update(session: Session, changed: list[tuple[tuple[int, tuple], tuple[Any, ...]]]) -> None:
    stmt = (
        update(TICKET).where(TICKET.c.id == bindparam("_id")).values(version=TICKET.c.version + 1)
    )
    params = [
        {"_id": ticket_id, **{k: row[AT[k]] for k in FROM_FILE}}
        for (ticket_id, _old), row in changed
    ]
    session.connection().execute(stmt, params)


def _chunks(values: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def bulk_insert(
    session: Session, table: Table, keys: tuple[str, ...], rows: Iterable[tuple[Any, ...]]
) -> None:
    """One ``executemany`` on the driver: the values of a column with a bind processor go
    through it in one pass, without SQLAlchemy's per-row parameter building (10× fewer calls)."""
    rows = list(rows)
    conn = session.connection()
    dialect = conn.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
    order = tuple(compiled.positiontup or keys)
    if order != keys:
        at = [keys.index(k) for k in order]
        rows = [tuple(r[i] for i in at) for r in rows]
    processors = [
        (i, f)
        for i, k in enumerate(order)
        if (f := table.c[k].type.dialect_impl(dialect).bind_processor(dialect)) is not None
    ]
    if processors:
        columns = list(zip(*rows, strict=True))
        for i, f in processors:
            columns[i] = tuple(map(f, columns[i]))
        rows = list(zip(*columns, strict=True))
    values: list[Any] = rows
    if compiled.positiontup is None:  # a driver with named parameters (psycopg)
        values = [dict(zip(order, r, strict=True)) for r in rows]
    conn.exec_driver_sql(str(compiled), values)
