"""Reads never block writes: a reader holds no lock a writer waits for (SQLite WAL, deferred
transactions) and a long report or export reads one snapshot, on SQLite and PostgreSQL."""

import sqlite3

from sqlalchemy import func
from sqlmodel import select

from cs_console.services.context import Context
from cs_console.services.database import open_context
from cs_console.store.models import Seat


def seats(session) -> int:  # noqa: ANN001
    return session.exec(select(func.count()).select_from(Seat)).one()


def add_seat(ctx: Context, code: str) -> None:
    with ctx.transaction() as session:
        session.add(Seat(code=code, row=1, col=len(code), zone="A"))


def test_an_open_read_takes_no_lock_a_writer_would_wait_for(sqlite_target, settings, clock):
    ctx = open_context(sqlite_target, settings, clock)
    add_seat(ctx, "A01")
    with ctx.reading() as session:
        assert seats(session) == 1  # the read transaction is open
        impatient = sqlite3.connect(sqlite_target, timeout=0, isolation_level=None)
        impatient.execute("BEGIN IMMEDIATE")  # "database is locked" if the reader held it
        impatient.execute("INSERT INTO seat (code, row, col, zone, extension) "
                          "VALUES ('A02', 1, 2, 'A', '')")  # fmt: skip
        impatient.execute("COMMIT")
        impatient.close()
        assert seats(session) == 1  # still its own snapshot
    with ctx.reading() as session:
        assert seats(session) == 2
    ctx.engine.dispose()


def test_a_snapshot_read_sees_one_state_while_others_write(db_target, settings, clock):
    ctx = open_context(db_target, settings, clock)
    other = open_context(db_target, settings, clock)
    add_seat(ctx, "A01")
    with ctx.reading(snapshot=True) as session:
        assert seats(session) == 1
        add_seat(other, "A02")  # another terminal writes meanwhile, without waiting
        assert seats(session) == 1
    with ctx.reading() as session:
        assert seats(session) == 2
    for c in (ctx, other):
        c.engine.dispose()
