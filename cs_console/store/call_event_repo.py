"""Call events, the forecast and their queries. A line already stored (same key) is skipped by
``INSERT … ON CONFLICT DO NOTHING``, so two feeds of the same file store it once."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime

from sqlalchemy import delete, func
from sqlmodel import Session, col, select

from cs_console.domain.queue_log import QueueEvent
from cs_console.store.models_floor import CallEvent, ForecastRow

EVENTS = CallEvent.__table__  # type: ignore[attr-defined]
CACHE_KIB = 65_536  # SQLite page cache of a feed's connection while it writes events
LOOKUP_KEYS = 1_000  # keys looked up in one statement (well under the drivers' bound limits)


# ``at`` from the line's epoch, made by the database: on SQLite the DATETIME text UTCDateTime
# writes (``YYYY-MM-DD HH:MM:SS.ffffff``, UTC), on PostgreSQL a timestamp with time zone.
_AT_FROM_EPOCH = {"sqlite": "datetime(?, 'unixepoch') || '.000000'"}
_AT_PG = "to_timestamp(%s)"


def insert_rows(
    session: Session, rows: Sequence[tuple], watch: Collection[str] = ()
) -> tuple[int, set[str]]:
    """Store the rows (``parse_rows``' tuples) not stored yet, in one ``executemany``: how many
    were stored now, and which of the ``watch`` keys. A line twice in ``rows`` is stored once."""
    if not rows:
        return 0, set()
    conn = session.connection()
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    keys, known = list(watch), set()
    for at in range(0, len(keys), LOOKUP_KEYS):  # plain SQL: no statement to compile per size
        part = keys[at : at + LOOKUP_KEYS]
        known.update(key for (key,) in conn.exec_driver_sql(
            f"SELECT key FROM call_event WHERE key IN ({', '.join([mark] * len(part))})",
            tuple(part)))  # fmt: skip
    if conn.dialect.name == "sqlite":  # the key index of a month outgrows the default cache
        conn.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")
    at = _AT_FROM_EPOCH.get(conn.dialect.name, _AT_PG)
    result = conn.exec_driver_sql(
        f"INSERT INTO call_event (key, at, call_id, queue, agent, event, data) "
        f"VALUES ({mark}, {at}, {', '.join([mark] * 5)}) ON CONFLICT (key) DO NOTHING",
        rows,
    )
    return max(result.rowcount, 0), set(watch) - known


def events_between(session: Session, start: datetime, end: datetime) -> list[QueueEvent]:
    """The events in [start, end), in the order they happened."""
    rows = session.exec(
        select(CallEvent.at, CallEvent.call_id, CallEvent.queue, CallEvent.agent,
               CallEvent.event, CallEvent.data, CallEvent.key)
        .where(col(CallEvent.at) >= start, col(CallEvent.at) < end)
        .order_by(col(CallEvent.at), col(CallEvent.id))
    ).all()  # fmt: skip
    return [
        QueueEvent(0, int(at.timestamp()), call, queue, agent, event, tuple(data.split("|")), key)
        for at, call, queue, agent, event, data, key in rows
    ]


def count_before(session: Session, before: datetime) -> int:
    return session.exec(
        select(func.count()).select_from(CallEvent).where(col(CallEvent.at) < before)
    ).one()


def prune_before(session: Session, before: datetime) -> int:
    """Delete the events older than ``before``; how many."""
    result = session.execute(delete(CallEvent).where(col(CallEvent.at) < before))
    return result.rowcount or 0


def replace_forecast(session: Session, rows: Sequence[tuple[datetime, int, float]]) -> int:
    """The forecast for these intervals, replacing what was forecast for them before."""
    starts = [start for start, _, _ in rows]
    session.execute(delete(ForecastRow).where(col(ForecastRow.interval_start).in_(starts)))
    for start, offered, aht in rows:
        session.add(ForecastRow(interval_start=start, offered=offered, aht_seconds=aht))
    return len(rows)


def forecast_between(
    session: Session, start: datetime, end: datetime
) -> list[tuple[datetime, int, float]]:
    rows = session.exec(
        select(ForecastRow)
        .where(col(ForecastRow.interval_start) >= start, col(ForecastRow.interval_start) < end)
        .order_by(col(ForecastRow.interval_start))
    ).all()
    return [(r.interval_start, r.offered, r.aht_seconds) for r in rows]
