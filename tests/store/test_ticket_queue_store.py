"""The queue is a window onto an indexed query, on SQLite and PostgreSQL (TK-10)."""

from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import col, select

from cs_console.domain.queue import QueueQuery
from cs_console.services.context import Context
from cs_console.services.demo import create_demo
from cs_console.services.queue import ticket_queue
from cs_console.services.tickets import create_ticket
from cs_console.store.models import Ticket
from cs_console.store.ticket_repo import ORDER_BY, _values, _where
from tests.conftest import EARLY


def _plan(ctx: Context, query) -> str:  # noqa: ANN001 - a select
    """The query plan; on PostgreSQL with sequential scans priced out, so that a usable index
    shows even on a small table."""
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


def _tickets(*where, order=()):  # noqa: ANN001, ANN202
    return select(Ticket.id).where(*where).order_by(*order).limit(200)


def test_queue_query_uses_an_index(ctx: Context, clock):
    clock.set(EARLY)
    create_demo(ctx)
    pending = _tickets(*_where("pending", False), order=ORDER_BY["due"])
    plan = _plan(ctx, pending.params(_values(QueueQuery(), ctx.now())))
    assert "ix_ticket_due" in plan or "ix_ticket_state_due" in plan, plan
    assert "SCAN ticket\n" not in plan + "\n"  # never a bare full scan


@pytest.mark.parametrize(
    ("what", "index"),
    [
        ("shift", "ix_ticket_accepted"),
        ("age", "ix_ticket_accepted"),
        ("visits due", "ix_ticket_visit_due"),
        ("kb due", "ix_ticket_kb"),
        ("closed today", "ix_ticket_closed"),
        ("resolved", "ix_ticket_resolved"),
    ],
)
def test_reads_by_time_use_their_index(ctx: Context, clock, what: str, index: str):
    """The shift and week statistics, the return-visit rate and the queue's views read through
    an index, so a summary or a view costs the same at 1,000 and at 100,000 tickets."""
    clock.set(EARLY)
    create_demo(ctx)
    now = ctx.now()
    queries = {
        "shift": lambda: _tickets(
            col(Ticket.accepted_at) >= now - timedelta(hours=8), col(Ticket.accepted_at) < now
        ),
        "age": lambda: _tickets(order=ORDER_BY["age"]),
        "resolved": lambda: _tickets(col(Ticket.resolved_at) >= now - timedelta(days=30)),
    }
    if what in queries:
        query = queries[what]()
    else:
        view = QueueQuery(view=what, day_start=now - timedelta(hours=2))
        query = _tickets(*_where(view.view, False)).params(_values(view, now))
    plan = _plan(ctx, query)
    assert index in plan, plan


def test_the_text_filter_takes_percent_and_underscore_as_typed(ctx: Context, clock):
    """LIKE reads % and _ as wildcards: '/ _' matched every ticket, '/ a_p' 'App login'."""
    clock.set(EARLY)
    create_demo(ctx)
    made = create_ticket(ctx, "fault", "Refund 100% late_fee").split()[0]
    for typed in ("100%", "late_fee", "%"):
        found = ticket_queue(ctx, QueueQuery(text=typed), limit=10)
        assert [t.ref for t in found.lines] == [made], typed
    for typed in ("a_p", "n_w", "/"):
        assert ticket_queue(ctx, QueueQuery(text=typed), limit=10).total == 0, typed
    underscore = ticket_queue(ctx, QueueQuery(text="_"), limit=100)  # in_progress has one
    assert underscore.lines and all("_" in t.summary + t.state for t in underscore.lines), (
        underscore.lines
    )


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
