"""Report dates (RP-01, RV-04, MT-06, D-13): what is due next and how long is left."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo


@dataclass(frozen=True)
class Reminder:
    rule: str
    title: str
    due: datetime


def monthly_quality_report(today: date, tz: tzinfo) -> datetime:
    """RP-01, D-13: 'before the 22nd' = by the 21st 23:59 of this month (next month if past)."""
    due = datetime.combine(today.replace(day=21), time(23, 59), tz)
    if today.day > 21:
        first = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
        due = datetime.combine(first.replace(day=21), time(23, 59), tz)
    return due


def satisfaction_analysis(now: datetime, tz: tzinfo) -> datetime:
    """RV-04: before 18:00 every Monday (this Monday if still ahead, else next)."""
    local = now.astimezone(tz)
    monday = local.date() - timedelta(days=local.weekday())
    due = datetime.combine(monday, time(18, 0), tz)
    return due if local < due else due + timedelta(days=7)


def friday_before_25th(year: int, month: int) -> date:
    """MT-06, D-13: the Friday strictly before the 25th (a Friday 25th does not count)."""
    day = date(year, month, 24)
    while day.weekday() != 4:
        day -= timedelta(days=1)
    return day


def monthly_meeting(today: date, tz: tzinfo) -> datetime:
    meeting = friday_before_25th(today.year, today.month)
    if meeting < today:
        first = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
        meeting = friday_before_25th(first.year, first.month)
    return datetime.combine(meeting, time(9, 0), tz)


def reminders(now: datetime, tz: tzinfo) -> list[Reminder]:
    today = now.astimezone(tz).date()
    items = [
        Reminder("RP-01", "monthly service-quality report", monthly_quality_report(today, tz)),
        Reminder("RV-04", "satisfaction analysis", satisfaction_analysis(now, tz)),
        Reminder("MT-06", "monthly representative meeting", monthly_meeting(today, tz)),
    ]
    return sorted(items, key=lambda r: r.due)


def time_left(due: datetime, now: datetime) -> str:
    seconds = int((due - now).total_seconds())
    if seconds < 0:
        return "overdue"
    days, rest = divmod(seconds, 86400)
    return f"{days}d {rest // 3600}h" if days else f"{rest // 3600}h {rest % 3600 // 60:02d}m"
