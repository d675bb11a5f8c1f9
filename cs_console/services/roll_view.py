"""The roll call of one shift as data (what an ended shift settles: services/settlement.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from cs_console.domain.attendance import RollLine
from cs_console.domain.shifts import ShiftInstance
from cs_console.services import roll_rows
from cs_console.services.context import Context
from cs_console.services.roll_rows import RollCall
from cs_console.store import seat_repo

__all__ = ["RollCall", "roll_call", "roll_lines", "staffing_changes"]


def _runner(session: Session) -> roll_rows.Run:
    """roll_sql's statements run in ``session``'s transaction, after what it holds is written."""
    session.flush()

    def run(sql: str, params: Mapping[str, Any]) -> list[Any]:
        return list(session.execute(text(sql), params).all())

    return run


def roll_lines(session: Session, inst: ShiftInstance) -> list[RollLine]:
    return roll_rows.roll_lines(_runner(session), inst)


def roll_call(ctx: Context, inst: ShiftInstance) -> RollCall:
    """The shift's roll call as it stands; looking at it writes nothing (convention 14)."""
    with ctx.reading() as session:
        return roll_rows.read_roll(
            _runner(session), inst, ctx.settings.rules.roll_call_lead_minutes
        )


def staffing_changes(ctx: Context, inst: ShiftInstance) -> list[str]:
    """Attendance exceptions of a shift, as the handover's staffing section lists them (SW-10)."""
    view = roll_call(ctx, inst)
    tz = ctx.settings.tz
    out = []
    for line, state in zip(view.lines, view.states(ctx.now()), strict=True):
        if state.key in ("present", "expected"):
            continue
        since = f" ({state.since.astimezone(tz):%H:%M})" if state.since else ""
        out.append(f"{line.staff_no} {line.name}: {state.label}{since}")
    with ctx.reading() as session:
        moves = seat_repo.seat_changes(session, inst.day, inst.shift.code)
    for change, staff_no in moves:
        move = f"{change.from_seat or '—'} → {change.to_seat or '—'}"
        out.append(f"{staff_no}: seat {move} ({change.at.astimezone(tz):%H:%M})")
    return out
