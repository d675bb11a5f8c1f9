"""The ticket queue: a window onto an indexed query, never the whole table (TK-10)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from cs_console.domain.queue import QueueQuery
from cs_console.domain.tickets import OPEN_STATES
from cs_console.store.models import Ticket
from cs_console.store.repos import line_query, ticket_line

ORDER_BY = {
    "due": (col(Ticket.due_at).asc(), Ticket.priority, Ticket.id),
    "priority": (Ticket.priority, col(Ticket.due_at).asc(), Ticket.id),
    "age": (Ticket.accepted_at, Ticket.id),
    "newest": (col(Ticket.id).desc(),),
}


def _where(q: QueueQuery, now: datetime):  # noqa: ANN202 - SQL conditions
    conds = []
    open_state = col(Ticket.state).in_(OPEN_STATES)
    if q.view == "pending":
        conds.append(open_state)
    elif q.view == "mine":
        conds.append(Ticket.target == (q.me or ""))
        conds.append(open_state)
    elif q.view == "overdue":
        conds += [open_state, col(Ticket.due_at) < now]
    elif q.view == "back office":
        conds += [
            col(Ticket.target).in_(q.teams),
            col(Ticket.state).in_(("dispatched", "in_progress")),
        ]
    elif q.view == "visits due":
        conds.append(Ticket.visit_state == "due")
    elif q.view == "kb due":
        conds.append(Ticket.kb_state == "due")
    elif q.view == "closed today" and q.day_start is not None:
        conds.append(col(Ticket.closed_at) >= q.day_start)
    if q.text:
        like = f"%{q.text}%"
        ref = q.text.upper().removeprefix("T-")
        conds.append(
            or_(
                col(Ticket.summary).ilike(like),
                col(Ticket.category).ilike(like),
                col(Ticket.target).ilike(like),
                col(Ticket.state).ilike(like),
                Ticket.id == (int(ref) if ref.isdigit() else -1),
            )
        )
    return conds


def queue(session: Session, q: QueueQuery, now: datetime, limit: int, offset: int = 0):  # noqa: ANN201
    query = (
        line_query().where(*_where(q, now)).order_by(*ORDER_BY[q.sort]).limit(limit).offset(offset)
    )
    if q.view == "visits due":
        query = query.order_by(None).order_by(Ticket.visit_due_at, Ticket.id)
    return [ticket_line(row, row.staff_no) for row in session.exec(query).all()]


def count(session: Session, q: QueueQuery, now: datetime) -> int:
    query = select(func.count()).select_from(Ticket).where(*_where(q, now))
    return session.exec(query).one()
