"""RP-01, RP-04…RP-07 deadlines, outcomes and points; reminders due in the next days."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from cs_console.config import Settings
from cs_console.domain.reports import (
    appraisal_window,
    late_proposal,
    month_reports,
    reminders_within,
    report_outcome,
)

TZ = ZoneInfo("Asia/Shanghai")
RULES = Settings().month.to_domain()
GOLDEN_WEEK = [date(2026, 10, d) for d in range(1, 8)]


def dues(year: int, month: int, holidays=()) -> dict:
    return {r.rule: r for r in month_reports(year, month, TZ, holidays, RULES)}


def test_rp01_leaders_quality_report_by_the_21st_2359_without_points():
    """RP-01: "submit it to the director of the customer service department before the 22nd";
    D-13: "Before the 22nd" = by the 21st 23:59."""
    report = dues(2026, 11)["RP-01"]
    assert (report.owner, report.due, report.points) == (
        "squad_leader",
        datetime(2026, 11, 21, 23, 59, tzinfo=TZ),
        0,
    )


def test_rp04_rp05_agents_and_inspector_on_the_28th_minus_5():
    """RP-04: "每月28日按时提交工作总结漏交、晚交的扣5分/次";
    RP-05: "每月28日按…时提交质检分析报告,每漏交、晚交一次扣减5分"."""
    reports = dues(2026, 11)
    assert (reports["RP-04"].owner, reports["RP-04"].points) == ("agent", -5)
    assert (reports["RP-05"].owner, reports["RP-05"].points) == ("quality_inspector", -5)
    assert reports["RP-04"].due == reports["RP-05"].due == datetime(2026, 11, 28, 23, 59, tzinfo=TZ)


def test_rp06_support_specialist_on_the_1st_of_the_next_month():
    """RP-06: "每月1日按时提交业务分析报告,漏交、晚交一次扣5分" — December's falls on 1 January."""
    report = dues(2026, 12)["RP-06"]
    assert (report.owner, report.due, report.points) == (
        "support_specialist",
        datetime(2027, 1, 1, 23, 59, tzinfo=TZ),
        -5,
    )


def test_rp07_appraisal_on_the_1st_to_6th_postponed_for_holidays():
    """RP-07: "下一个月的1-6日,若遇节假日则顺延" — September's meets the October holidays."""
    assert appraisal_window(2026, 10, (), 6) == (date(2026, 11, 1), date(2026, 11, 6))
    assert appraisal_window(2026, 9, GOLDEN_WEEK, 6) == (date(2026, 10, 8), date(2026, 10, 13))
    assert appraisal_window(2026, 12, [date(2027, 1, 1)], 6) == (date(2027, 1, 2), date(2027, 1, 7))
    report = dues(2026, 9, GOLDEN_WEEK)["RP-07"]
    assert report.opens == datetime(2026, 10, 8, 0, 0, tzinfo=TZ)
    assert (report.due, report.points) == (datetime(2026, 10, 13, 23, 59, tzinfo=TZ), 0)


@pytest.mark.parametrize(
    ("submitted", "now", "status", "points"),
    [
        (timedelta(0), timedelta(days=3), "on_time", 0),
        (timedelta(seconds=1), timedelta(days=3), "late", -5),
        (None, timedelta(0), "pending", 0),
        (None, timedelta(seconds=1), "missing", -5),
    ],
)
def test_rp04_outcome_at_the_deadline(submitted, now, status, points):
    report = dues(2026, 11)["RP-04"]
    at = None if submitted is None else report.due + submitted
    outcome = report_outcome(report, "1021", at, report.due + now)
    assert (outcome.status, outcome.points) == (status, points)
    proposal = late_proposal(outcome, "2026-11")
    if points:
        assert proposal is not None
        assert (proposal.rule, proposal.delta, proposal.source) == (
            "RP-04",
            -5,
            "report:RP-04:2026-11:1021",
        )
    else:
        assert proposal is None


@pytest.mark.parametrize("rule", ["RP-01", "RP-07"])
def test_rp01_and_rp07_missing_propose_no_points(rule):
    report = dues(2026, 11)[rule]
    outcome = report_outcome(report, "1001", None, report.due + timedelta(days=1))
    assert outcome.status == "missing" and late_proposal(outcome, "2026-11") is None


def test_reminders_due_in_the_next_7_days_soonest_first():
    """All reminders from now to 7 days later: the header rotates through them."""
    now = datetime(2026, 11, 22, 10, 30, tzinfo=TZ)
    got = [(r.rule, r.due) for r in reminders_within(now, TZ, 7, (), RULES)]
    assert got == [
        ("RV-04", datetime(2026, 11, 23, 18, 0, tzinfo=TZ)),
        ("RP-04", datetime(2026, 11, 28, 23, 59, tzinfo=TZ)),
        ("RP-05", datetime(2026, 11, 28, 23, 59, tzinfo=TZ)),
    ]
    later = datetime(2026, 11, 27, 0, 0, tzinfo=TZ)
    rules = [r.rule for r in reminders_within(later, TZ, 7, (), RULES)]
    assert rules == ["RP-04", "RP-05", "RV-04", "RP-06"]


def test_reminder_window_includes_now_and_excludes_its_end():
    due = datetime(2026, 11, 21, 23, 59, tzinfo=TZ)
    assert "RP-01" in [r.rule for r in reminders_within(due, TZ, 7, (), RULES)]
    before = due - timedelta(days=7)
    assert "RP-01" not in [r.rule for r in reminders_within(before, TZ, 7, (), RULES)]
    assert "RP-01" in [
        r.rule for r in reminders_within(before + timedelta(seconds=1), TZ, 7, (), RULES)
    ]


def test_reminders_cross_the_month_end_with_the_appraisal_window():
    now = datetime(2026, 12, 30, 9, 0, tzinfo=TZ)
    got = [(r.rule, r.due.date()) for r in reminders_within(now, TZ, 7, [date(2027, 1, 1)], RULES)]
    assert ("RP-06", date(2027, 1, 1)) in got
    assert ("RV-04", date(2027, 1, 4)) in got
    assert all(rule != "RP-07" for rule, _ in got)  # the window ends on 7 January
    assert [r.rule for r in reminders_within(now, TZ, 9, [date(2027, 1, 1)], RULES)][-1] == "RP-07"
