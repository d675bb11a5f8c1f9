"""Shifts and which one is current at an instant (D-01). Shifts may cross midnight."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from cs_console.i18n import _

MINUTES_PER_DAY = 24 * 60


def parse_clock_minutes(text: str) -> int:
    """``"08:00"`` → 480; ``"24:00"`` is allowed as the end of the day."""
    hours, sep, minutes = text.partition(":")
    if not sep or not hours.isdigit() or not minutes.isdigit() or len(minutes) != 2:
        raise ValueError(f"{text!r} is not a time of day; use HH:MM")
    total = int(hours) * 60 + int(minutes)
    if int(minutes) > 59 or total > MINUTES_PER_DAY:
        raise ValueError(f"{text!r} is not a time of day; use HH:MM between 00:00 and 24:00")
    return total


@dataclass(frozen=True)
class Shift:
    code: str
    name: str
    start_minute: int
    end_minute: int
    night: bool = False

    @property
    def length_minutes(self) -> int:
        length = (self.end_minute - self.start_minute) % MINUTES_PER_DAY
        return length or MINUTES_PER_DAY

    def label(self) -> str:
        """'E Evening 16:00–24:00': the default names (config) in the language, others as set."""
        return f"{self.code} {_(self.name)} {_hhmm(self.start_minute)}–{_hhmm(self.end_minute)}"


@dataclass(frozen=True)
class ShiftInstance:
    """One shift on one date; the date is the local date on which the shift starts."""

    shift: Shift
    day: date
    start: datetime
    end: datetime

    @property
    def key(self) -> str:
        return f"{self.day.isoformat()}/{self.shift.code}"


def _hhmm(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def shift_instance(shift: Shift, day: date, tz: tzinfo) -> ShiftInstance:
    midnight = datetime.combine(day, time(0), tzinfo=tz)
    start = _local(midnight, shift.start_minute, tz)
    end = _local(midnight, shift.start_minute + shift.length_minutes, tz)
    return ShiftInstance(shift, day, start, end)


def _local(midnight: datetime, minutes: int, tz: tzinfo) -> datetime:
    """Wall-clock arithmetic in the centre's zone (a shift keeps its printed times over DST)."""
    naive = midnight.replace(tzinfo=None) + timedelta(minutes=minutes)
    return naive.replace(tzinfo=tz)


def current_shift(shifts: tuple[Shift, ...], at: datetime, tz: tzinfo) -> ShiftInstance | None:
    """The shift whose window holds ``at`` (start inclusive, end exclusive)."""
    local_day = at.astimezone(tz).date()
    for offset in (0, -1):
        day = local_day + timedelta(days=offset)
        for shift in shifts:
            inst = shift_instance(shift, day, tz)
            if inst.start <= at < inst.end:
                return inst
    return None


def next_shift(shifts: tuple[Shift, ...], after: ShiftInstance, tz: tzinfo) -> ShiftInstance:
    """The shift that starts soonest at or after the end of ``after``."""
    return _nearest(shifts, after, tz, forward=True)


def previous_shift(shifts: tuple[Shift, ...], before: ShiftInstance, tz: tzinfo) -> ShiftInstance:
    """The shift that ends latest at or before the start of ``before``."""
    return _nearest(shifts, before, tz, forward=False)


def _nearest(
    shifts: tuple[Shift, ...], ref: ShiftInstance, tz: tzinfo, *, forward: bool
) -> ShiftInstance:
    candidates = [
        shift_instance(s, ref.day + timedelta(days=d), tz) for d in (-1, 0, 1, 2) for s in shifts
    ]
    if forward:
        return min((c for c in candidates if c.start >= ref.end), key=lambda c: c.start)
    return max((c for c in candidates if c.end <= ref.start), key=lambda c: c.end)


def instances_around(shifts: tuple[Shift, ...], at: datetime, tz: tzinfo) -> list[ShiftInstance]:
    """Every shift instance that can be running, starting soon or just ended at ``at``: the
    instances of the two days before the local date of ``at`` up to the day after it."""
    local_day = at.astimezone(tz).date()
    return [
        shift_instance(s, local_day + timedelta(days=d), tz) for d in (-2, -1, 0, 1) for s in shifts
    ]


def _order(shifts: tuple[Shift, ...]) -> dict[str, int]:
    return {s.code: n for n, s in enumerate(shifts)}


def running_shift(shifts: tuple[Shift, ...], at: datetime, tz: tzinfo) -> ShiftInstance | None:
    """The running shift at ``at``; with overlapping shifts the one that started last."""
    order = _order(shifts)
    running = [c for c in instances_around(shifts, at, tz) if c.start <= at < c.end]
    return max(running, key=lambda c: (c.start, -order[c.shift.code]), default=None)


def last_ended(shifts: tuple[Shift, ...], at: datetime, tz: tzinfo) -> ShiftInstance:
    """The shift that ended last at or before ``at``."""
    order = _order(shifts)
    ended = [c for c in instances_around(shifts, at, tz) if c.end <= at]
    return max(ended, key=lambda c: (c.end, c.start, -order[c.shift.code]))


def shift_due(
    shifts: tuple[Shift, ...],
    at: datetime,
    tz: tzinfo,
    opens_minutes: int,
    signed: Callable[[ShiftInstance], bool],
) -> ShiftInstance | None:
    """The shift due at ``at`` (RC-02, D-10): the next shift once ``opens_minutes`` before its
    start have passed; else the running shift (with overlapping shifts, the one that started
    last); else the last ended shift until its log is signed (``signed``, asked only then).
    None when nothing runs, nothing is about to start and the last log is signed."""
    order = _order(shifts)
    opens = timedelta(minutes=opens_minutes)
    around = instances_around(shifts, at, tz)
    upcoming = [c for c in around if c.start - opens <= at < c.start]
    if upcoming:
        return min(upcoming, key=lambda c: (c.start, order[c.shift.code]))
    running = running_shift(shifts, at, tz)
    if running is not None:
        return running
    ended = last_ended(shifts, at, tz)
    return None if signed(ended) else ended


def needs_closedown(shifts: tuple[Shift, ...], inst: ShiftInstance, tz: tzinfo,
                    gap_hours: float) -> bool:  # fmt: skip
    """HO-15/HO-16: nobody takes over — no other shift is running at the end of ``inst`` or
    starts within ``gap_hours`` after it."""
    horizon = inst.end + timedelta(hours=gap_hours)
    for c in instances_around(shifts, inst.end, tz):
        if c.key != inst.key and c.end > inst.end and c.start <= horizon:
            return False
    return True
