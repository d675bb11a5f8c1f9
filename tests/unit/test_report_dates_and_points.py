"""RP-01, RV-04, MT-06 (D-13) report dates and PF-15 at its boundaries."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from cs_console.domain.points import aggravation_due, severity
from cs_console.domain.reports import (
    friday_before_25th,
    monthly_quality_report,
    reminders,
    satisfaction_analysis,
    time_left,
)

TZ = ZoneInfo("Asia/Shanghai")


def test_rp01_before_the_22nd_means_by_the_21st_2359():
    assert monthly_quality_report(date(2026, 11, 21), TZ) == datetime(
        2026, 11, 21, 23, 59, tzinfo=TZ
    )
    assert monthly_quality_report(date(2026, 11, 22), TZ) == datetime(
        2026, 12, 21, 23, 59, tzinfo=TZ
    )
    assert monthly_quality_report(date(2026, 12, 30), TZ).date() == date(2027, 1, 21)


def test_rv04_monday_1800():
    sunday = datetime(2026, 11, 22, 10, 0, tzinfo=TZ)
    assert satisfaction_analysis(sunday, TZ) == datetime(2026, 11, 23, 18, 0, tzinfo=TZ)
    monday_evening = datetime(2026, 11, 23, 18, 0, tzinfo=TZ)
    assert satisfaction_analysis(monday_evening, TZ) == datetime(2026, 11, 30, 18, 0, tzinfo=TZ)


def test_mt06_friday_strictly_before_the_25th():
    assert friday_before_25th(2026, 11) == date(2026, 11, 20)  # the 25th is a Wednesday
    assert friday_before_25th(2026, 12) == date(2026, 12, 18)  # the 25th is a Friday
    assert friday_before_25th(2026, 9) == date(2026, 9, 18)  # the 25th is a Friday


def test_reminders_come_soonest_first_and_overdue_stands_out():
    now = datetime(2026, 11, 22, 10, 30, tzinfo=TZ)
    first = reminders(now, TZ)[0]
    assert (first.rule, time_left(first.due, now)) == ("RV-04", "1d 7h")
    assert time_left(datetime(2026, 11, 22, 10, 0, tzinfo=TZ), now) == "overdue"


def test_pf15_aggravation_boundaries():
    assert not aggravation_due([-5, -5, -5])
    assert aggravation_due([-5, -5, -5, -5])  # four minor
    assert not aggravation_due([-10, -5, -5, -5])
    assert aggravation_due([-10, -10])  # two moderate
    assert not aggravation_due([-20, -20, -20])  # serious ones are not counted here
    assert [severity(d) for d in (-2, -5, -10, -20, 5)] == [
        "minor",
        "minor",
        "moderate",
        "serious",
        "bonus",
    ]
