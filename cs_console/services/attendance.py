"""Roll-call writes: arrivals (D-02), call-ins (RC-06), absenteeism (D-03), remarks."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from cs_console.domain.attendance import ArrivalStatus, classify_arrival
from cs_console.domain.errors import UserError
from cs_console.domain.shifts import ShiftInstance
from cs_console.i18n import _
from cs_console.services import audit, points
from cs_console.services.context import Context
from cs_console.services.shift_lookup import (
    arrival_shift,
    next_rostered,
    person,
)
from cs_console.store.attendance_repo import arrivals, marks
from cs_console.store.models import Arrival, AttendanceMark, Staff


def _local(ctx: Context, at: datetime, fmt: str = "%H:%M:%S") -> str:
    return at.astimezone(ctx.settings.tz).strftime(fmt)


def _refuse_if_arrived(ctx: Context, session: Session, staff: Staff, inst: ShiftInstance) -> None:
    done = arrivals(session, inst.day, inst.shift.code).get(staff.id or 0)
    if done is not None:
        raise UserError(
            _("{staff_no} already arrived at {local} on {key} ({status}).").format(
                staff_no=staff.staff_no,
                local=_local(ctx, done.arrived_at),
                key=inst.key,
                status=done.status,
            )
        )


def add_mark(ctx: Context, session: Session, staff: Staff, inst: ShiftInstance, kind: str,
             at: datetime, note: str) -> None:  # fmt: skip
    """A call-in, absence mark or remark, with its audit row, in the caller's transaction."""
    assert staff.id is not None
    session.add(
        AttendanceMark(shift_date=inst.day, shift_code=inst.shift.code, staff_id=staff.id,
                       kind=kind, at=at, note=note, recorded_by=ctx.audit_actor)
    )  # fmt: skip
    audit.record(session, ctx, f"roll.{kind}", staff.staff_no,
                 after={"shift": inst.key, "at": at, "note": note})  # fmt: skip


def arrive(ctx: Context, staff_no: str, at: datetime | None = None) -> str:
    """Mark an arrival and classify it; lateness proposes points (RC-01, RC-10, D-02)."""
    at = (at or ctx.now()).replace(microsecond=0)  # D-02: compared to the second
    with ctx.transaction() as session:
        staff = person(session, staff_no)
        inst = arrival_shift(ctx, session, staff, at)
        return record_arrival(ctx, session, staff, inst, at)


def record_arrival(
    ctx: Context, session: Session, staff: Staff, inst: ShiftInstance, at: datetime
) -> str:
    """One arrival inside the caller's transaction; returns the classification line."""
    rules = ctx.settings.rules
    _refuse_if_arrived(ctx, session, staff, inst)
    verdict = classify_arrival(at, inst.start, rules.roll_call_lead_minutes)
    assert staff.id is not None
    session.add(
        Arrival(
            shift_date=inst.day,
            shift_code=inst.shift.code,
            staff_id=staff.id,
            arrived_at=at,
            status=verdict.status.value,
            minutes_late=verdict.minutes,
            recorded_by=ctx.audit_actor,
        )
    )
    audit.record(
        session,
        ctx,
        "roll.arrive",
        staff.staff_no,
        after={"shift": inst.key, "at": at, "status": verdict.describe()},
    )
    text = f"{staff.staff_no} {verdict.said()}"
    if verdict.status is not ArrivalStatus.ON_TIME:
        rule, pts = (
            ("RC-01", rules.late_for_roll_call_points)
            if verdict.status is ArrivalStatus.LATE_ROLL_CALL
            else ("RC-10", rules.late_for_shift_points)
        )
        note = f"{verdict.describe()} on {inst.key}"
        if points.propose(
            session,
            ctx,
            staff.id,
            staff.staff_no,
            rule,
            -pts,
            note,
            f"late:{inst.key}:{staff.staff_no}",
            inst,
        ):
            text += _(" · {pts} pts proposed ({rule})").format(pts=pts, rule=rule)
    return text


def call_in(ctx: Context, staff_no: str, at: datetime | None, note: str) -> str:
    """RC-06: a call before shift start makes a no-show late, not absenteeism."""
    at = at or ctx.now()
    with ctx.transaction() as session:
        staff = person(session, staff_no)
        inst = next_rostered(ctx, session, staff, at)
        _refuse_if_arrived(ctx, session, staff, inst)
        assert staff.id is not None
        add_mark(ctx, session, staff, inst, "callin", at, note)
    when = "before" if at < inst.start else "after"
    return _(
        "{staff_no} called in at {local} for {key}, {when} shift start: late, not absenteeism "
        "(RC-06)"
    ).format(staff_no=staff_no, local=_local(ctx, at, "%H:%M"), key=inst.key, when=when)


def mark_absent(ctx: Context, staff_no: str, reason: str) -> str:
    """D-03: the squad leader marks absenteeism by hand (20 pts proposed, RC-11)."""
    now = ctx.now()
    with ctx.transaction() as session:
        staff = person(session, staff_no)
        inst = arrival_shift(ctx, session, staff, now)
        _refuse_if_arrived(ctx, session, staff, inst)
        assert staff.id is not None
        if any(
            m.kind == "absent" and m.staff_id == staff.id
            for m in marks(session, inst.day, inst.shift.code)
        ):
            raise UserError(
                _("{staff_no} is already marked absent on {key}.").format(
                    staff_no=staff_no, key=inst.key
                )
            )
        if now < inst.start:
            raise UserError(
                _("{key} has not started; absenteeism is marked from shift start.").format(
                    key=inst.key
                ),
                rule="D-03",
            )
        add_mark(ctx, session, staff, inst, "absent", now, reason)
        pts = ctx.settings.rules.absenteeism_points
        points.propose(
            session,
            ctx,
            staff.id,
            staff_no,
            "RC-11",
            -pts,
            f"absenteeism on {inst.key}: {reason}".rstrip(": "),
            f"absent:{inst.key}:{staff_no}",
            inst,
        )
    return _("{staff_no} marked absenteeism on {key} · {pts} pts proposed (RC-11)").format(
        staff_no=staff_no, key=inst.key, pts=pts
    )


def remark(ctx: Context, staff_no: str, text: str) -> str:
    now = ctx.now()
    with ctx.transaction() as session:
        staff = person(session, staff_no)
        inst = next_rostered(ctx, session, staff, now)
        add_mark(ctx, session, staff, inst, "remark", now, text)
    return _("remark on {staff_no} for {key} recorded").format(staff_no=staff_no, key=inst.key)
