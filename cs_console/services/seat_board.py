"""The seat board: who sits where, in which state, for how long; faults; handover at the seat."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session

from cs_console.domain.seats import BoardCell, SeatState
from cs_console.domain.shifts import ShiftInstance, next_shift
from cs_console.services.context import Context
from cs_console.services.queue_view import ShiftQueue, shift_queue
from cs_console.store import seat_repo
from cs_console.store.attendance_repo import arrivals, roster_entry
from cs_console.store.models import Staff


@dataclass(frozen=True)
class SeatBoard:
    shift: ShiftInstance | None
    cells: tuple[BoardCell, ...]
    queue: ShiftQueue | None = None  # the queue panel's figures


def board(ctx: Context) -> SeatBoard:
    """The floor as it stands; looking at it writes nothing (convention 14)."""
    inst = ctx.current_shift()
    if inst is None:
        return SeatBoard(None, ())
    now = ctx.now()
    following = next_shift(ctx.settings.shift_list, inst, ctx.settings.tz)
    changeover = now >= following.start - timedelta(
        minutes=ctx.settings.rules.roll_call_lead_minutes
    )
    acw = timedelta(seconds=ctx.settings.phone.acw_seconds)
    with ctx.reading() as session:
        came = arrivals(session, inst.day, inst.shift.code)
        fed = seat_repo.fed_wrap_ups(session, inst.day, inst.shift.code)
        faults = seat_repo.open_faults(session)
        incoming_came = arrivals(session, following.day, following.shift.code)
        cells = []
        for seat, staff, state, since, approved in seat_repo.board_rows(
            session, inst.day, inst.shift.code
        ):
            assert seat.id is not None
            fault = ", ".join(f.kind for f in faults.get(seat.id, []))
            waiting = False
            if changeover:
                incoming = seat_repo.seat_holder(
                    session, seat.id, following.day, following.shift.code
                )
                waiting = incoming is not None and incoming.staff_id not in incoming_came
            if staff is None:
                cells.append(
                    BoardCell(
                        seat.code,
                        seat.zone,
                        seat.row,
                        seat.col,
                        fault=fault,
                        awaiting_incoming=waiting,
                    )
                )
                continue
            arrival = came.get(staff.id)
            if state is None:
                state = "ready" if arrival else "out"
                since = arrival.arrived_at if arrival else None
            elif state == SeatState.ACW and staff.id in fed and since and now >= since + acw:
                state, since = SeatState.READY.value, since + acw  # wrap-up ends by itself
            cells.append(
                BoardCell(
                    seat.code,
                    seat.zone,
                    seat.row,
                    seat.col,
                    staff.staff_no,
                    staff.name,
                    state,
                    since,
                    bool(approved),
                    fault,
                    waiting,
                )
            )
    return SeatBoard(inst, tuple(cells), shift_queue(ctx, inst))


def incoming_for(ctx: Context, session: Session, seat_id: int, inst: ShiftInstance
                 ) -> tuple[Staff | None, bool]:  # fmt: skip
    """The person rostered on this seat on the next shift, and whether they have arrived."""
    following = next_shift(ctx.settings.shift_list, inst, ctx.settings.tz)
    entry = seat_repo.seat_holder(session, seat_id, following.day, following.shift.code)
    if entry is None:
        return None, False
    came = arrivals(session, following.day, following.shift.code)
    return session.get(Staff, entry.staff_id), entry.staff_id in came


def rostered_entry(session: Session, staff: Staff, inst: ShiftInstance):  # noqa: ANN201
    assert staff.id is not None
    return roster_entry(session, staff.id, inst.day, inst.shift.code)


def elapsed_text(since: datetime | None, now: datetime) -> str:
    if since is None:
        return ""
    minutes = int((now - since).total_seconds() // 60)
    return f"{minutes}m" if minutes < 120 else f"{minutes // 60}h"
