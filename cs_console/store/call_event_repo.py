"""Call events, the forecast and their queries. A line already stored (same key) is skipped by
``INSERT … ON CONFLICT DO NOTHING``, so two feeds of the same file store it once."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import delete, func
from sqlmodel import Session, col, select

from cs_console.domain.masking import mask_phone
from cs_console.domain.queue_log import QueueEvent
from cs_console.store.models_floor import CallEvent, ForecastRow
from cs_console.store.types import UTCDateTime

EVENTS = CallEvent.__table__  # type: ignore[attr-defined]
CALLER = 1  # ENTERQUEUE data: url|callerid|position — the caller's number (D-12)


def _data(ev: QueueEvent) -> str:
    data = ev.data
    if ev.event == "ENTERQUEUE" and len(data) > CALLER:
        data = (*data[:CALLER], mask_phone(data[CALLER]), *data[CALLER + 1 :])
    return "|".join(data)


def insert_new(
    session: Session,
    events: Sequence[QueueEvent],
    watch: set[str] = frozenset(),  # type: ignore[assignment]
) -> tuple[int, set[str]]:
    """Store the events not stored yet, in one ``executemany`` (a month is a million lines):
    how many were stored now, and which of the ``watch`` keys."""
    if not events:
        return 0, set()
    conn = session.connection()
    known = set()
    if watch:
        known = set(
            conn.execute(select(EVENTS.c.key).where(EVENTS.c.key.in_(list(watch)))).scalars()
        )
    stamp = UTCDateTime().bind_processor(conn.dialect) or (lambda value: value)
    utc = datetime.fromtimestamp
    rows = {
        ev.key: (
            ev.key,
            stamp(utc(ev.epoch, UTC)),
            ev.call_id[:64],
            ev.queue[:64],
            ev.agent[:64],
            ev.event[:32],
            _data(ev),
        )
        for ev in events
    }  # fmt: skip  (a line twice in one batch: once)
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    result = conn.exec_driver_sql(
        f"INSERT INTO call_event (key, at, call_id, queue, agent, event, data) "
        f"VALUES ({', '.join([mark] * 7)}) ON CONFLICT (key) DO NOTHING",
        list(rows.values()),
    )
    return max(result.rowcount, 0), (set(watch) - known) & rows.keys()


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
