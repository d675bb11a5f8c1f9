"""The month's reports (RP-01, RP-04…RP-07): who owes which, by when, and what came in.

RP-06 and RP-07 fall due in the month after the one they report on, so either one submitted in
the first ten days of a month counts for the month before; every other submission counts for
the month it is submitted in."""

from __future__ import annotations

from datetime import datetime

from cs_console.domain.errors import UserError
from cs_console.domain.reports import ReportDue, ReportOutcome, late_proposal, month_reports
from cs_console.domain.reports import report_outcome as outcome_of
from cs_console.services import audit, points
from cs_console.services.acting import actor_row
from cs_console.services.context import Context
from cs_console.services.month_period import ensure_open, first_day, month_of, previous
from cs_console.services.shift_lookup import person
from cs_console.store import month_repo
from cs_console.store.models import Staff
from cs_console.store.models_month import ReportSubmission

NEXT_MONTH_REPORTS = frozenset({"RP-06", "RP-07"})
NEXT_MONTH_DAYS = 10
UNKNOWN = "No report {rule}; the month's reports are {known}."
NOT_OWNER = "{rule} is the {owner}'s report; {staff}'s role is {role}."
TWICE = "{rule} of {staff} for {month} was already submitted."


def dues(ctx: Context, month: str) -> tuple[ReportDue, ...]:
    day = first_day(month)
    rules = ctx.settings.month.to_domain()
    return month_reports(day.year, day.month, ctx.settings.tz, ctx.settings.holidays, rules)


def report_month(ctx: Context, rule: str, at: datetime) -> str:
    month = month_of(ctx, at)
    early = at.astimezone(ctx.settings.tz).day <= NEXT_MONTH_DAYS
    return previous(month, 1)[0] if rule in NEXT_MONTH_REPORTS and early else month


def submit(ctx: Context, rule: str, staff_no: str | None, at: datetime | None) -> str:
    rule = rule.upper()
    when = at or ctx.now()
    month = report_month(ctx, rule, when)
    due = {d.rule: d for d in dues(ctx, month)}
    if rule not in due:
        raise UserError(UNKNOWN.format(rule=rule, known=", ".join(due)))
    report = due[rule]
    with ctx.transaction() as session:
        ensure_open(session, month)
        actor = actor_row(ctx, session, "A report submission")
        staff = person(session, staff_no) if staff_no else actor
        assert staff.id is not None
        if staff.role != report.owner:
            owner, role = report.owner.replace("_", " "), staff.role.replace("_", " ")
            said = NOT_OWNER.format(rule=rule, owner=owner, staff=staff.staff_no, role=role)
            raise UserError(said, rule=rule)
        if month_repo.submission(session, month, rule, staff.id) is not None:
            raise UserError(TWICE.format(rule=rule, staff=staff.staff_no, month=month), rule=rule)
        session.add(ReportSubmission(month=month, rule=rule, staff_id=staff.id, submitted_at=when))
        outcome = outcome_of(report, staff.staff_no, when, ctx.now())
        audit.record(session, ctx, "report.submitted", staff.staff_no,
                     after={"rule": rule, "month": month, "at": when,
                            "status": outcome.status})  # fmt: skip
        proposal = late_proposal(outcome, month)
        if proposal is not None:
            points.propose(session, ctx, staff.id, staff.staff_no, proposal.rule,
                           proposal.delta, proposal.note, proposal.source)  # fmt: skip
    late = f", {outcome.points:+d} proposed" if proposal else ""
    return f"{rule} {staff.staff_no} {month} submitted ({outcome.status.replace('_', ' ')}{late})"


def outcomes(
    ctx: Context, month: str, staff: list[Staff], submitted: dict[tuple[str, str], datetime]
) -> list[ReportOutcome]:
    """Every report of the month owed by the staff listed, RP-07 aside: closing the month is the
    appraisal (RP-07) itself."""
    found = []
    for report in dues(ctx, month):
        if report.rule == "RP-07":
            continue
        for row in staff:
            if row.role == report.owner:
                at = submitted.get((report.rule, row.staff_no))
                found.append(outcome_of(report, row.staff_no, at, ctx.now()))
    return found
