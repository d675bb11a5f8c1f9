"""The pending-ticket queue as the screen shows it: a window and the total behind it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, time

from cs_console.domain.queue import QueueQuery
from cs_console.domain.records import TicketLine
from cs_console.services.context import Context
from cs_console.store import ticket_repo


@dataclass(frozen=True)
class QueueWindow:
    query: QueueQuery
    offset: int
    total: int
    lines: tuple[TicketLine, ...]


def ticket_queue(ctx: Context, query: QueueQuery, limit: int, offset: int = 0) -> QueueWindow:
    now = ctx.now()
    midnight = datetime.combine(ctx.today(), time(0), ctx.settings.tz)
    query = replace(query, me=ctx.actor, teams=ctx.settings.team_codes(), day_start=midnight)
    with ctx.reading() as session:
        total = ticket_repo.count(session, query, now)
        offset = max(0, min(offset, max(total - 1, 0)))
        lines = tuple(ticket_repo.queue(session, query, now, limit, offset))
    return QueueWindow(query, offset, total, lines)
