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
    needs_closedown,
    next_shift,
    parse_clock_minutes,
    previous_shift,
    shift_due,
    shift_instance,
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


# --- the shift due (RC-02, D-10) -------------------------------------------------------------

GAP_CENTRE = (
    Shift("D", "Day", parse_clock_minutes("08:30"), parse_clock_minutes("16:30")),
    Shift("E", "Evening", parse_clock_minutes("16:30"), parse_clock_minutes("23:00")),
)


def never_signed(_inst) -> bool:
    return False


def test_rc02_default_centre_at_0750_the_day_shift_is_due_not_the_night():
    due = shift_due(SHIFTS, local(2026, 11, 22, 7, 50), TZ, 30, never_signed)
    assert due is not None and due.key == "2026-11-22/D"
    assert shift_due(SHIFTS, local(2026, 11, 22, 7, 29, 59), TZ, 30, never_signed).key == (
        "2026-11-22/N"
    )


def test_rc02_a_centre_that_closes_has_the_morning_shift_due_from_0800():
    due = shift_due(GAP_CENTRE, local(2026, 11, 22, 8, 0), TZ, 30, never_signed)
    assert due is not None and due.key == "2026-11-22/D"


def test_d10_after_closing_the_last_shift_is_due_until_its_log_is_signed():
    at = local(2026, 11, 23, 2, 0)
    assert shift_due(GAP_CENTRE, at, TZ, 30, never_signed).key == "2026-11-22/E"
    assert shift_due(GAP_CENTRE, at, TZ, 30, lambda inst: inst.key == "2026-11-22/E") is None


def test_d10_the_signed_question_is_asked_only_in_a_gap():
    asked = []
    shift_due(GAP_CENTRE, local(2026, 11, 22, 12, 0), TZ, 30, asked.append)
    assert asked == []


def test_ho15_closedown_only_when_nobody_takes_over_within_the_gap():
    day, evening = (current_shift(GAP_CENTRE, local(2026, 11, 22, h, 0), TZ) for h in (12, 20))
    assert not needs_closedown(GAP_CENTRE, day, TZ, 4)
    assert needs_closedown(GAP_CENTRE, evening, TZ, 4)
    assert not needs_closedown(GAP_CENTRE, evening, TZ, 10)  # 08:30 is 9.5 h after 23:00
    night = current_shift(SHIFTS, local(2026, 11, 22, 3, 0), TZ)
    assert not needs_closedown(SHIFTS, night, TZ, 4)


def _oracle_instances(shifts, at):
    day = at.astimezone(TZ).date()
    return [shift_instance(s, day + timedelta(days=d), TZ) for d in range(-4, 4) for s in shifts]


@st.composite
def shift_tables(draw):
    """One to four shifts with any start and length: gaps, overlaps, midnight crossings."""
    count = draw(st.integers(1, 4))
    shifts = []
    for n in range(count):
        start = draw(st.integers(0, 95)) * 15
        length = draw(st.integers(2, 96)) * 15
        shifts.append(Shift(f"S{n}", f"Shift {n}", start, (start + length) % (24 * 60)))
    return tuple(shifts)


FIRST, LAST = datetime(2026, 1, 1), datetime(2027, 12, 31)  # noqa: DTZ001 - naive for hypothesis
instants = st.datetimes(min_value=FIRST, max_value=LAST).map(lambda t: t.replace(tzinfo=UTC))


@given(shift_tables(), instants, st.integers(0, 180), st.booleans())
def test_rc02_d10_shift_due_over_any_shift_table(shifts, at, opens, signed):
    due = shift_due(shifts, at, TZ, opens, lambda _inst: signed)
    every = _oracle_instances(shifts, at)
    soon = [c for c in every if c.start - timedelta(minutes=opens) <= at < c.start]
    running = [c for c in every if c.start <= at < c.end]
    if soon:
        assert due is not None and due.start == min(c.start for c in soon)
        assert due.start - timedelta(minutes=opens) <= at < due.start
    elif running:
        assert due is not None and due.start <= at < due.end
        assert due.start == max(c.start for c in running)
    elif signed:
        assert due is None
    else:
        assert due is not None and due.end <= at
        assert due.end == max(c.end for c in every if c.end <= at)


@given(instants, st.integers(0, 180))
def test_rc02_the_default_centre_always_has_a_shift_due(at, opens):
    assert shift_due(SHIFTS, at, TZ, opens, lambda _inst: True) is not None
