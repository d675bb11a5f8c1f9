"""The roll call of one shift as data (what an ended shift settles: services/settlement.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from cs_console.domain.attendance import (
    ArrivalClass,
    ArrivalStatus,
    PersonDay,
    RollLine,
    counter_line,
    roll_call_cutoff,
    roll_counts,
    roll_state,
)
from cs_console.domain.shifts import ShiftInstance
from cs_console.i18n import ngettext
from cs_console.services.context import Context
from cs_console.store import month_repo, repos, seat_repo
from cs_console.store.attendance_repo import (
    arrivals,
    leave_covering,
    marks,
    pending_certificates,
    roster_ids,
    staff_numbers,
    swaps_on_shift,
)
from cs_console.store.models import Staff


@dataclass(frozen=True)
class RollCall:
    shift: ShiftInstance
    cutoff: datetime
    lines: tuple[RollLine, ...]
    training: tuple[tuple[str, int], ...] = ()  # the day's sessions: topic, attendees (TR-03)

    def states(self, now: datetime):  # noqa: ANN201 - list of RollState
        return [roll_state(ln.day, now, self.shift.start, self.shift.end) for ln in self.lines]

    def summary(self, now: datetime, say: Callable[[str], str] = str) -> str:
        """The counter line; ``say`` translates its words for a screen."""
        return counter_line(roll_counts(self.states(now)), say)

    def training_lines(self) -> list[str]:
        """TR-03: each training session announced for the shift's day, one line each."""
        return [
            ngettext(
                "training: {topic} ({count} attendee)", "training: {topic} ({count} attendees)", n
            ).format(topic=topic, count=n)
            for topic, n in self.training
        ]


def roll_lines(session: Session, inst: ShiftInstance) -> list[RollLine]:
    day, code = inst.day, inst.shift.code
    came = arrivals(session, day, code)
    shift_marks = marks(session, day, code)
    leave = {  # D-04: emergency sick leave phoned in before the shift counts while pending
        r.staff_id: r.kind
        for r in leave_covering(session, day, ("approved", "pending"))
        if r.status == "approved" or r.notice == "emergency"
    }
    swaps = swaps_on_shift(session, day, code)
    numbers = staff_numbers(session, {s.giver_id for s in swaps} | {s.taker_id for s in swaps})
    covering: dict[int, str] = {}
    away: dict[int, str] = {}
    for s in swaps:
        if (s.shift_date, s.shift_code) == (day, code):
            covering[s.taker_id], away[s.giver_id] = numbers[s.giver_id], numbers[s.taker_id]
        else:
            covering[s.giver_id], away[s.taker_id] = numbers[s.taker_id], numbers[s.giver_id]
    ids = roster_ids(session, day, code)
    certificates = pending_certificates(session, day)
    lines = []
    for ln in repos.roster(session, day, code):
        sid = ids[ln.person.staff_no]
        arrival = came.get(sid)
        mine = [m for m in shift_marks if m.staff_id == sid]
        first = {
            kind: next((m.at for m in mine if m.kind == kind), None)
            for kind in ("callin", "absent")
        }
        pday = PersonDay(
            arrived=arrival.arrived_at if arrival else None,
            arrival=ArrivalClass(ArrivalStatus(arrival.status), arrival.minutes_late, "D-02")
            if arrival
            else None,
            called_in=first["callin"],
            marked_absent=first["absent"],
            leave_kind=leave.get(sid),
            covering_for=covering.get(sid),
        )
        notes = [m.note for m in mine if m.kind == "remark"]
        notes += [
            f"certificate due for L-{r.id} (LV-05)" for r in certificates if r.staff_id == sid
        ]
        lines.append(
            RollLine(
                ln.person.staff_no,
                ln.person.name,
                ln.person.role,
                ln.person.grade,
                ln.seat,
                pday,
                tuple(notes),
            )
        )
    for giver_id, taker_no in away.items():
        giver = session.get(Staff, giver_id)
        assert giver is not None
        lines.append(
            RollLine(
                giver.staff_no,
                giver.name,
                giver.role,
                giver.grade,
                "",
                PersonDay(swapped_out_to=taker_no),
            )
        )
    return sorted(lines, key=lambda ln: ln.staff_no)


def roll_call(ctx: Context, inst: ShiftInstance) -> RollCall:
    """The shift's roll call as it stands; looking at it writes nothing (convention 14)."""
    with ctx.reading() as session:
        lines = roll_lines(session, inst)
        training = month_repo.training_sessions(session, inst.day)
    cutoff = roll_call_cutoff(inst.start, ctx.settings.rules.roll_call_lead_minutes)
    return RollCall(inst, cutoff, tuple(lines), tuple(training))


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
