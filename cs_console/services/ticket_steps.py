"""The two halves every ticket step shares: the ticket locked as the user saw it, and the step
written as an event with the ticket's version moved on: every step is an event."""

from __future__ import annotations

from sqlmodel import Session

from cs_console.domain.errors import NotFound
from cs_console.i18n import _
from cs_console.services.concurrency import check_seen, locked
from cs_console.services.context import Context
from cs_console.store.models import Ticket, TicketEvent


def locked_ticket(ctx: Context, session: Session, ticket_id: int) -> Ticket:
    """The ticket locked for this intent, refused if it changed since the user saw it."""
    row = locked(session, Ticket, ticket_id)
    if row is None:
        raise NotFound(_("No ticket T-{ticket_id}.").format(ticket_id=ticket_id))
    check_seen(ctx, session, f"T-{ticket_id}", row.version)
    return row


def record_step(ctx: Context, session: Session, ticket: Ticket, kind: str, detail: str) -> None:
    """The changed ticket with its version moved on, and the event that says what happened."""
    assert ticket.id is not None
    ticket.version += 1
    session.add(ticket)
    session.add(
        TicketEvent(
            ticket_id=ticket.id, at=ctx.now(), actor=ctx.audit_actor, kind=kind, detail=detail
        )
    )
