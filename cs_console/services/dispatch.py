"""Dispatch: a ticket goes to an agent, the leader desk or a back office (TK-01, TK-02); a
complaint's dispatch clock stops there (CP-01)."""

from __future__ import annotations

from cs_console.domain.errors import UserError
from cs_console.domain.tickets import TicketRef, allows
from cs_console.i18n import _
from cs_console.services import audit
from cs_console.services.clocks import hhmm, stop_clock
from cs_console.services.context import Context
from cs_console.services.targets import resolve
from cs_console.services.ticket_steps import locked_ticket, record_step
from cs_console.store.clock_repo import running_clock


def dispatch_ticket(ctx: Context, ticket_id: int, target_code: str) -> str:
    ref = TicketRef(ticket_id)
    with ctx.transaction() as session:
        ticket = locked_ticket(ctx, session, ticket_id)
        if ticket.state == "closed":
            raise UserError(
                _("T-{ticket_id} is closed; it cannot be dispatched.").format(ticket_id=ticket_id)
            )
        if ticket.state in ("dispatched", "in_progress") and ticket.dispatched_at is not None:
            raise UserError(
                _(
                    "T-{ticket_id} is already dispatched to {target} ({hhmm}); use transfer "
                    "T-{ticket_id} TARGET REASON."
                ).format(
                    ticket_id=ticket_id, target=ticket.target, hhmm=hhmm(ctx, ticket.dispatched_at)
                )
            )
        if not allows("dispatch", ticket.state):
            raise UserError(
                _("T-{ticket_id} is {state}; it cannot be dispatched.").format(
                    ticket_id=ticket_id, state=ticket.state
                )
            )
        target = resolve(ctx, session, target_code)
        before = {"state": ticket.state, "target": ticket.target}
        ticket.target, ticket.state, ticket.dispatched_at = target.code, "dispatched", ctx.now()
        record_step(ctx, session, ticket, "dispatched", target.label)
        clock = running_clock(session, "dispatch", ticket_id=ticket_id)
        text = f"{ref} dispatched to {target.label}"
        if clock is not None:
            text = stop_clock(ctx, session, clock, str(ref), f"dispatched to {target.code}")
        audit.record(
            session,
            ctx,
            "ticket.dispatch",
            str(ref),
            before=before,
            after={"state": "dispatched", "target": target.code},
        )
    return text
