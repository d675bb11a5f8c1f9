"""LV-01, LV-03…LV-07 and D-04: notice, who may ask, who approves."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from cs_console.domain.errors import UserError
from cs_console.domain.leave import (
    CENTRE_DIRECTOR,
    DEPT_DIRECTOR,
    MANAGER,
    LeaveKind,
    assess_leave,
    check_requester,
)

TZ = ZoneInfo("Asia/Shanghai")
DAY = date(2026, 11, 23)
START = datetime(2026, 11, 23, 8, 0, tzinfo=TZ)


def assess(
    requested: datetime,
    kind=LeaveKind.PERSONAL,
    days=1,
    night=False,
    holiday=False,
    exceptional=False,
    start=START,
):
    return assess_leave(
        kind,
        requested,
        DAY,
        days,
        start,
        night,
        holiday,
        exceptional,
        TZ,
        special_notice_minutes=60,
        night_deadline_minute=12 * 60,
        holiday_notice_days=2,
    )


def test_lv01_ordinary_notice_is_the_day_before():
    verdict = assess(datetime(2026, 11, 22, 23, 59, 59, tzinfo=TZ))
    assert verdict.notice == "ordinary"
    assert verdict.approvals == (DEPT_DIRECTOR,)


def test_lv01_special_notice_is_sixty_minutes_exactly_included():
    assert assess(START - timedelta(minutes=60)).notice == "special"
    late = assess(START - timedelta(minutes=59, seconds=59))
    assert late.notice == "late"
    assert MANAGER in late.approvals  # a late request needs the manager, else absenteeism


def test_lv03_approver_by_length():
    early = datetime(2026, 11, 20, 9, 0, tzinfo=TZ)
    assert assess(early, days=1).approvals == (DEPT_DIRECTOR,)
    assert assess(early, days=2).approvals == (CENTRE_DIRECTOR,)


def test_lv04_personal_leave_only_by_the_person():
    check_requester(LeaveKind.PERSONAL, "1004", "1004")
    check_requester(LeaveKind.SICK, "1004", "1011")
    check_requester(LeaveKind.EMERGENCY, "1004", "1011")
    with pytest.raises(UserError) as err:
        check_requester(LeaveKind.PERSONAL, "1004", "1011")
    assert str(err.value).startswith("refused [LV-04]: ")


def test_lv05_sick_leave_leaves_a_certificate_pending():
    assert assess(datetime(2026, 11, 22, 9, tzinfo=TZ), kind=LeaveKind.SICK).certificate_pending
    assert not assess(datetime(2026, 11, 22, 9, tzinfo=TZ)).certificate_pending


def test_lv06_night_shift_requests_before_noon_of_the_day():
    night_start = datetime(2026, 11, 24, 0, 0, tzinfo=TZ)  # N of 11-23 would start at 00:00
    ok = assess(datetime(2026, 11, 23, 11, 59, 59, tzinfo=TZ), night=True, start=night_start)
    assert ok.notice == "night" and MANAGER in ok.approvals
    with pytest.raises(UserError, match=r"refused \[LV-06\]"):
        assess(datetime(2026, 11, 23, 12, 0, tzinfo=TZ), night=True, start=night_start)


def test_lv07_holiday_leave_refused_unless_exceptional_and_two_days_ahead():
    with pytest.raises(UserError, match=r"refused \[LV-07\].*unless exceptional"):
        assess(datetime(2026, 11, 1, 9, tzinfo=TZ), holiday=True)
    ok = assess(datetime(2026, 11, 20, 23, 59, tzinfo=TZ), holiday=True, exceptional=True)
    assert ok.notice == "holiday" and MANAGER in ok.approvals
    with pytest.raises(UserError, match=r"refused \[LV-07\].*2 days ahead"):
        assess(datetime(2026, 11, 21, 0, 0, tzinfo=TZ), holiday=True, exceptional=True)
