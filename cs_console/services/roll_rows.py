"""The roll call of one shift built from the rows of its SQL (``store/roll_sql.py``), however
they were read: through SQLAlchemy by the services, or through ``sqlite3`` by the start's first
look (#23, P2). Imports no database layer."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

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
from cs_console.store import roll_sql

# Runs one of roll_sql's statements with its parameters by name; returns its rows.
Run = Callable[[str, Mapping[str, object]], Sequence[Sequence[Any]]]


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


def day_of(value: date | str) -> date:
    """A DATE column's value: a date (PostgreSQL) or SQLite's ``YYYY-MM-DD`` text."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def instant(value: datetime | str | None) -> datetime | None:
    """An instant column's value, aware in UTC: PostgreSQL's aware datetime or SQLite's text
    of a UTC instant (how ``UTCDateTime`` stores it)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def shift_params(inst: ShiftInstance) -> dict[str, object]:
    return {"day": inst.day, "code": inst.shift.code}


def outgoing_signed(run: Run, inst: ShiftInstance) -> bool:
    rows = run(roll_sql.OUTGOING_SIGNED, shift_params(inst))
    return bool(rows) and rows[0][0] is not None


def read_roll(run: Run, inst: ShiftInstance, lead_minutes: int) -> RollCall:
    """The shift's roll call as it stands (RC-02, D-02…D-04, SW-10, LV-05, TR-03)."""
    lines = roll_lines(run, inst)
    training = [(topic, int(n)) for topic, n in run(roll_sql.TRAINING, {"day": inst.day})]
    cutoff = roll_call_cutoff(inst.start, lead_minutes)
    return RollCall(inst, cutoff, tuple(lines), tuple(training))


def roll_lines(run: Run, inst: ShiftInstance) -> list[RollLine]:
    day, code = inst.day, inst.shift.code
    params = shift_params(inst)
    came = {sid: row for sid, *row in run(roll_sql.ARRIVALS, params)}
    shift_marks = [(sid, kind, instant(at), note) for sid, kind, at, note in
                   run(roll_sql.MARKS, params)]  # fmt: skip
    leave = {  # D-04: emergency sick leave phoned in before the shift counts while pending
        sid: kind
        for sid, kind, status, notice in run(roll_sql.LEAVE_COVERING, params)
        if status == "approved" or notice == "emergency"
    }
    covering: dict[int, str] = {}
    away: dict[int, str] = {}
    people: dict[int, tuple[str, str, str, str]] = {}
    for row in run(roll_sql.SWAPS_ON_SHIFT, params):
        shift_date, shift_code = row[0], row[1]
        giver_id, giver_no, taker_id, taker_no = row[2], row[3], row[7], row[8]
        people[giver_id], people[taker_id] = tuple(row[3:7]), tuple(row[8:12])
        if (day_of(shift_date), shift_code) == (day, code):
            covering[taker_id], away[giver_id] = giver_no, taker_no
        else:
            covering[giver_id], away[taker_id] = taker_no, giver_no
    certificates = run(roll_sql.PENDING_CERTIFICATES, params)
    lines = []
    for sid, staff_no, name, role, grade, seat in run(roll_sql.ROSTER, params):
        arrival = came.get(sid)
        mine = [(kind, at, note) for s, kind, at, note in shift_marks if s == sid]
        first = {k: next((at for kind, at, _n in mine if kind == k), None)
                 for k in ("callin", "absent")}  # fmt: skip
        pday = PersonDay(
            arrived=instant(arrival[0]) if arrival else None,
            arrival=ArrivalClass(ArrivalStatus(arrival[1]), int(arrival[2]), "D-02")
            if arrival
            else None,
            called_in=first["callin"],
            marked_absent=first["absent"],
            leave_kind=leave.get(sid),
            covering_for=covering.get(sid),
        )
        notes = [note for kind, _at, note in mine if kind == "remark"]
        notes += [f"certificate due for L-{ref} (LV-05)" for ref, s in certificates if s == sid]
        lines.append(RollLine(staff_no, name, role, grade, seat or "", pday, tuple(notes)))
    for person_id, taker_no in away.items():
        staff_no, name, role, grade = people[person_id]
        lines.append(RollLine(staff_no, name, role, grade, "", PersonDay(swapped_out_to=taker_no)))
    return sorted(lines, key=lambda ln: ln.staff_no)
