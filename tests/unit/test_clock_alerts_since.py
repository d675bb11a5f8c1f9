"""Clock alerts (D-07) are said for every band a clock entered since the console opened,
however late its first read of the clocks comes; what a clock was already in when the console
opened stays silent."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cs_console.config import Rules
from cs_console.domain.escalation import ClockLine
from cs_console.ui.alerts import ClockAlerts

RULES = Rules().clocks
OPENED = datetime(2026, 11, 22, 2, 30, tzinfo=UTC)


def _line(ref: str, started: datetime) -> ClockLine:
    return ClockLine(ref, "dispatch", "s", "c", "1003", started, started + timedelta(minutes=60))


def test_d07_a_band_entered_before_the_first_read_of_the_clocks_is_said():
    alerts = ClockAlerts(RULES, OPENED)
    late_read = OPENED + timedelta(minutes=1, seconds=5)  # a loaded machine
    alerts.load([_line("T-70", OPENED - timedelta(minutes=44))], late_read)
    assert alerts.check(late_read) == [("T-70 dispatch clock: warning · s", "warning")]
    assert alerts.check(late_read + timedelta(seconds=1)) == []  # once


def test_d07_a_band_a_clock_was_in_when_the_console_opened_is_not_said_again():
    alerts = ClockAlerts(RULES, OPENED)
    alerts.load([_line("T-61", OPENED - timedelta(minutes=62))], OPENED + timedelta(seconds=3))
    assert alerts.check(OPENED + timedelta(seconds=3)) == []


def test_d07_a_clock_entered_late_in_warning_is_said_when_first_read():
    alerts = ClockAlerts(RULES, OPENED)
    read = OPENED + timedelta(hours=1)
    alerts.load([_line("T-80", read - timedelta(minutes=50))], read)  # backdated
    assert alerts.check(read) == [("T-80 dispatch clock: warning · s", "warning")]


def test_d07_a_complaint_entered_later_backdated_before_the_opening_is_said():
    alerts = ClockAlerts(RULES, OPENED)
    alerts.load([], OPENED + timedelta(seconds=2))  # the first read: no clock yet
    read = OPENED + timedelta(hours=1)
    alerts.load([_line("T-82", OPENED - timedelta(minutes=10))], read)  # entered at the read
    assert alerts.check(read) == [("T-82 dispatch clock: overrun 1–10 · 5 pts · s", "error")]
