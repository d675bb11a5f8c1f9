"""Moving a dispatched ticket to another holder (TK-05, TK-07, D-09).

A transfer changes who holds the ticket now; the first-contact agent stays (TK-05) and no clock
stops or restarts: a dispatch clock was stopped by the dispatch, a report clock runs on."""

from __future__ import annotations

from cs_console.domain.errors import UserError, usage
from cs_console.domain.tickets import TicketRef, allows
from cs_console.i18n import _
from cs_console.services import audit
from cs_console.services.context import Context
from cs_console.services.targets import resolve
from cs_console.services.ticket_steps import locked_ticket, record_step


def transfer(ctx: Context, ticket_id: int, target_code: str, reason: str) -> str:
    """Every transfer says why (TK-07: a move to the squad-leader desk is explained)."""
    ref = TicketRef(ticket_id)
    if not reason.strip():
        raise usage("transfer T-n TARGET REASON…")
    with ctx.transaction() as session:
        ticket = locked_ticket(ctx, session, ticket_id)
        if ticket.state in ("new", "reopened"):
            raise UserError(
                _("T-{ticket_id} is {state}; dispatch it first.").format(
                    ticket_id=ticket_id, state=ticket.state
                )
            )
        if not allows("transfer", ticket.state):
            raise UserError(
                _("T-{ticket_id} is {state}; only open work is transferred.").format(
                    ticket_id=ticket_id, state=ticket.state
                )
            )
        target = resolve(ctx, session, target_code)
        if target.code == ticket.target:
            raise UserError(
                _("T-{ticket_id} is already with {label}.").format(
                    ticket_id=ticket_id, label=target.label
                )
            )
        before = {"state": ticket.state, "target": ticket.target}
        was = ticket.target or "—"
        ticket.target, ticket.state = target.code, "dispatched"
        record_step(ctx, session, ticket, "transferred", f"{was} → {target.code}: {reason}")
        audit.record(
            session,
            ctx,
            "ticket.transfer",
            str(ref),
            before=before,
            after={"state": ticket.state, "target": target.code, "reason": reason},
        )
    return _("T-{ticket_id} transferred from {was} to {label}").format(
        ticket_id=ticket_id, was=was, label=target.label
    )
