"""The queue is a window onto an indexed query, on SQLite and PostgreSQL (TK-10)."""

from datetime import timedelta

from sqlalchemy import text
from sqlalchemy.dialects import postgresql, sqlite

from cs_console.domain.queue import QueueQuery
from cs_console.services.context import Context
from cs_console.services.demo import create_demo
from cs_console.services.queue import ticket_queue
from cs_console.services.tickets import create_ticket
from cs_console.store.ticket_repo import ORDER_BY, _where
from tests.conftest import EARLY


def _plan(ctx: Context) -> str:
    from sqlmodel import select

    from cs_console.store.models import Ticket

    query = (
        select(Ticket.id)
        .where(*_where(QueueQuery(), ctx.now()))
        .order_by(*ORDER_BY["due"])
        .limit(200)
    )
    dialect = ctx.engine.dialect.name
    compiled = query.compile(
        dialect=postgresql.dialect() if dialect == "postgresql" else sqlite.dialect(),
        compile_kwargs={"literal_binds": True},
    )
    with ctx.engine.connect() as conn:
        if dialect == "postgresql":
            conn.execute(text("SET enable_seqscan = off"))
            rows = conn.execute(text(f"EXPLAIN {compiled}")).all()
        else:
            rows = conn.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
    return "\n".join(str(r[-1]) for r in rows)


def test_queue_query_uses_an_index(ctx: Context, clock):
    clock.set(EARLY)
    create_demo(ctx)
    plan = _plan(ctx)
    assert "ix_ticket_due" in plan or "ix_ticket_state_due" in plan, plan
    assert "SCAN ticket\n" not in plan + "\n"  # never a bare full scan


def test_window_views_and_text_search(ctx: Context, clock):
    clock.set(EARLY)
    create_demo(ctx)
    made = create_ticket(ctx, "fault", "Zebra crossing light out").split()[0]
    window = ticket_queue(ctx, QueueQuery(text="zebra"), limit=10)
    assert [t.ref for t in window.lines] == [made] and window.total == 1
    pending = ticket_queue(ctx, QueueQuery(), limit=5)
    assert len(pending.lines) == 5 and pending.total > 5
    dues = [t.due_at for t in pending.lines]
    assert dues == sorted(dues)
    clock.advance(hours=25)
    overdue = ticket_queue(ctx, QueueQuery(view="overdue", text=made), limit=5)
    assert [t.ref for t in overdue.lines] == [made]
    assert overdue.lines[0].due_at is not None
    assert overdue.lines[0].due_at < ctx.now() - timedelta(minutes=59)
