"""One-line descriptions of a person, a seat or a ticket (``show``); customer data masked."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from cs_console.domain.attendance import roll_state
from cs_console.domain.errors import NotFound
from cs_console.domain.shifts import shift_instance
from cs_console.domain.text import one_line
from cs_console.i18n import _
from cs_console.services.context import Context
from cs_console.services.roll_view import roll_lines
from cs_console.services.shift_view import overview
from cs_console.store import repos
from cs_console.store.models import Staff, Ticket, TicketEvent


def describe_staff(ctx: Context, staff_no: str) -> str | None:
    with ctx.reading() as session:
        row = repos.staff_row(session, staff_no)
        if row is None or row.id is None:
            return None
        shifts = repos.rostered_shifts(session, row.id, ctx.today())
        today = _attendance_today(ctx, session, staff_no, shifts)
    person = repos.member(row)
    text = f"{person.staff_no} {person.name} · {person.role} {person.grade}"
    if person.team:
        text += f" · team {person.team}"
    if shifts:
        day, code, seat = shifts[0]
        text += f" · next rostered {day.isoformat()} {code}" + (f" seat {seat}" if seat else "")
    else:
        text += " · not rostered from today"
    return text + today + (_(" · PIN set") if person.has_pin else "")


def _attendance_today(ctx: Context, session: Session, staff_no: str,
                      shifts: list[tuple[date, str, str]]) -> str:  # fmt: skip
    """' · today 2026-11-22/D: present, on time' from the roll call (RC-06, D-03)."""
    today = ctx.today()
    for day, code, _seat in shifts:
        if day != today:
            break
        inst = shift_instance(ctx.settings.shift(code), day, ctx.settings.tz)
        line = next((ln for ln in roll_lines(session, inst) if ln.staff_no == staff_no), None)
        if line is not None:
            state = roll_state(line.day, ctx.now(), inst.start, inst.end)
            return _(" · today {key}: {label}").format(key=inst.key, label=state.label)
    return ""


def describe_seat(ctx: Context, code: str) -> str | None:
    with ctx.reading() as session:
        seat = repos.seat_row(session, code)
    if seat is None:
        return None
    text = f"seat {seat.code} · zone {seat.zone} row {seat.row} col {seat.col}"
    if seat.extension:
        text += f" · ext {seat.extension}"
    view = overview(ctx)
    holder = next((ln.person for ln in view.roster if ln.seat == seat.code), None)
    if view.shift is not None:
        who = f"{holder.staff_no} {holder.name}" if holder else "free"
        text += f" · {view.shift.key}: {who}"
    return text


def describe_ticket(ctx: Context, ticket_id: int) -> str:
    with ctx.reading() as session:
        line = repos.ticket(session, ticket_id)
    if line is None:
        raise NotFound(_("No ticket T-{ticket_id}.").format(ticket_id=ticket_id))
    tz = ctx.settings.tz
    accepted = line.accepted_at.astimezone(tz).strftime("%Y-%m-%d %H:%M")
    text = f"{line.ref} {line.category} · {line.state} · {line.summary} · accepted {accepted}"
    if line.customer or line.phone:
        text += f" · customer {line.customer} {line.phone}".rstrip()
    if line.first_agent:
        text += f" · first contact {line.first_agent}"
    if line.target:
        text += f" · with {line.target}"
    if line.visit_state == "due" and line.visit_due_at is not None:
        due = f"{line.visit_due_at.astimezone(tz):%m-%d %H:%M}"
        past = line.visit_due_at < ctx.now()
        text += f" · return visit {'overdue since' if past else 'due'} {due} (RV-01)"
    if line.kb_state == "due":
        text += " · knowledge-base update open (TK-14)"
    return text


def ticket_detail(ctx: Context, ticket_id: int) -> str:
    """The ticket's own detail view: the one place customer data is shown in full (D-12)."""
    with ctx.reading() as session:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            raise NotFound(_("No ticket T-{ticket_id}.").format(ticket_id=ticket_id))
        agent = session.get(Staff, ticket.first_agent_id) if ticket.first_agent_id else None
        events = session.exec(
            select(TicketEvent).where(TicketEvent.ticket_id == ticket_id).order_by(TicketEvent.at)
        ).all()
    tz = ctx.settings.tz
    lines = [
        f"T-{ticket.id} {ticket.category} · {ticket.state} · priority {ticket.priority}",
        f"Summary: {ticket.summary}",
        f"Customer: {ticket.customer_name or '—'} · {ticket.customer_phone or '—'}",
        f"First contact: {agent.staff_no + ' ' + agent.name if agent else '—'} (TK-05)",
        f"Accepted: {ticket.accepted_at.astimezone(tz):%Y-%m-%d %H:%M:%S}",
        f"With: {ticket.target or '—'}",
        "History:",
    ]
    lines += [
        f"  {e.at.astimezone(tz):%m-%d %H:%M:%S} {e.actor:<8} {e.kind} {e.detail}".rstrip()
        for e in events
    ] or ["  (no events recorded)"]
    return "\n".join(map(one_line, lines))  # a summary or note cannot forge a line
