"""D-07: clocks are absolute time — right across midnight, shift changes and DST changes."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from cs_console.config import Settings
from cs_console.domain.escalation import BandKind, ClockLine, format_left
from cs_console.domain.shifts import current_shift

RULES = Settings().rules
CLOCKS = RULES.clocks
ZONES = st.sampled_from(["Asia/Shanghai", "Europe/Berlin", "America/New_York", "UTC"])
INSTANTS = st.datetimes(
    min_value=datetime(2020, 1, 1),  # noqa: DTZ001
    max_value=datetime(2035, 1, 1),  # noqa: DTZ001
    timezones=st.just(UTC),
)


def clock(start: datetime, minutes: int = 60) -> ClockLine:
    """As the store hands them over: UTC instants, so the arithmetic is real time."""
    start = start.astimezone(UTC)
    return ClockLine("T-1", "dispatch", "x", "", "", start, start + timedelta(minutes=minutes))


@given(INSTANTS, ZONES)
def test_d07_deadline_is_sixty_real_minutes_whatever_the_zone(start, zone):
    line = clock(start.astimezone(ZoneInfo(zone)))
    at_deadline = CLOCKS.band(line, line.deadline)
    second_after = CLOCKS.band(line, line.deadline + timedelta(seconds=1))
    assert at_deadline.points == 0
    assert (second_after.name, second_after.points) == ("overrun 1–10", 5)
    assert format_left(line.deadline, start) == "60:00"


def test_d07_clock_across_the_berlin_dst_change_counts_real_minutes():
    berlin = ZoneInfo("Europe/Berlin")
    start = datetime(2026, 3, 29, 1, 30, tzinfo=berlin)  # clocks jump 02:00 → 03:00
    line = clock(start)
    assert line.deadline.astimezone(berlin).hour == 3  # 02:30 does not exist; 60 min is 03:30
    assert line.deadline.astimezone(berlin).minute == 30
    just_before = line.deadline - timedelta(seconds=1)
    assert CLOCKS.band(line, just_before).points == 0


def test_d07_breach_is_charged_to_the_shift_of_the_deadline():
    tz = ZoneInfo("Asia/Shanghai")
    start = datetime(2026, 11, 22, 23, 30, tzinfo=tz)  # accepted on the evening shift
    deadline = clock(start).deadline
    shift = current_shift(Settings().shift_list, deadline, tz)
    assert shift is not None and shift.key == "2026-11-23/N"


def test_d07_forecast_counts_the_first_band_for_clocks_not_yet_overrun():
    now = datetime(2026, 11, 22, 3, 0, tzinfo=UTC)
    running = [clock(now - timedelta(minutes=10)), clock(now - timedelta(minutes=95))]
    assert CLOCKS.forecast([CLOCKS.band(c, now) for c in running]) == 5 + 20


def test_each_band_says_its_kind_whatever_its_name_cp03():
    """CP-03's bands: a screen, an alert or the wallboard asks the kind, never the name."""
    start = datetime(2026, 11, 22, 2, 0, tzinfo=UTC)
    line = clock(start)
    kinds = [CLOCKS.band(line, start + timedelta(minutes=m)).kind for m in (0, 45, 55, 61, 200)]
    assert kinds == [
        BandKind.ON_TIME,
        BandKind.WARNING,
        BandKind.FINAL_WARNING,
        BandKind.OVERRUN,
        BandKind.OVERRUN,
    ]
    assert CLOCKS.band(line, start + timedelta(minutes=61)).overrun
    assert CLOCKS.band(line, start + timedelta(minutes=55)).warning
