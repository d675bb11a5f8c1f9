"""The month as screen 6, ``month``, ``close month`` and the exports read it: the appraisal table
per person (live, or frozen once closed), what is missing, and the points history."""

from __future__ import annotations

from sqlmodel import Session

from cs_console.domain.appraisal import (
    COUNTED,
    AppraisalInput,
    AppraisalRow,
    PointsLine,
    month_sheet,
    work_errors,
)
from cs_console.domain.month_close import LedgerLine, Missing, missing_for_close
from cs_console.domain.month_table import MonthRow, MonthView
from cs_console.domain.quality import Coverage, Inspection, coverage
from cs_console.domain.staff import Role
from cs_console.services.context import Context
from cs_console.services.month_period import bounds, first_day, previous
from cs_console.services.report_records import outcomes
from cs_console.store import month_repo
from cs_console.store.models import Staff


def _coverage(session: Session, ctx: Context, month: str, staff: list[Staff]) -> list[Coverage]:
    done = [
        Inspection(staff_no, row.score, by)
        for row, staff_no, by in month_repo.inspections(session, month, "recording")
    ]
    agents = [s.staff_no for s in staff if s.role == Role.AGENT]
    return list(coverage(done, agents, ctx.settings.month.to_domain()))


def _inputs(
    session: Session, ctx: Context, month: str, staff: list[Staff], covered: list[Coverage]
) -> tuple[list[AppraisalInput], list[LedgerLine]]:
    first, after = bounds(ctx, month)
    by_person: dict[str, list[PointsLine]] = {}
    adjust: dict[str, tuple[int, str]] = {}
    ledger = []
    for entry, staff_no in month_repo.ledger(session, first, after):
        ledger.append(LedgerLine(f"P-{entry.id}", staff_no, entry.rule, entry.delta, entry.status))
        by_person.setdefault(staff_no, []).append(PointsLine(entry.rule, entry.delta, entry.status))
        if entry.rule == "PF-16" and entry.status in COUNTED:
            total, reason = adjust.get(staff_no, (0, ""))
            adjust[staff_no] = (total + entry.delta, f"{reason} {entry.note}".strip())
    blocks = {c.staff_no: c.service_quality for c in covered}
    complaints = month_repo.complaints(session, first, after)
    inputs = [
        AppraisalInput(
            staff_no=s.staff_no,
            role=s.role,
            month=first_day(month),
            joined=s.joined,
            points=tuple(by_person.get(s.staff_no, ())),
            leader_adjust=adjust.get(s.staff_no, (0, ""))[0],
            leader_adjust_reason=adjust.get(s.staff_no, (0, ""))[1],
            service_quality=blocks.get(s.staff_no),
            complaints=complaints.get(s.staff_no, 0),
            work_errors=work_errors(by_person.get(s.staff_no, ())),
        )
        for s in staff
    ]
    return inputs, ledger


def appraise(
    session: Session, ctx: Context, month: str, staff: list[Staff]
) -> tuple[tuple[AppraisalRow, ...], tuple[Missing, ...], dict[str, int]]:
    """The live appraisal of ``month``, what keeps it open, and each agent's inspections."""
    covered = _coverage(session, ctx, month, staff)
    inputs, ledger = _inputs(session, ctx, month, staff, covered)
    rules = ctx.settings.month.to_domain()
    months = previous(month, max(rules.leader_demotion_months, rules.first_place_months))
    earlier = {
        first_day(m): finals for m, finals in month_repo.earlier_finals(session, months).items()
    }
    rows = month_sheet(inputs, rules, earlier)
    submitted = month_repo.submissions(session, month)
    missing = missing_for_close(ledger, outcomes(ctx, month, staff, submitted), covered)
    return rows, missing, {c.staff_no: c.inspections for c in covered}


def month_view(ctx: Context, month: str) -> MonthView:
    """Reads only (convention 14)."""
    with ctx.reading(snapshot=True) as session:
        closed = month_repo.month_close(session, month)
        staff = month_repo.active_staff(session)
        if closed is not None:
            rows = tuple(_frozen(session, month, {s.staff_no: s for s in staff}))
            return MonthView(month, True, closed.closed_by, closed.reason, rows, ())
        sheet, missing, counts = appraise(session, ctx, month, staff)
    people = {s.staff_no: s for s in staff}
    rows = tuple(_row(r, people[r.staff_no], counts.get(r.staff_no, 0)) for r in sheet)
    return MonthView(month, False, "", "", rows, missing)


def _row(row: AppraisalRow, staff: Staff, inspections: int) -> MonthRow:
    return MonthRow(row.staff_no, staff.name, staff.team, row.role, inspections,
                    row.service_quality, row.bonuses, row.deductions, row.leader_adjust,
                    row.final, row.grade or "", row.stars, row.star_yuan, row.salary_float,
                    row.rank, " ".join(row.flags))  # fmt: skip


def _frozen(session: Session, month: str, people: dict[str, Staff]) -> list[MonthRow]:
    rows = []
    for r in month_repo.appraisal_records(session, month):
        name = people[r.staff_no].name if r.staff_no in people else ""
        rows.append(MonthRow(r.staff_no, name, r.team, r.role, r.inspections, r.service_quality,
                             r.bonuses, r.deductions, r.leader_adjust, r.final, r.grade, r.stars,
                             r.star_yuan, r.salary_float, r.rank, r.flags))  # fmt: skip
    return rows
