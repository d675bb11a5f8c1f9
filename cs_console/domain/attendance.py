"""Roll call (RC-01/RC-02, RC-06, D-02, D-03): classify arrivals and the state of every person."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum


class ArrivalStatus(StrEnum):
    ON_TIME = "present"
    LATE_ROLL_CALL = "late for roll call"
    LATE_SHIFT = "late for shift"


@dataclass(frozen=True)
class ArrivalClass:
    status: ArrivalStatus
    minutes: int
    rule: str

    def describe(self) -> str:
        if self.status is ArrivalStatus.ON_TIME:
            return "present, on time"
        return f"{self.status.value}, {self.minutes} min"


def roll_call_cutoff(shift_start: datetime, lead_minutes: int) -> datetime:
    """RC-01/RC-02: the roll call is ``lead_minutes`` before shift start."""
    return shift_start - timedelta(minutes=lead_minutes)


def _minutes_after(later: datetime, earlier: datetime) -> int:
    return math.ceil((later - earlier).total_seconds() / 60)


def classify_arrival(arrived: datetime, shift_start: datetime, lead_minutes: int) -> ArrivalClass:
    """D-02: one record per arrival, to the second; exactly at the cut-off is on time.

    After the cut-off up to shift start (inclusive) → late for roll call;
    after shift start → late for shift. Minutes late round partial minutes up.
    """
    cutoff = roll_call_cutoff(shift_start, lead_minutes)
    if arrived <= cutoff:
        return ArrivalClass(ArrivalStatus.ON_TIME, 0, "RC-01")
    if arrived <= shift_start:
        return ArrivalClass(ArrivalStatus.LATE_ROLL_CALL, _minutes_after(arrived, cutoff), "D-02")
    return ArrivalClass(ArrivalStatus.LATE_SHIFT, _minutes_after(arrived, shift_start), "D-02")


@dataclass(frozen=True)
class PersonDay:
    """What is known about one rostered person on one shift."""

    arrived: datetime | None = None
    arrival: ArrivalClass | None = None
    called_in: datetime | None = None
    marked_absent: datetime | None = None
    leave_kind: str | None = None
    swapped_out_to: str | None = None
    covering_for: str | None = None


@dataclass(frozen=True)
class RollState:
    label: str
    key: str  # present | late | missing | leave | swapped | expected
    since: datetime | None


def roll_state(day: PersonDay, now: datetime, start: datetime, end: datetime) -> RollState:
    """The status line of a person on the roll call at ``now`` (RC-06, D-03)."""
    if day.leave_kind:
        return RollState(f"on leave ({day.leave_kind})", "leave", None)
    if day.swapped_out_to:
        return RollState(f"swapped out ({day.swapped_out_to} covers)", "swapped", None)
    cover = f" · covering for {day.covering_for}" if day.covering_for else ""
    if day.arrival is not None:
        key = "present" if day.arrival.status is ArrivalStatus.ON_TIME else "late"
        return RollState(day.arrival.describe() + cover, key, day.arrived)
    if day.marked_absent is not None:
        return RollState("absenteeism (marked)" + cover, "missing", day.marked_absent)
    if day.called_in is not None:
        when = "before" if day.called_in < start else "after"
        return RollState(f"called in {when} start (late){cover}", "late", day.called_in)
    if now >= end:
        return RollState("absenteeism (no arrival, no call)" + cover, "missing", end)
    if now >= start:
        return RollState("not arrived" + cover, "missing", start)
    return RollState("expected" + cover, "expected", None)


def is_absent_at_end(day: PersonDay) -> bool:
    """D-03: no arrival and no call-in by shift end (leave and swaps excepted)."""
    return (
        day.arrival is None
        and day.called_in is None
        and day.marked_absent is None
        and day.leave_kind is None
        and day.swapped_out_to is None
    )


@dataclass(frozen=True)
class RollLine:
    staff_no: str
    name: str
    role: str
    grade: str
    seat: str
    day: PersonDay
    notes: tuple[str, ...] = ()


def roll_counts(states: list[RollState]) -> dict[str, int]:
    """The counter line: rostered / present / late / missing / on leave / swapped / expected."""
    counts = {"rostered": len(states)}
    for key in ("present", "late", "missing", "leave", "swapped", "expected"):
        counts[key] = sum(1 for s in states if s.key == key)
    return counts


def counter_line(counts: dict[str, int]) -> str:
    return (
        f"rostered {counts['rostered']} · present {counts['present']} · late {counts['late']}"
        f" · missing {counts['missing']} · on leave {counts['leave']}"
        f" · swapped {counts['swapped']} · expected {counts['expected']}"
    )
