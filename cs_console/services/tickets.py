"""The ticket life cycle (TK-05, TK-10, TK-14, RV-01, D-08, D-09): every step is an event."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session, select

from cs_console.domain.errors import UserError
from cs_console.domain.masking import mask_phone
from cs_console.domain.tickets import TicketRef, allows
from cs_console.i18n import _
from cs_console.services import audit
from cs_console.services.clocks import open_complaint
from cs_console.services.context import Context
from cs_console.services.shift_lookup import person
from cs_console.services.ticket_steps import locked_ticket, record_step
from cs_console.store.models import Ticket, VisitAttempt

CATEGORIES = ("consultation", "inquiry", "complaint", "fault", "suggestion", "technical",
              "website")  # fmt: skip
VISIT_OUTCOMES = ("reached", "failed", "wrong-number")


def due_after(ctx: Context, category: str) -> timedelta:
    """Complaints are due at their 60-minute dispatch deadline (CP-01), others later (TK-10)."""
    rules = ctx.settings.rules
    if category == "complaint":
        return timedelta(minutes=rules.complaint_dispatch_minutes)
    return timedelta(hours=rules.ticket_due_hours)


def _step(ctx: Context, session: Session, ticket: Ticket, kind: str, detail: str,
          before: dict) -> None:  # fmt: skip
    record_step(ctx, session, ticket, kind, detail)
    audit.record(
        session,
        ctx,
        f"ticket.{kind}",
        str(TicketRef(ticket.id)),
        before=before,
        after={"state": ticket.state, "detail": detail},
    )


def create_ticket(
    ctx: Context,
    category: str,
    summary: str,
    phone: str = "",
    name: str = "",
    agent: str | None = None,
    at: datetime | None = None,
    reason: str = "",
) -> str:
    """A new ticket; a complaint starts its dispatch clock (CP-01)."""
    category = category.lower()
    if category not in CATEGORIES:
        raise UserError(
            _("Category '{category}' is not one of {CATEGORIES}.").format(
                category=category, CATEGORIES=", ".join(CATEGORIES)
            ),
            rule="D-09",
        )
    if category == "complaint":
        return open_complaint(ctx, summary, phone, name, agent, at, reason)
    accepted = (at or ctx.now()).replace(microsecond=0)
    if accepted > ctx.now():
        raise UserError(_("The acceptance time is in the future."))
    with ctx.transaction() as session:
        agent_row = person(session, agent) if agent else None
        ticket = Ticket(
            category=category,
            summary=summary,
            customer_phone=phone,
            customer_name=name,
            first_agent_id=agent_row.id if agent_row else None,
            accepted_at=accepted,
            due_at=accepted + timedelta(hours=ctx.settings.rules.ticket_due_hours),
        )
        session.add(ticket)
        session.flush()
        _step(
            ctx,
            session,
            ticket,
            "created",
            f"{category}: {summary} {mask_phone(phone)}".strip(),
            {},
        )
    return _("T-{id} {category} · due {due_at:%m-%d %H:%M}").format(
        id=ticket.id, category=category, due_at=ticket.due_at.astimezone(ctx.settings.tz)
    )


def accept(ctx: Context, ticket_id: int) -> str:
    with ctx.transaction() as session:
        ticket = locked_ticket(ctx, session, ticket_id)
        if not allows("accept", ticket.state):
            raise UserError(
                _("T-{ticket_id} is {state}; only a dispatched ticket is accepted.").format(
                    ticket_id=ticket_id, state=ticket.state
                )
            )
        before = {"state": ticket.state}
        ticket.state = "in_progress"
        _step(ctx, session, ticket, "accepted", f"by {ctx.audit_actor}", before)
    return _("T-{ticket_id} in progress").format(ticket_id=ticket_id)


def resolve(ctx: Context, ticket_id: int, note: str) -> str:
    """Resolved: the return visit is due in 72 h (RV-01); a back-office ticket opens the
    script and knowledge-base follow-up for the business-support specialist (TK-01, TK-14)."""
    ref = TicketRef(ticket_id)
    now = ctx.now()
    with ctx.transaction() as session:
        ticket = locked_ticket(ctx, session, ticket_id)
        if not allows("resolve", ticket.state):
            raise UserError(
                _(
                    "T-{ticket_id} is {state}; only a new, dispatched or in-progress ticket is "
                    "resolved."
                ).format(ticket_id=ticket_id, state=ticket.state)
            )
        first_contact = ticket.state == "new"  # TK-05: solved by the agent who took it
        if first_contact:
            note = " · ".join(filter(None, ("first contact (TK-05)", note)))
        before = {"state": ticket.state}
        ticket.state, ticket.resolved_at = "resolved", now
        ticket.visit_due_at = now + timedelta(hours=ctx.settings.rules.return_visit_hours)
        ticket.visit_state = "due"
        due = ticket.visit_due_at.astimezone(ctx.settings.tz)
        how = " at first contact" if first_contact else ""
        text = f"{ref} resolved{how} · return visit due {due:%m-%d %H:%M} (RV-01)"
        if ticket.target in ctx.settings.team_codes():
            ticket.kb_state = "due"
            text += " · script and knowledge-base update opened for the support specialist (TK-14)"
        _step(ctx, session, ticket, "resolved", note, before)
    return text


def reopen(ctx: Context, ticket_id: int, reason: str) -> str:
    with ctx.transaction() as session:
        ticket = locked_ticket(ctx, session, ticket_id)
        if not allows("reopen", ticket.state):
            raise UserError(
                _("T-{ticket_id} is {state}; only resolved or closed tickets are reopened.").format(
                    ticket_id=ticket_id, state=ticket.state
                )
            )
        before = {"state": ticket.state}
        ticket.state, ticket.resolved_at, ticket.closed_at = "reopened", None, None
        ticket.visit_due_at, ticket.visit_state = None, ""
        _step(ctx, session, ticket, "reopened", reason, before)
    return _("T-{ticket_id} reopened; dispatch it again").format(ticket_id=ticket_id)


def _attempts(session: Session, ticket_id: int) -> list[VisitAttempt]:
    return list(session.exec(select(VisitAttempt).where(VisitAttempt.ticket_id == ticket_id)).all())


def visit(ctx: Context, ticket_id: int, outcome: str, note: str) -> str:
    """A return-visit attempt (D-08): reached closes the visit; 3 failed or a wrong number
    allow closing as unreachable."""
    ref = TicketRef(ticket_id)
    if outcome not in VISIT_OUTCOMES:
        raise UserError(
            _("A visit is {VISIT_OUTCOMES}, not '{outcome}'.").format(
                VISIT_OUTCOMES=", ".join(VISIT_OUTCOMES), outcome=outcome
            )
        )
    limit = ctx.settings.rules.failed_contacts_to_close
    with ctx.transaction() as session:
        ticket = locked_ticket(ctx, session, ticket_id)
        if ticket.visit_state != "due":
            raise UserError(_("T-{ticket_id} has no return visit due.").format(ticket_id=ticket_id))
        failed = sum(a.outcome == "failed" for a in _attempts(session, ticket_id)) + (
            outcome == "failed"
        )
        session.add(
            VisitAttempt(
                ticket_id=ticket_id, at=ctx.now(), outcome=outcome, note=note, actor=ctx.audit_actor
            )
        )
        before = {"visit": ticket.visit_state}
        if outcome == "reached":
            ticket.visit_state = "done"
            text = f"{ref} return visit done; the ticket can be closed"
        elif outcome == "wrong-number" or failed >= limit:
            ticket.visit_state = "unreachable"
            why = "wrong number" if outcome == "wrong-number" else f"{failed} failed attempts"
            text = f"{ref} may be closed as unreachable ({why}, D-08)"
        else:
            text = f"{ref} visit failed ({failed} of {limit} before it may close)"
        _step(ctx, session, ticket, "visit", f"{outcome} {note}".strip(), before)
    return text


def close(ctx: Context, ticket_id: int) -> str:
    with ctx.transaction() as session:
        ticket = locked_ticket(ctx, session, ticket_id)
        if not allows("close", ticket.state):
            raise UserError(
                _("T-{ticket_id} is {state}; only a resolved ticket is closed.").format(
                    ticket_id=ticket_id, state=ticket.state
                )
            )
        if ticket.visit_state == "due":
            raise UserError(
                _("T-{ticket_id} still has its return visit open.").format(ticket_id=ticket_id),
                rule="RV-01",
            )
        before = {"state": ticket.state}
        ticket.state, ticket.closed_at = "closed", ctx.now()
        _step(ctx, session, ticket, "closed", ticket.visit_state, before)
    return _("T-{ticket_id} closed").format(ticket_id=ticket_id)


def kb_update(ctx: Context, ticket_id: int, note: str) -> str:
    """TK-14: the script and knowledge base were updated; the follow-up closes."""
    with ctx.transaction() as session:
        ticket = locked_ticket(ctx, session, ticket_id)
        if ticket.kb_state != "due":
            raise UserError(
                _("T-{ticket_id} has no knowledge-base follow-up open.").format(ticket_id=ticket_id)
            )
        before = {"kb": ticket.kb_state}
        ticket.kb_state = "done"
        _step(ctx, session, ticket, "kb", note, before)
    return _("T-{ticket_id} knowledge-base follow-up done (TK-14)").format(ticket_id=ticket_id)
