"""The ticket queue: a window onto an indexed query, never the whole table (TK-10)."""

from __future__ import annotations

from datetime import datetime
from functools import cache

from sqlalchemy import bindparam, func, or_
from sqlmodel import Session, col, select

from cs_console.domain.queue import QueueQuery
from cs_console.domain.tickets import OPEN_STATES
from cs_console.store.models import Ticket
from cs_console.store.repos import line_query, ticket_line

MAX_ID = 2**63 - 1  # the largest id either database holds: a longer number is no ticket
ESCAPE = "/"  # LIKE's escape character (the same on SQLite and PostgreSQL)
ORDER_BY = {
    "due": (col(Ticket.due_at).asc(), Ticket.priority, Ticket.id),
    "priority": (Ticket.priority, col(Ticket.due_at).asc(), Ticket.id),
    "age": (Ticket.accepted_at, Ticket.id),
    "newest": (col(Ticket.id).desc(),),
}


def _where(view: str, text: bool):  # noqa: ANN202 - SQL conditions
    """The conditions of one view, with or without the text filter; their values are bound
    by name (``_values``)."""
    conds = []
    open_state = col(Ticket.state).in_(OPEN_STATES)
    if view == "pending":
        conds.append(open_state)
    elif view == "mine":
        conds.append(Ticket.target == bindparam("me"))
        conds.append(open_state)
    elif view == "overdue":
        conds += [open_state, col(Ticket.due_at) < bindparam("now")]
    elif view == "back office":
        conds += [
            col(Ticket.target).in_(bindparam("teams", expanding=True)),
            col(Ticket.state).in_(("dispatched", "in_progress")),
        ]
    elif view == "visits due":
        conds.append(Ticket.visit_state == "due")
    elif view == "kb due":
        conds.append(Ticket.kb_state == "due")
    elif view == "closed today":
        conds.append(col(Ticket.closed_at) >= bindparam("day_start"))
    if text:
        like = bindparam("like")
        conds.append(
            or_(
                col(Ticket.summary).ilike(like, escape=ESCAPE),
                col(Ticket.category).ilike(like, escape=ESCAPE),
                col(Ticket.target).ilike(like, escape=ESCAPE),
                col(Ticket.state).ilike(like, escape=ESCAPE),
                Ticket.id == bindparam("ref_id"),
            )
        )
    return conds


def as_typed(text: str) -> str:
    """``text`` for LIKE as typed: its ``%`` and ``_`` are not wildcards."""
    return "".join(ESCAPE + ch if ch in (ESCAPE, "%", "_") else ch for ch in text)


def _values(q: QueueQuery, now: datetime) -> dict[str, object]:
    """The values ``_where`` binds for ``q`` (those its conditions do not name are unused)."""
    ref = q.text.upper().removeprefix("T-")
    return {
        "me": q.me or "",
        "now": now,
        "teams": list(q.teams),
        "day_start": q.day_start or now,
        "like": f"%{as_typed(q.text)}%",
        "ref_id": int(ref) if ref.isascii() and ref.isdigit() and int(ref) <= MAX_ID else -1,
    }


@cache
def _statements(view: str, sort: str, text: bool):  # noqa: ANN202 - (count, page) selects
    """The count and the page of one kind of queue query, built once: each read binds its
    values. Building them took as long as running them, on every filter letter (P3)."""
    conds = _where(view, text)
    page = line_query().where(*conds).order_by(*ORDER_BY[sort])
    if view == "visits due":
        page = page.order_by(None).order_by(Ticket.visit_due_at, Ticket.id)
    page = page.limit(bindparam("limit")).offset(bindparam("offset"))
    return select(func.count()).select_from(Ticket).where(*conds), page


def queue(session: Session, q: QueueQuery, now: datetime, limit: int, offset: int = 0):  # noqa: ANN201
    _count, page = _statements(q.view, q.sort, bool(q.text))
    rows = session.connection().execute(page, {**_values(q, now), "limit": limit, "offset": offset})
    return [ticket_line(row, row.staff_no) for row in rows]


def count(session: Session, q: QueueQuery, now: datetime) -> int:
    query, _page = _statements(q.view, q.sort, bool(q.text))
    return session.connection().execute(query, _values(q, now)).scalar_one()
