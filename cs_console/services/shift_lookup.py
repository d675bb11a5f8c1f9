"""Which shift a person's arrival, call-in or mark belongs to."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from cs_console.domain.errors import NotFound, UserError
from cs_console.domain.shifts import ShiftInstance, instances_around, last_ended, next_shift
from cs_console.i18n import _
from cs_console.services.context import Context
from cs_console.services.shift_view import due_shift
from cs_console.store import repos
from cs_console.store.attendance_repo import roster_entry
from cs_console.store.models import Staff


def person(session: Session, staff_no: str) -> Staff:
    row = repos.staff_row(session, staff_no)
    if row is None or row.id is None:
        raise NotFound(_("Unknown staff number '{staff_no}'.").format(staff_no=staff_no))
    return row


def rostered(session: Session, staff: Staff, inst: ShiftInstance) -> bool:
    assert staff.id is not None
    return roster_entry(session, staff.id, inst.day, inst.shift.code) is not None


def arrival_shift(ctx: Context, session: Session, staff: Staff, at: datetime) -> ShiftInstance:
    """The person's rostered shift starting within ``arrival_window_minutes`` after ``at``,
    else their running shift (D-02)."""
    settings = ctx.settings
    window = timedelta(minutes=settings.rules.arrival_window_minutes)
    around = instances_around(settings.shift_list, at, settings.tz)
    soon = sorted((i for i in around if i.start - window <= at < i.start), key=lambda i: i.start)
    running = sorted(
        (i for i in around if i.start <= at < i.end), key=lambda i: -i.start.timestamp()
    )
    candidates = soon + running
    for inst in candidates:
        if rostered(session, staff, inst):
            return inst
    if not candidates:
        raise UserError(
            _(
                "{staff_no} is not rostered on a shift running or starting within "
                "{arrival_window_minutes} minutes."
            ).format(
                staff_no=staff.staff_no,
                arrival_window_minutes=settings.rules.arrival_window_minutes,
            )
        )
    keys = " or ".join(i.key for i in candidates)
    raise UserError(
        _("{staff_no} is not rostered on {keys}.").format(staff_no=staff.staff_no, keys=keys)
    )


def next_rostered(ctx: Context, session: Session, staff: Staff, at: datetime) -> ShiftInstance:
    """The person's shift from the shift due at ``at`` on (or from the next shift to start when
    none is due), within a day: a call-in or a remark is for that shift (RC-06)."""
    shifts, tz = ctx.settings.shift_list, ctx.settings.tz
    inst = due_shift(ctx, at, session) or next_shift(shifts, last_ended(shifts, at, tz), tz)
    for _attempt in range(len(shifts) + 2):
        if inst.end > at and rostered(session, staff, inst):
            return inst
        inst = next_shift(shifts, inst, tz)
    raise UserError(
        _("{staff_no} is not rostered in the next 24 hours.").format(staff_no=staff.staff_no)
    )
