"""What the screens and ``status`` show of a shift: roster, seats, tickets, clocks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from cs_console.domain.escalation import ClockLine, clock_band, format_left
from cs_console.domain.records import RosterLine, SeatInfo, StaffMember, TicketLine
from cs_console.domain.shifts import ShiftInstance, next_shift, previous_shift
from cs_console.domain.staff import Role
from cs_console.services.context import Context
from cs_console.store import repos


@dataclass(frozen=True)
class ShiftOverview:
    shift: ShiftInstance | None
    leader: StaffMember | None
    roster: tuple[RosterLine, ...]


def shift_at(ctx: Context, step: int = 0) -> ShiftInstance | None:
    """The current shift, or the one ``step`` shifts before (−) or after (+) it."""
    inst = ctx.current_shift()
    if inst is None:
        return None
    shifts, tz = ctx.settings.shift_list, ctx.settings.tz
    for _ in range(abs(step)):
        inst = next_shift(shifts, inst, tz) if step > 0 else previous_shift(shifts, inst, tz)
    return inst


def roll_call_shift(ctx: Context, step: int = 0) -> ShiftInstance | None:
    """The shift whose roll call is due: the next one from ``roll_call_opens_minutes`` before
    it starts (RC-02), else the current one; ``step`` walks from there."""
    following = shift_at(ctx, 1)
    opens = timedelta(minutes=ctx.settings.rules.roll_call_opens_minutes)
    due = 1 if following is not None and ctx.now() >= following.start - opens else 0
    return shift_at(ctx, due + step)


def overview(ctx: Context, inst: ShiftInstance | None = None) -> ShiftOverview:
    inst = inst or ctx.current_shift()
    if inst is None:
        return ShiftOverview(None, None, ())
    with ctx.reading() as session:
        lines = tuple(repos.roster(session, inst.day, inst.shift.code))
    leader = next((ln.person for ln in lines if ln.person.role == Role.SQUAD_LEADER), None)
    return ShiftOverview(inst, leader, lines)


def seats(ctx: Context) -> list[SeatInfo]:
    inst = ctx.current_shift()
    with ctx.reading() as session:
        if inst is None:
            return repos.seats_with_occupants(session, ctx.today(), "")
        return repos.seats_with_occupants(session, inst.day, inst.shift.code)


def open_tickets(ctx: Context, limit: int = 200, offset: int = 0) -> list[TicketLine]:
    with ctx.reading() as session:
        return repos.open_tickets(session, limit, offset)


def complaint_clocks(ctx: Context) -> list[ClockLine]:
    """Running 60-minute dispatch clocks (CP-01, D-07), least time left first."""
    rules = ctx.settings.rules
    bands = tuple((b.up_to_minutes, b.points) for b in rules.overrun_bands)
    now = ctx.now()
    with ctx.reading() as session:
        running = repos.running_complaints(session)
    out = []
    for t in running:
        deadline = t.accepted_at + timedelta(minutes=rules.complaint_dispatch_minutes)
        band = clock_band(
            t.accepted_at, now, rules.complaint_dispatch_minutes, rules.warn_at_minutes, bands
        )
        out.append(
            ClockLine(
                t.ref,
                t.summary,
                t.customer,
                t.first_agent,
                t.accepted_at,
                deadline,
                format_left(deadline, now),
                band,
            )
        )
    return sorted(out, key=lambda c: c.deadline)


def status_line(ctx: Context) -> str:
    """``status``: one line about the current shift."""
    view = overview(ctx)
    with ctx.reading() as session:
        open_count = repos.count_open_tickets(session)
    clocks = complaint_clocks(ctx)
    overrun = sum(1 for c in clocks if c.band.name.startswith("overrun"))
    if view.shift is None:
        shift = "no shift at this hour"
    else:
        shift = f"{view.shift.day.isoformat()} {view.shift.shift.label()}"
    leader = f"{view.leader.staff_no} {view.leader.name}" if view.leader else "none rostered"
    return (
        f"{shift} · leader {leader} · rostered {len(view.roster)} · open tickets {open_count}"
        f" · complaint clocks {len(clocks)} running, {overrun} overrun"
    )
