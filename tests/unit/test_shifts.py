"""D-01: which shift is current at an instant; shifts may cross midnight."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cs_console.config import Settings
from cs_console.domain.shifts import (
    Shift,
    current_shift,
    next_shift,
    parse_clock_minutes,
    previous_shift,
)

TZ = ZoneInfo("Asia/Shanghai")
SHIFTS = Settings().shift_list


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=TZ)


@pytest.mark.parametrize(
    ("at", "code", "day"),
    [
        (local(2026, 11, 22, 7, 59, 59), "N", date(2026, 11, 22)),
        (local(2026, 11, 22, 8, 0, 0), "D", date(2026, 11, 22)),
        (local(2026, 11, 22, 15, 59, 59), "D", date(2026, 11, 22)),
        (local(2026, 11, 22, 16, 0, 0), "E", date(2026, 11, 22)),
        (local(2026, 11, 22, 23, 59, 59), "E", date(2026, 11, 22)),
        (local(2026, 11, 23, 0, 0, 0), "N", date(2026, 11, 23)),
    ],
)
def test_d01_current_shift_at_boundaries(at: datetime, code: str, day: date):
    inst = current_shift(SHIFTS, at, TZ)
    assert inst is not None
    assert (inst.shift.code, inst.day) == (code, day)


def test_d01_shift_crossing_midnight_belongs_to_its_start_date():
    night = (Shift("X", "Late", parse_clock_minutes("22:00"), parse_clock_minutes("06:00")),)
    inst = current_shift(night, local(2026, 11, 23, 3, 0), TZ)
    assert inst is not None and inst.day == date(2026, 11, 22)
    assert inst.end - inst.start == timedelta(hours=8)
    assert current_shift(night, local(2026, 11, 23, 7, 0), TZ) is None


def test_d01_next_and_previous_shift_walk_the_day():
    day = current_shift(SHIFTS, local(2026, 11, 22, 9, 0), TZ)
    assert day is not None
    evening = next_shift(SHIFTS, day, TZ)
    night = next_shift(SHIFTS, evening, TZ)
    assert (evening.shift.code, night.shift.code, night.day) == ("E", "N", date(2026, 11, 23))
    assert previous_shift(SHIFTS, day, TZ).key == "2026-11-22/N"


@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 1, 1)))  # noqa: DTZ001
def test_d01_default_shifts_cover_every_instant_exactly_once(naive: datetime):
    at = naive.replace(tzinfo=UTC)
    inst = current_shift(SHIFTS, at, TZ)
    assert inst is not None
    assert inst.start <= at < inst.end


@pytest.mark.parametrize("text", ["8:0", "25:00", "12:60", "noon", "24:01", ""])
def test_clock_minutes_refuses_bad_times(text: str):
    with pytest.raises(ValueError):
        parse_clock_minutes(text)
