"""Which handover logs are in play at an instant (D-10): the log of the shift due and the one
before it. The handover of a log is one object from its first note to the incoming signature."""

from __future__ import annotations

from sqlmodel import Session, select

from cs_console.domain.shifts import ShiftInstance, last_ended, next_shift, previous_shift
from cs_console.domain.staff import Role
from cs_console.services import audit
from cs_console.services.concurrency import locked
from cs_console.services.context import Context
from cs_console.services.shift_view import due_shift
from cs_console.store import repos
from cs_console.store.models import HandoverEntry, HandoverLog


def log_of(session: Session, inst: ShiftInstance) -> HandoverLog | None:
    return session.exec(
        select(HandoverLog).where(
            HandoverLog.shift_date == inst.day, HandoverLog.shift_code == inst.shift.code
        )
    ).first()


def entries(session: Session, log_id: int) -> list[HandoverEntry]:
    query = select(HandoverEntry).where(HandoverEntry.log_id == log_id).order_by(HandoverEntry.id)
    return list(session.exec(query).all())


def following(ctx: Context, inst: ShiftInstance) -> ShiftInstance:
    return next_shift(ctx.settings.shift_list, inst, ctx.settings.tz)


def in_play(ctx: Context, session: Session) -> tuple[ShiftInstance | None, list[ShiftInstance]]:
    """The shift due, and the shifts whose logs are in play, oldest first: the one before the
    shift due and the shift due; with no shift due, the last ended shift."""
    shifts, tz = ctx.settings.shift_list, ctx.settings.tz
    due = due_shift(ctx, session=session)
    if due is None:
        return None, [last_ended(shifts, ctx.now(), tz)]
    return due, [previous_shift(shifts, due, tz), due]


def handed_over(ctx: Context, session: Session) -> tuple[ShiftInstance, ShiftInstance | None]:
    """The log being handed over (screen 5, the summary printed by default) and the shift due:
    the earlier shift's log while it lacks a signature or the shift due has not started, else
    the log of the shift due."""
    due, play = in_play(ctx, session)
    if len(play) == 2 and due is not None:
        log = log_of(session, play[0])
        if (log is not None and log.status != "signed") or ctx.now() < due.start:
            return play[0], due
    return play[-1], due


def leaders(session: Session, inst: ShiftInstance) -> set[str]:
    """The squad leaders rostered on the shift: its outgoing leaders."""
    return {
        line.person.staff_no
        for line in repos.roster(session, inst.day, inst.shift.code)
        if line.person.role == Role.SQUAD_LEADER
    }


def open_log(ctx: Context, session: Session, inst: ShiftInstance) -> HandoverLog:
    """The shift's log, created on first use."""
    log = log_of(session, inst)
    if log is not None:
        return log
    log = HandoverLog(shift_date=inst.day, shift_code=inst.shift.code)
    session.add(log)
    session.flush()
    audit.record(session, ctx, "handover.open", inst.key)
    return log


def changing(session: Session, log: HandoverLog | None) -> HandoverLog:
    """The log locked for this intent, one version on: a signer sees every change (HO-06)."""
    assert log is not None and log.id is not None
    row = locked(session, HandoverLog, log.id)
    assert row is not None
    row.version += 1
    session.add(row)
    return row
