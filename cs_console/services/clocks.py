"""Complaint dispatch clocks (CP-01) and event report clocks (CP-02), with CP-03 points."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from cs_console.domain.errors import UserError
from cs_console.domain.escalation import overrun_minutes
from cs_console.domain.masking import mask_phone
from cs_console.domain.shifts import ShiftInstance
from cs_console.domain.staff import Role
from cs_console.domain.tickets import TicketRef
from cs_console.i18n import _
from cs_console.services import audit, points
from cs_console.services.context import Context
from cs_console.services.shift_lookup import person
from cs_console.store import repos
from cs_console.store.clock_repo import running_clock
from cs_console.store.models import Clock, EscalationEvent, Staff, Ticket, TicketEvent

BACKDATE_TOLERANCE = timedelta(minutes=1)


def hhmm(ctx: Context, at: datetime) -> str:
    return at.astimezone(ctx.settings.tz).strftime("%H:%M")


def _started(ctx: Context, at: datetime | None, reason: str) -> tuple[datetime, str]:
    """D-07: the clock starts when the complaint was taken; back-dating needs a reason."""
    now = ctx.now().replace(microsecond=0)  # clocks count whole seconds
    start = at or now
    if start > now:
        raise UserError(_("The acceptance time is in the future; a clock cannot start later."))
    if now - start > BACKDATE_TOLERANCE and not reason:
        raise UserError(
            _("Back-dating to {hhmm} needs a reason (… reason TEXT).").format(
                hhmm=hhmm(ctx, start)
            ),
            rule="D-07",
        )
    return start, reason


def _new_clock(ctx: Context, kind: str, start: datetime, note: str, **owner: int) -> Clock:
    rules = ctx.settings.rules
    minutes = (
        rules.complaint_dispatch_minutes
        if kind == "dispatch"
        else (rules.escalation_report_minutes)
    )
    return Clock(
        kind=kind,
        started_at=start,
        deadline_at=start + timedelta(minutes=minutes),
        start_note=note,
        **owner,
    )


def open_complaint(
    ctx: Context,
    summary: str,
    phone: str = "",
    name: str = "",
    agent: str | None = None,
    at: datetime | None = None,
    reason: str = "",
    reportable: bool = False,
) -> str:
    """A complaint ticket with its dispatch clock (and a report clock when ``reportable``)."""
    start, note = _started(ctx, at, reason)
    with ctx.transaction() as session:
        agent_row = person(session, agent) if agent else None
        ticket = Ticket(
            category="complaint",
            summary=summary,
            customer_phone=phone,
            customer_name=name,
            first_agent_id=agent_row.id if agent_row else None,
            state="new",
            priority=1,
            accepted_at=start,
            due_at=start + timedelta(minutes=ctx.settings.rules.complaint_dispatch_minutes),
        )
        session.add(ticket)
        session.flush()
        assert ticket.id is not None
        clocks = [_new_clock(ctx, "dispatch", start, note, ticket_id=ticket.id)]
        if reportable:
            clocks.append(_new_clock(ctx, "report", start, note, ticket_id=ticket.id))
        session.add_all(clocks)
        session.add(
            TicketEvent(
                ticket_id=ticket.id,
                at=ctx.now(),
                actor=ctx.audit_actor,
                kind="created",
                detail=f"accepted {hhmm(ctx, start)} {note}",
            )
        )
        audit.record(
            session,
            ctx,
            "complaint.open",
            str(TicketRef(ticket.id)),
            after={
                "summary": summary,
                "phone": mask_phone(phone),
                "accepted": start,
                "reason": note,
                "reportable": reportable,
            },
        )
    by = hhmm(ctx, clocks[0].deadline_at)
    text = f"{TicketRef(ticket.id)} complaint · dispatch by {by} (CP-01)"
    if reportable:
        text += f" · report to the duty manager by {hhmm(ctx, clocks[1].deadline_at)} (CP-02)"
    return text


def open_event(ctx: Context, summary: str, at: datetime | None, reason: str, outage: bool) -> str:
    start, note = _started(ctx, at, reason)
    with ctx.transaction() as session:
        event, clock = add_event(ctx, session, summary, start, note, outage)
    kind = _("outage") if outage else _("event")
    by = hhmm(ctx, clock.deadline_at)
    return _("E-{id} {kind} · report to the duty manager by {by} (CP-02)").format(
        id=event.id, kind=kind, by=by
    )


def add_event(
    ctx: Context, session: Session, summary: str, start: datetime, note: str, outage: bool
) -> tuple[EscalationEvent, Clock]:
    """An event and its report clock inside the caller's transaction."""
    event = EscalationEvent(
        summary=summary, outage=outage, opened_at=start, opened_by=ctx.audit_actor
    )
    session.add(event)
    session.flush()
    assert event.id is not None
    clock = _new_clock(ctx, "report", start, note, event_id=event.id)
    session.add(clock)
    audit.record(
        session,
        ctx,
        "event.open",
        f"E-{event.id}",
        after={"summary": summary, "outage": outage, "opened": start},
    )
    return event, clock


def start_dispatch_clock(ctx: Context, session: Session, ticket: Ticket) -> Clock:
    assert ticket.id is not None
    clock = _new_clock(ctx, "dispatch", ticket.accepted_at, "", ticket_id=ticket.id)
    session.add(clock)
    session.flush()
    return clock


def stop_clock(
    ctx: Context,
    session: Session,
    clock: Clock,
    ref: str,
    result: str,
    at: datetime | None = None,
) -> str:
    """Stop a clock; an overrun proposes CP-03 points to the squad leader of the breach shift."""
    now = (at or ctx.now()).replace(microsecond=0)
    band = ctx.settings.rules.clocks.stopped_band(clock.started_at, clock.deadline_at, now)
    over = overrun_minutes(clock.deadline_at, now)
    clock.stopped_at, clock.stopped_by, clock.result = now, ctx.audit_actor, result
    clock.overrun_minutes, clock.points = over, band.points
    clock.version += 1
    text = f"{ref} {result} at {hhmm(ctx, now)}"
    if over == 0:
        clock.result = f"{result} · on time"
        session.add(clock)
        return text + _(" · on time")
    clock.result = f"{result} · overrun {over} min ({band.name})"
    breach = ctx.current_shift(clock.deadline_at)
    clock.breach_shift = breach.key if breach else ""
    session.add(clock)
    text += _(" · overrun {minutes} min ({band}) → {points} pts").format(
        minutes=over, band=band.name, points=band.points
    )
    row = _duty_holder(session, clock, breach)
    if row is None:
        return text + _(" (no squad leader rostered on the breach shift)")
    assert row.id is not None
    points.propose(
        session,
        ctx,
        row.id,
        row.staff_no,
        "CP-03",
        -band.points,
        f"{ref} {clock.kind} overrun {over} min",
        f"clock:{clock.id}",
        breach,
    )
    return text + _(" proposed for {staff_no} (CP-03)").format(staff_no=row.staff_no)


def _duty_holder(session: Session, clock: Clock, breach: ShiftInstance | None) -> Staff | None:
    """D-07 as amended: a dispatch clock's points go to the agent who accepted the complaint
    (TK-05); a report clock's, or a complaint taken without an agent, to the squad leader on
    duty when the deadline passed."""
    if clock.kind == "dispatch" and clock.ticket_id is not None:
        ticket = session.get(Ticket, clock.ticket_id)
        if ticket is not None and ticket.first_agent_id is not None:
            return session.get(Staff, ticket.first_agent_id)
    if breach is None:
        return None
    leader = next(
        (
            ln.person
            for ln in repos.roster(session, breach.day, breach.shift.code)
            if ln.person.role == Role.SQUAD_LEADER
        ),
        None,
    )
    return repos.staff_row(session, leader.staff_no) if leader else None


def report(ctx: Context, ref: str, to: str, via: str) -> str:
    """CP-02: the event (or complaint) was reported to the duty manager or supervisor."""
    kind, _sep, number = ref.upper().partition("-")
    if kind not in ("E", "T") or not number.isdigit():
        raise UserError(_("'{ref}' is not an E-n or T-n reference.").format(ref=ref))
    with ctx.transaction() as session:
        owner = {"event_id": int(number)} if kind == "E" else {"ticket_id": int(number)}
        clock = running_clock(session, "report", **owner)
        if clock is None:
            raise UserError(_("{ref} has no report clock running.").format(ref=ref.upper()))
        text = stop_clock(ctx, session, clock, ref.upper(), f"reported to {to} via {via}")
        if kind == "T":
            session.add(
                TicketEvent(
                    ticket_id=int(number),
                    at=ctx.now(),
                    actor=ctx.audit_actor,
                    kind="reported",
                    detail=f"to {to} via {via}",
                )
            )
        audit.record(session, ctx, "clock.report", ref.upper(), after={"to": to, "via": via})
    return text
