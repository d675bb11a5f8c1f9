"""The month as screen 6, ``month``, ``close month`` and the exports read it: the appraisal table
per person (live, or frozen once closed), what is missing, and the points history."""

from __future__ import annotations

from dataclasses import dataclass

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
from cs_console.domain.quality import Coverage, Inspection, coverage
from cs_console.domain.staff import Role
from cs_console.services.context import Context
from cs_console.services.month_period import bounds, first_day, previous
from cs_console.services.report_records import outcomes
from cs_console.store import month_repo
from cs_console.store.models import Staff

SCHEMA_VERSION = 1
# The columns of the month's table, in order: the keys of CSV and JSON (never translated).
COLUMNS = ("staff_no", "name", "team", "role", "inspections", "service_quality", "bonuses",
           "deductions", "leader_adjust", "final", "grade", "stars", "star_yuan",
           "salary_float", "rank", "flags")  # fmt: skip


@dataclass(frozen=True)
class MonthRow:
    staff_no: str
    name: str
    team: str
    role: str
    inspections: int
    service_quality: float | None
    bonuses: int
    deductions: int
    leader_adjust: int
    final: int
    grade: str
    stars: int
    star_yuan: int
    salary_float: int
    rank: int | None
    flags: str

    def value(self, column: str) -> object:
        return getattr(self, column)


@dataclass(frozen=True)
class MonthView:
    month: str
    closed: bool
    closed_by: str
    reason: str
    rows: tuple[MonthRow, ...]
    missing: tuple[Missing, ...]

    def teams(self) -> list[str]:
        return sorted({r.team for r in self.rows})


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


def float_cell(row: MonthRow) -> str:
    """The salary float as the table shows it: ``0*`` in PF-19's first months (the flags say
    PF-19), else signed."""
    return "0*" if "PF-19" in row.flags.split() else f"{row.salary_float:+d}"


def month_lines(view: MonthView, team: str | None = None) -> list[str]:
    """``month``'s text: one line per person, then what is missing."""
    state = f"closed by {view.closed_by}" if view.closed else "open"
    lines = [f"{view.month} {state}" + (f" (anyway: {view.reason})" if view.reason else "")]
    lines.append("staff  team role  insp  SQ     +    −  PF16 final grade ★  float rank flags")
    for r in view.rows:
        if team is not None and r.team != team:
            continue
        quality = f"{r.service_quality:5.2f}" if r.service_quality is not None else "    –"
        lines.append(
            f"{r.staff_no:<6} {r.team or '-':<4} {r.role[:5]:<5} {r.inspections:>4} {quality} "
            f"{r.bonuses:>4} {r.deductions:>4} {r.leader_adjust:>+5} {r.final:>5} "
            f"{r.grade or '-':<5} {r.stars} {float_cell(r):>6} {r.rank or '-':>4} {r.flags}"
        )
    shown = {r.staff_no for r in view.rows if team is None or r.team == team}
    lines += [f"missing: {m.text}" for m in view.missing if m.staff_no in shown]
    return lines
