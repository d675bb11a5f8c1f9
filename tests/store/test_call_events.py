"""Call events on SQLite and PostgreSQL: each line stored once (the key is the hash of the raw
line), the caller's number masked (D-12), the figures read back in time order, pruning."""

from datetime import UTC, datetime

from cs_console.domain.queue_log import parse_lines, parse_rows
from cs_console.services.log_tail import Chunk
from cs_console.services.queue_feed import store_chunk
from cs_console.store import call_event_repo
from cs_console.store.types import UTCDateTime

LINES = [
    "1763863200|c1|support|NONE|ENTERQUEUE||13800138000|1\n",
    "1763863210|c1|support|SIP/8003|CONNECT|10|b1|2\n",
    "1763863210|c1|support|SIP/8003|CONNECT|10|b1|2\n",  # the same line twice: stored once
    "1763863400|c1|support|SIP/8003|COMPLETECALLER|10|190|1\n",
]


def test_each_line_is_stored_once_and_read_back_in_order(ctx):
    first = store_chunk(ctx, Chunk(1, LINES), "queue_log")
    assert (first.added, first.repeated) == (3, 1)
    again = store_chunk(ctx, Chunk(1, LINES), "queue_log")
    assert (again.added, again.repeated) == (0, 4)
    with ctx.reading() as session:
        events = call_event_repo.events_between(
            session, datetime(2025, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC)
        )
    assert [e.event for e in events] == ["ENTERQUEUE", "CONNECT", "COMPLETECALLER"]
    assert [e.epoch for e in events] == [1763863200, 1763863210, 1763863400]
    assert events[0].data == ("", "138****8000", "1")
    assert {e.key for e in events} == {e.key for e in parse_lines(LINES).events}


def test_prune_removes_only_the_older_events(ctx):
    store_chunk(ctx, Chunk(1, LINES), "queue_log")
    with ctx.transaction() as session:
        pruned = call_event_repo.prune_before(session, datetime.fromtimestamp(1763863300, UTC))
    assert pruned == 2
    with ctx.reading() as session:
        assert call_event_repo.count_before(session, datetime(2030, 1, 1, tzinfo=UTC)) == 1


def test_the_time_written_in_bulk_is_the_one_the_orm_writes(ctx):
    """The feed has the database turn the epoch into ``at``; on SQLite the text must be the
    one UTCDateTime binds, so reads by time compare it rightly."""
    store_chunk(ctx, Chunk(1, LINES[:1]), "queue_log")
    with ctx.reading() as session:
        stored = session.connection().exec_driver_sql("SELECT at FROM call_event").scalar()
        written = UTCDateTime().bind_processor(session.connection().dialect)
    instant = datetime.fromtimestamp(1763863200, UTC)
    if ctx.engine.dialect.name == "sqlite":
        assert written is not None and stored == written(instant)
    else:
        assert stored == instant


def test_the_watched_keys_are_fresh_only_when_first_stored(ctx):
    """The events that may set a seat are applied once: a watched key is fresh when its line
    is stored now, not when it was stored before."""
    rows = parse_rows(LINES).rows
    connect, complete = rows[1][0], rows[3][0]
    with ctx.transaction() as session:
        assert call_event_repo.insert_rows(session, rows[:2], {connect}) == (2, {connect})
    with ctx.transaction() as session:  # the CONNECT again (twice), the COMPLETECALLER new
        assert call_event_repo.insert_rows(session, rows, {connect, complete}) == (1, {complete})
