"""Report dates (RP-01, RP-04…RP-07, RV-04, MT-06, D-13): what is due, by whom, how long is left."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from cs_console.domain.month_rules import MonthRules
from cs_console.domain.proposals import Proposal
from cs_console.domain.staff import Role
from cs_console.i18n import N_

END_OF_DAY = time(23, 59)
TITLES = {  # stored in English (proposal notes); a screen translates them
    "RP-01": N_("monthly service-quality report"),
    "RP-04": N_("monthly work summary"),
    "RP-05": N_("quality-analysis report"),
    "RP-06": N_("business-analysis report"),
    "RP-07": N_("monthly appraisal"),
    "RV-04": N_("satisfaction analysis"),
    "MT-06": N_("monthly representative meeting"),
}
LATE_NOTE = "{title} for {month}: {status}"


@dataclass(frozen=True)
class Reminder:
    rule: str
    title: str
    due: datetime
    owner: str = ""


def monthly_quality_report(today: date, tz: tzinfo) -> datetime:
    """RP-01, D-13: 'before the 22nd' = by the 21st 23:59 of this month (next month if past)."""
    due = datetime.combine(today.replace(day=21), time(23, 59), tz)
    if today.day > 21:
        first = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
        due = datetime.combine(first.replace(day=21), time(23, 59), tz)
    return due


def week_start(day: date) -> date:
    """The Monday of ``day``'s week: report weeks start on Monday in every language (RV-04),
    whatever the locale's first day of the week."""
    return day - timedelta(days=day.weekday())


def satisfaction_analysis(now: datetime, tz: tzinfo) -> datetime:
    """RV-04: before 18:00 every Monday (this Monday if still ahead, else next)."""
    local = now.astimezone(tz)
    monday = week_start(local.date())
    due = datetime.combine(monday, time(18, 0), tz)
    return due if local < due else due + timedelta(days=7)


def friday_before_25th(year: int, month: int, include_25th: bool = False) -> date:
    """MT-06, D-13: the Friday strictly before the 25th (a Friday 25th does not count), or on or
    before the 25th when ``include_25th``."""
    day = date(year, month, 25 if include_25th else 24)
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
        Reminder("RP-01", TITLES["RP-01"], monthly_quality_report(today, tz)),
        Reminder("RV-04", TITLES["RV-04"], satisfaction_analysis(now, tz)),
        Reminder("MT-06", TITLES["MT-06"], monthly_meeting(today, tz)),
    ]
    return sorted(items, key=lambda r: r.due)


def time_left(due: datetime, now: datetime, say: Callable[[str], str] = str) -> str:
    """'1d 7h', '3h 05m' or 'overdue'; ``say`` translates the words for a screen."""
    seconds = int((due - now).total_seconds())
    if seconds < 0:
        return say(N_("overdue"))
    days, rest = divmod(seconds, 86400)
    if days:
        return say(N_("{days}d {hours}h")).format(days=days, hours=rest // 3600)
    return say(N_("{hours}h {minutes:02d}m")).format(hours=rest // 3600, minutes=rest % 3600 // 60)


def _next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def appraisal_window(
    year: int, month: int, holidays: Iterable[date], days: int
) -> tuple[date, date]:
    """RP-07: month M is appraised on the 1st–6th of M+1, postponed for holidays (顺延): the
    first ``days`` days from the 1st that are not holidays."""
    off = set(holidays)
    day = date(*_next_month(year, month), 1)
    taken: list[date] = []
    while len(taken) < days:
        if day not in off:
            taken.append(day)
        day += timedelta(days=1)
    return taken[0], taken[-1]


@dataclass(frozen=True)
class ReportDue:
    """A report of month M, its owner's role, deadline and the points when late or missing."""

    rule: str
    owner: str
    title: str
    due: datetime
    points: int
    opens: datetime | None = None


def month_reports(
    year: int, month: int, tz: tzinfo, holidays: Iterable[date], rules: MonthRules
) -> tuple[ReportDue, ...]:
    """RP-01 by the 21st 23:59 (D-13); RP-04 and RP-05 on the 28th; RP-06 on the 1st of the next
    month; RP-07 the appraisal window. Late or missing: −5 for RP-04…RP-06, none for the others."""
    late = -rules.report_late_points
    after = _next_month(year, month)
    first, last = appraisal_window(year, month, holidays, rules.appraisal_window_days)

    def at(day: date) -> datetime:
        return datetime.combine(day, END_OF_DAY, tz)

    return (
        ReportDue("RP-01", Role.SQUAD_LEADER, TITLES["RP-01"], at(date(year, month, 21)), 0),
        ReportDue("RP-04", Role.AGENT, TITLES["RP-04"], at(date(year, month, 28)), late),
        ReportDue(
            "RP-05", Role.QUALITY_INSPECTOR, TITLES["RP-05"], at(date(year, month, 28)), late
        ),
        ReportDue("RP-06", Role.SUPPORT_SPECIALIST, TITLES["RP-06"], at(date(*after, 1)), late),
        ReportDue(
            "RP-07",
            Role.SUPERVISOR,
            TITLES["RP-07"],
            at(last),
            0,
            opens=datetime.combine(first, time(0, 0), tz),
        ),
    )


@dataclass(frozen=True)
class ReportOutcome:
    rule: str
    staff_no: str
    due: datetime
    submitted_at: datetime | None
    status: str  # on_time | late | missing | pending
    points: int


def report_outcome(
    report: ReportDue, staff_no: str, submitted_at: datetime | None, now: datetime
) -> ReportOutcome:
    """Submitted by the deadline → on time; after it → late; none and the deadline passed →
    missing; none yet → pending. Late and missing carry the report's points."""
    if submitted_at is not None:
        status = "on_time" if submitted_at <= report.due else "late"
    else:
        status = "missing" if now > report.due else "pending"
    points = report.points if status in ("late", "missing") else 0
    return ReportOutcome(report.rule, staff_no, report.due, submitted_at, status, points)


def late_proposal(outcome: ReportOutcome, month: str) -> Proposal | None:
    """RP-04…RP-06: −5 per late or missing report, once per report, person and month."""
    if not outcome.points:
        return None
    note = LATE_NOTE.format(title=TITLES[outcome.rule], month=month, status=outcome.status)
    source = f"report:{outcome.rule}:{month}:{outcome.staff_no}"
    return Proposal(outcome.staff_no, outcome.rule, outcome.points, note, source)


def reminders_within(
    now: datetime, tz: tzinfo, days: int, holidays: Iterable[date], rules: MonthRules
) -> list[Reminder]:
    """Every reminder due from ``now`` to ``days`` days later, soonest first: the month's reports
    (RP-01, RP-04…RP-07), the Monday satisfaction analysis (RV-04) and the representatives'
    meeting (MT-06)."""
    end = now + timedelta(days=days)
    local = now.astimezone(tz).date()
    off = tuple(holidays)
    before = local.replace(day=1) - timedelta(days=1)
    months = [(before.year, before.month), (local.year, local.month)]
    months.append(_next_month(local.year, local.month))
    items = []
    for year, month in months:
        for report in month_reports(year, month, tz, off, rules):
            items.append(Reminder(report.rule, report.title, report.due, report.owner))
        meeting = friday_before_25th(year, month, rules.rep_meeting_includes_25th)
        items.append(Reminder("MT-06", TITLES["MT-06"], datetime.combine(meeting, time(9, 0), tz)))
    monday = satisfaction_analysis(now, tz)
    while monday < end:
        items.append(Reminder("RV-04", TITLES["RV-04"], monday, Role.SQUAD_LEADER))
        monday += timedelta(days=7)
    return sorted((r for r in items if now <= r.due < end), key=lambda r: (r.due, r.rule))
