"""One-line descriptions of a person, a seat, a ticket or an event (``show``); customer data
masked."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from cs_console.domain.attendance import roll_state
from cs_console.domain.errors import NotFound
from cs_console.domain.masking import mask_customer
from cs_console.domain.roll_words import role_word, status_text
from cs_console.domain.search_text import masked
from cs_console.domain.shifts import shift_instance
from cs_console.domain.text import one_line
from cs_console.domain.ticket_words import category_word, state_word
from cs_console.i18n import _
from cs_console.services.context import Context
from cs_console.services.roll_view import roll_lines
from cs_console.services.shift_view import overview
from cs_console.store import repos
from cs_console.store.models import Clock, EscalationEvent, Staff, Ticket, TicketEvent


def describe_staff(ctx: Context, staff_no: str) -> str | None:
    with ctx.reading() as session:
        row = repos.staff_row(session, staff_no)
        if row is None or row.id is None:
            return None
        shifts = repos.rostered_shifts(session, row.id, ctx.today())
        today = _attendance_today(ctx, session, staff_no, shifts)
    person = repos.member(row)
    text = f"{person.staff_no} {person.name} · {role_word(person.role)} {role_word(person.grade)}"
    if person.team:
        text += _(" · team {team}").format(team=person.team)
    if row.joined is not None:  # PF-19 counts its first two months from it
        text += _(" · joined {day}").format(day=row.joined.isoformat())
    if shifts:
        day, code, seat = shifts[0]
        text += _(" · next rostered {day} {code}").format(day=day.isoformat(), code=code) + (
            _(" seat {seat}").format(seat=seat) if seat else ""
        )
    else:
        text += _(" · not rostered from today")
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
            return _(" · today {key}: {label}").format(key=inst.key, label=status_text(state))
    return ""


def describe_seat(ctx: Context, code: str) -> str | None:
    with ctx.reading() as session:
        seat = repos.seat_row(session, code)
    if seat is None:
        return None
    text = _("seat {code} · zone {zone} row {row} col {col}").format(
        code=seat.code, zone=seat.zone, row=seat.row, col=seat.col
    )
    if seat.extension:
        text += _(" · ext {extension}").format(extension=seat.extension)
    view = overview(ctx)
    holder = next((ln.person for ln in view.roster if ln.seat == seat.code), None)
    if view.shift is not None:
        who = f"{holder.staff_no} {holder.name}" if holder else _("free")
        text += f" · {view.shift.key}: {who}"
    return text


def describe_ticket(ctx: Context, ticket_id: int) -> str:
    with ctx.reading() as session:
        line = repos.ticket(session, ticket_id)
    if line is None:
        raise NotFound(_("No ticket T-{ticket_id}.").format(ticket_id=ticket_id))
    tz = ctx.settings.tz
    accepted = line.accepted_at.astimezone(tz).strftime("%Y-%m-%d %H:%M")
    text = _("{ref} {category} · {state} · {summary} · accepted {accepted}").format(
        ref=line.ref,
        category=category_word(line.category),
        state=state_word(line.state),
        summary=line.summary,
        accepted=accepted,
    )
    if line.customer or line.phone:
        text += (
            _(" · customer {customer} {phone}")
            .format(customer=line.customer, phone=line.phone)
            .rstrip()
        )
    if line.first_agent:
        text += _(" · first contact {staff_no}").format(staff_no=line.first_agent)
    if line.target:
        text += _(" · with {target}").format(target=line.target)
    if line.visit_state == "due" and line.visit_due_at is not None:
        due = f"{line.visit_due_at.astimezone(tz):%m-%d %H:%M}"
        past = line.visit_due_at < ctx.now()
        text += (
            _(" · return visit overdue since {due} (RV-01)")
            if past
            else _(" · return visit due {due} (RV-01)")
        ).format(due=due)
    if line.kb_state == "due":
        text += _(" · knowledge-base update open (TK-14)")
    if line.invalid_at is not None:
        text += _(" · ruled invalid {at} by {staff_no}: {reason} (CP-07)").format(
            at=f"{line.invalid_at.astimezone(tz):%m-%d %H:%M}",
            staff_no=line.invalid_by,
            reason=line.invalid_reason,
        )
    return text


def _signed_in(ctx: Context) -> bool:
    return ctx.actor is not None and not ctx.read_only


def _customer(ticket: Ticket, full: bool) -> str:
    name, phone = ticket.customer_name, ticket.customer_phone
    if full:
        return _("Customer: {name} · {phone}").format(name=name or "—", phone=phone or "—")
    return _("Customer: {masked} (masked: nobody is signed in, D-12)").format(
        masked=mask_customer(name, phone) or "—"
    )


def describe_event(ctx: Context, event_id: int) -> str:
    """A reportable event and its report clock (CP-02); a phone number in its summary or in
    what a stopped clock recorded masked (D-12)."""
    with ctx.reading() as session:
        event = session.get(EscalationEvent, event_id)
        if event is None:
            raise NotFound(_("No event E-{event_id}.").format(event_id=event_id))
        clocks = session.exec(
            select(Clock).where(Clock.event_id == event_id).order_by(Clock.started_at, Clock.id)
        ).all()
    tz = ctx.settings.tz
    text = _("E-{id} · {summary} · opened {opened} by {staff_no}").format(
        id=event.id,
        summary=masked(event.summary),  # (an outage's begins with the word, as it was typed)
        opened=f"{event.opened_at.astimezone(tz):%Y-%m-%d %H:%M}",
        staff_no=event.opened_by,
    )
    for clock in clocks:
        if clock.stopped_at is None:
            text += _(" · report clock due {due}, running (CP-02)").format(
                due=f"{clock.deadline_at.astimezone(tz):%H:%M}"
            )
        else:
            text += _(" · reported {at}: {result} (CP-02)").format(
                at=f"{clock.stopped_at.astimezone(tz):%H:%M}",
                result=masked(clock.result).removeprefix("reported to "),
            )
    return one_line(text)


def ticket_detail(ctx: Context, ticket_id: int) -> str:
    """The ticket's own detail view: the one place customer data is shown in full (D-12), to
    someone signed in; a console that only looks shows it masked."""
    with ctx.reading() as session:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            raise NotFound(_("No ticket T-{ticket_id}.").format(ticket_id=ticket_id))
        agent = session.get(Staff, ticket.first_agent_id) if ticket.first_agent_id else None
        events = session.exec(
            select(TicketEvent).where(TicketEvent.ticket_id == ticket_id).order_by(TicketEvent.at)
        ).all()
    tz, full = ctx.settings.tz, _signed_in(ctx)
    shown = (lambda text: text) if full else masked  # a phone typed into the text, too
    lines = [
        _("T-{id} {category} · {state} · priority {priority}").format(
            id=ticket.id,
            category=category_word(ticket.category),
            state=state_word(ticket.state),
            priority=ticket.priority,
        ),
        _("Summary: {summary}").format(summary=shown(ticket.summary)),
        _customer(ticket, full),
        _("First contact: {agent} (TK-05)").format(
            agent=f"{agent.staff_no} {agent.name}" if agent else "—"
        ),
        _("Accepted: {when}").format(when=f"{ticket.accepted_at.astimezone(tz):%Y-%m-%d %H:%M:%S}"),
        _("With: {target}").format(target=ticket.target or "—"),
        _("History:"),
    ]
    lines += [
        f"  {e.at.astimezone(tz):%m-%d %H:%M:%S} {e.actor:<8} {e.kind} {shown(e.detail)}".rstrip()
        for e in events
    ] or ["  " + _("(no events recorded)")]
    return "\n".join(map(one_line, lines))  # a summary or note cannot forge a line
