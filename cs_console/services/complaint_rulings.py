"""A complaint ruled invalid (unfounded): it stays on the record with its clocks and history,
and no longer counts among the person's complaints of the month (CP-05…CP-07, C-16)."""

from __future__ import annotations

from cs_console.domain.errors import UserError
from cs_console.services import audit
from cs_console.services.acting import actor_row
from cs_console.services.context import Context
from cs_console.services.month_period import ensure_open, month_of
from cs_console.services.ticket_steps import locked_ticket, record_step
from cs_console.store.models import Staff

RULE = "CP-07"


def rule_invalid(ctx: Context, ticket_id: int, reason: str) -> str:
    """A supervisor's ruling, with its reason; the complaint's month must still be open."""
    if not reason.strip():
        raise UserError("Usage: invalid T-n REASON…")
    with ctx.transaction() as session:
        ruler = actor_row(ctx, session, "Ruling a complaint invalid")
        ticket = locked_ticket(ctx, session, ticket_id)
        if ticket.category != "complaint":
            raise UserError(f"T-{ticket_id} is a {ticket.category}, not a complaint.", rule=RULE)
        if ticket.invalid_at is not None:
            raise UserError(f"T-{ticket_id} was already ruled invalid.", rule=RULE)
        ensure_open(session, month_of(ctx, ticket.accepted_at))
        ticket.invalid_at, ticket.invalid_by = ctx.now(), ruler.staff_no
        ticket.invalid_reason = reason
        record_step(ctx, session, ticket, "invalid", reason)
        after = {"invalid": True, "by": ruler.staff_no, "reason": reason}
        audit.record(
            session, ctx, "complaint.invalid", f"T-{ticket_id}", before={"invalid": False},
            after=after,
        )  # fmt: skip
        agent = session.get(Staff, ticket.first_agent_id) if ticket.first_agent_id else None
    text = f"T-{ticket_id} complaint ruled invalid"
    return f"{text}: not counted for {agent.staff_no} ({RULE})" if agent else f"{text} ({RULE})"
