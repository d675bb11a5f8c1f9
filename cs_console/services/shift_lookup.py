"""Which shift a person's arrival, call-in or mark belongs to."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from cs_console.domain.errors import NotFound, UserError
from cs_console.domain.shifts import ShiftInstance, next_shift
from cs_console.services.context import Context
from cs_console.store import repos
from cs_console.store.attendance_repo import roster_entry
from cs_console.store.models import Staff


def person(session: Session, staff_no: str) -> Staff:
    row = repos.staff_row(session, staff_no)
    if row is None or row.id is None:
        raise NotFound(f"Unknown staff number '{staff_no}'.")
    return row


def upcoming(ctx: Context, at: datetime, count: int) -> list[ShiftInstance]:
    """The shift current at ``at`` (if any) and the ``count`` shifts after it."""
    inst = ctx.current_shift(at)
    if inst is None:
        raise UserError("No shift is configured at that time.")
    out = [inst]
    for _ in range(count):
        out.append(next_shift(ctx.settings.shift_list, out[-1], ctx.settings.tz))
    return out


def rostered(session: Session, staff: Staff, inst: ShiftInstance) -> bool:
    assert staff.id is not None
    return roster_entry(session, staff.id, inst.day, inst.shift.code) is not None


def arrival_shift(ctx: Context, session: Session, staff: Staff, at: datetime) -> ShiftInstance:
    """The next shift when ``at`` is inside its arrival window, else the current one."""
    current, following = upcoming(ctx, at, 1)
    window = timedelta(minutes=ctx.settings.rules.arrival_window_minutes)
    candidates = [following, current] if at >= following.start - window else [current]
    for inst in candidates:
        if rostered(session, staff, inst):
            return inst
    keys = " or ".join(i.key for i in candidates)
    raise UserError(f"{staff.staff_no} is not rostered on {keys}.")


def next_rostered(ctx: Context, session: Session, staff: Staff, at: datetime) -> ShiftInstance:
    """The person's shift that is running at ``at`` or comes next within a day."""
    shifts = upcoming(ctx, at, len(ctx.settings.shift_list) + 1)
    for inst in shifts:
        if inst.end > at and rostered(session, staff, inst):
            return inst
    raise UserError(f"{staff.staff_no} is not rostered in the next 24 hours.")
