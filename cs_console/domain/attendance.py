"""Roll call (RC-01/RC-02, RC-06, D-02, D-03): classify arrivals and the state of every person."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from cs_console.i18n import N_, _


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
        """The English words stored with the arrival (its record and the audit)."""
        return ARRIVAL_PHRASES[self.status].format(minutes=self.minutes)

    def said(self) -> str:
        """The same words in the language, for the person who marked the arrival."""
        return _(ARRIVAL_PHRASES[self.status]).format(minutes=self.minutes)


ARRIVAL_PHRASES = {
    ArrivalStatus.ON_TIME: N_("present, on time"),
    ArrivalStatus.LATE_ROLL_CALL: N_("late for roll call, {minutes} min"),
    ArrivalStatus.LATE_SHIFT: N_("late for shift, {minutes} min"),
}


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


COVERING = N_(" · covering for {staff}")


@dataclass(frozen=True)
class RollState:
    label: str
    key: str  # present | late | missing | leave | swapped | expected
    since: datetime | None
    phrase: str = ""  # the label's words (N_) with its {values}, for a screen to translate
    values: tuple[tuple[str, str | int], ...] = ()
    covering: str = ""  # the staff number this person covers for


def _state(phrase: str, key: str, since: datetime | None, covering: str | None,
           **values: str | int) -> RollState:  # fmt: skip
    label = phrase.format(**values) + (COVERING.format(staff=covering) if covering else "")
    return RollState(label, key, since, phrase, tuple(values.items()), covering or "")


def roll_state(day: PersonDay, now: datetime, start: datetime, end: datetime) -> RollState:
    """The status line of a person on the roll call at ``now`` (RC-06, D-03)."""
    if day.leave_kind:
        return _state(N_("on leave ({kind})"), "leave", None, None, kind=day.leave_kind)
    if day.swapped_out_to:
        return _state(
            N_("swapped out ({staff} covers)"), "swapped", None, None, staff=day.swapped_out_to
        )
    cover = day.covering_for
    if day.arrival is not None:
        arrival = day.arrival
        key = "present" if arrival.status is ArrivalStatus.ON_TIME else "late"
        return _state(ARRIVAL_PHRASES[arrival.status], key, day.arrived, cover,
                      minutes=arrival.minutes)  # fmt: skip
    if day.marked_absent is not None:
        return _state(N_("absenteeism (marked)"), "missing", day.marked_absent, cover)
    if day.called_in is not None:
        phrase = (
            N_("called in before start (late)")
            if day.called_in < start
            else N_("called in after start (late)")
        )
        return _state(phrase, "late", day.called_in, cover)
    if now >= end:
        return _state(N_("absenteeism (no arrival, no call)"), "missing", end, cover)
    if now >= start:
        return _state(N_("not arrived"), "missing", start, cover)
    return _state(N_("expected"), "expected", None, cover)


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


COUNTER_LINE = N_(
    "rostered {rostered} · present {present} · late {late} · missing {missing}"
    " · on leave {leave} · swapped {swapped} · expected {expected}"
)


def counter_line(counts: dict[str, int], say: Callable[[str], str] = str) -> str:
    """The counts in words; ``say`` translates them for a screen or a printout."""
    return say(COUNTER_LINE).format(**counts)
