"""What the screens and ``status`` show of a shift: roster, seats, tickets, clocks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from cs_console.domain.escalation import ClockLine
from cs_console.domain.records import RosterLine, SeatInfo, StaffMember, TicketLine
from cs_console.domain.shifts import (
    ShiftInstance,
    last_ended,
    next_shift,
    previous_shift,
    shift_due,
)
from cs_console.domain.staff import Role
from cs_console.i18n import _, date_text
from cs_console.services.context import Context
from cs_console.services.reminders import nearest_and_count
from cs_console.store import clock_repo, handover_repo, repos, seat_repo, status_repo


@dataclass(frozen=True)
class ShiftOverview:
    shift: ShiftInstance | None
    leader: StaffMember | None
    roster: tuple[RosterLine, ...]


def due_shift(
    ctx: Context, at: datetime | None = None, session: Session | None = None
) -> ShiftInstance | None:
    """The shift due at ``at`` (RC-02, D-10): the next one from ``roll_call_opens_minutes``
    before it starts, else the running one, else the last ended one until its log carries the
    outgoing signature (read only in that case)."""
    settings = ctx.settings

    def signed(inst: ShiftInstance) -> bool:
        if session is not None:
            return handover_repo.outgoing_signed(session, inst.day, inst.shift.code)
        with ctx.reading() as reader:
            return handover_repo.outgoing_signed(reader, inst.day, inst.shift.code)

    return shift_due(
        settings.shift_list,
        at or ctx.now(),
        settings.tz,
        settings.rules.roll_call_opens_minutes,
        signed,
    )


def roll_call_shift(ctx: Context, step: int = 0) -> ShiftInstance | None:
    """The shift whose roll call is due (the shift due, RC-02); ``step`` walks from there.
    With no shift due, the steps walk from the last ended shift."""
    shifts, tz = ctx.settings.shift_list, ctx.settings.tz
    inst = due_shift(ctx)
    if inst is None:
        if step == 0:
            return None
        inst = last_ended(shifts, ctx.now(), tz)
        step += 0 if step > 0 else 1
    for _step in range(abs(step)):
        inst = next_shift(shifts, inst, tz) if step > 0 else previous_shift(shifts, inst, tz)
    return inst


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


def running_clocks(ctx: Context) -> list[ClockLine]:
    """Every running 60-minute clock (CP-01, CP-02), least time left first."""
    with ctx.reading() as session:
        return clock_repo.running(session)


@dataclass(frozen=True)
class Board:
    """Screen 4's data: running clocks, clocks stopped this shift, points of this shift."""

    shift: ShiftInstance | None
    running: tuple[ClockLine, ...]
    done: tuple[ClockLine, ...]
    incurred: int


def escalation_board(ctx: Context) -> Board:
    inst = ctx.current_shift()
    with ctx.reading() as session:
        running = tuple(clock_repo.running(session))
        if inst is None:
            return Board(None, running, (), 0)
        done = tuple(clock_repo.stopped_between(session, inst.start, inst.end))
        incurred = clock_repo.points_breached_in(session, inst.key)
    return Board(inst, running, done, incurred)


def status_line(ctx: Context) -> str:
    """``status``: one line about the shift due (a badge reader's call: one statement)."""
    with ctx.reading() as session:
        inst = due_shift(ctx, session=session)
        counts = status_repo.status_counts(
            session, (inst.day, inst.shift.code) if inst else None, ctx.now()
        )
    shift = f"{date_text(inst.day)} {inst.shift.label()}" if inst else _("no shift due")
    leader = " ".join(counts.leader) if counts.leader else _("none rostered")
    return _(
        "{shift} · leader {leader} · rostered {rostered} · open tickets {open} · "
        "clocks {running} running, {overrun} overrun"
    ).format(
        shift=shift,
        leader=leader,
        rostered=counts.rostered,
        open=counts.open_tickets,
        running=counts.running_clocks,
        overrun=counts.overrun_clocks,
    ) + nearest_and_count(ctx.settings, ctx.now())


def equipment_notes(ctx: Context, inst: ShiftInstance) -> list[str]:
    """The handover's equipment section (HO-03): open seat faults, then the shift's outages."""
    tz = ctx.settings.tz
    with ctx.reading() as session:
        found = clock_repo.outages_since(session, inst.start)
        faults = seat_repo.open_fault_lines(session)
    out = [
        f"seat {code} {kind} fault since {at.astimezone(tz):%m-%d %H:%M}: {note}".rstrip(": ")
        for code, kind, note, at in faults
    ]
    for event, clock in found:
        state = (
            clock.result
            if clock.stopped_at
            else (f"report due {clock.deadline_at.astimezone(tz):%H:%M}")
        )
        out.append(f"E-{event.id} {event.opened_at.astimezone(tz):%H:%M} {event.summary} · {state}")
    return out
