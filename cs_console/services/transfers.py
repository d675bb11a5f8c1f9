"""Moving a dispatched ticket to another holder (TK-05, TK-07, D-09).

A transfer changes who holds the ticket now; the first-contact agent stays (TK-05) and no clock
stops or restarts: a dispatch clock was stopped by the dispatch, a report clock runs on."""

from __future__ import annotations

from cs_console.domain.errors import NotFound, UserError
from cs_console.services import audit
from cs_console.services.concurrency import check_seen, locked
from cs_console.services.context import Context
from cs_console.services.targets import resolve
from cs_console.store.models import Ticket, TicketEvent

MOVABLE = ("dispatched", "in_progress")


def transfer(ctx: Context, ticket_id: int, target_code: str, reason: str) -> str:
    """Every transfer says why (TK-07: a move to the squad-leader desk is explained)."""
    if not reason.strip():
        raise UserError("Usage: transfer T-n TARGET REASON…")
    with ctx.transaction() as session:
        ticket = locked(session, Ticket, ticket_id)
        if ticket is None:
            raise NotFound(f"No ticket T-{ticket_id}.")
        check_seen(ctx, session, f"T-{ticket_id}", ticket.version)
        if ticket.state in ("new", "reopened"):
            raise UserError(f"T-{ticket_id} is {ticket.state}; dispatch it first.")
        if ticket.state not in MOVABLE:
            raise UserError(f"T-{ticket_id} is {ticket.state}; only open work is transferred.")
        target = resolve(ctx, session, target_code)
        if target.code == ticket.target:
            raise UserError(f"T-{ticket_id} is already with {target.label}.")
        before = {"state": ticket.state, "target": ticket.target}
        was = ticket.target or "—"
        ticket.target, ticket.state = target.code, "dispatched"
        ticket.version += 1
        session.add(ticket)
        session.add(
            TicketEvent(
                ticket_id=ticket_id,
                at=ctx.now(),
                actor=ctx.audit_actor,
                kind="transferred",
                detail=f"{was} → {target.code}: {reason}",
            )
        )
        audit.record(
            session,
            ctx,
            "ticket.transfer",
            f"T-{ticket_id}",
            before=before,
            after={"state": ticket.state, "target": target.code, "reason": reason},
        )
    return f"T-{ticket_id} transferred from {was} to {target.label}"
