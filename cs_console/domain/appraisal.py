"""The monthly appraisal on the 004 frame (PF-10, PF-16…PF-19 read as C-13, C-14, C-23).

final = min(110, 80 + confirmed bonuses − confirmed deductions + PF-16), where confirmed means
confirmed, acknowledged or under appeal (an appeal upheld withdraws the entry). QI-04's
service-quality block and PF-16's adjustment are columns of their own, never ledger sums. Grade,
stars and the salary float are reported figures, not payments (D-11).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta

from cs_console.domain.errors import UserError
from cs_console.domain.month_rules import MonthRules
from cs_console.domain.ranking import competition_ranks
from cs_console.domain.staff import Role

COUNTED = frozenset({"confirmed", "acknowledged", "appealed"})
OWN_COLUMNS = frozenset({"PF-16", "QI-04"})
# C-13: A > 90; B 80–90; C 70–< 80; D 65–< 70; E 60–< 65; below 60 no letter.
GRADE_BANDS = (("A", 90, False), ("B", 80, True), ("C", 70, True), ("D", 65, True), ("E", 60, True))
# C-14 (PF-05): ★★★ 98 and above with no work errors; ★★ 95 and above; ★ 91 ≤ score < 95.
STAR_BANDS = ((3, 98), (2, 95), (1, 91))
STAR_MAX_COMPLAINTS = 2  # CP-07: no more than two complaints in the month for any star
STAR_YUAN = {1: 100, 2: 300, 3: 500}
STAR_YUAN_MANAGERS = {1: 200, 2: 300, 3: 500}
MANAGERS = frozenset({Role.SUPERVISOR, "cs_manager"})
# PF-05: for these a single star also needs a month without work errors.
ONE_STAR_NEEDS_NO_ERRORS = frozenset(
    {Role.SQUAD_LEADER, Role.QUALITY_INSPECTOR, Role.SUPPORT_SPECIALIST}
)
FLOOR_STAFF = frozenset({Role.AGENT, Role.DEPUTY_SQUAD_LEADER})
# PF-05's "no work errors": a counted deduction for an error a spot check found (QI-07).
WORK_ERROR_RULES = frozenset({"QI-07"})

NO_GRADE = "below 60: termination possible"
GRACE = "first two months: points only"
PF16_ROLE = "Only a squad leader gets the training specialist's −{limit}…+{limit}."
PF16_RANGE = "The squad leader's adjustment is from −{limit} to +{limit}, not {adjust:+d}."
PF16_REASON = "The squad leader's adjustment needs its reason."
FLAGS = {
    "PF-07": "below {score} for {months} months: moved to an agent post",
    "PF-06": "first in the centre for {months} months: squad-leader candidate",
    "PF-19": "first {months} months after joining: points only, no float",
}
FLAG_MONTHS = {"PF-07": "leader_demotion_months", "PF-06": "first_place_months",
               "PF-19": "salary_float_grace_months"}  # fmt: skip


@dataclass(frozen=True)
class PointsLine:
    rule: str
    delta: int
    status: str


@dataclass(frozen=True)
class AppraisalInput:
    staff_no: str
    role: str
    month: date  # any day of the month
    joined: date | None
    points: tuple[PointsLine, ...] = ()
    leader_adjust: int = 0  # PF-16
    leader_adjust_reason: str = ""
    service_quality: float | None = None  # QI-04
    complaints: int = 0  # valid complaints in the month (CP-07)
    work_errors: bool = False


@dataclass(frozen=True)
class AppraisalRow:
    staff_no: str
    role: str
    month: date
    base: int
    bonuses: int
    deductions: int
    leader_adjust: int
    final: int
    capped: bool
    grade: str | None
    stars: int
    star_yuan: int
    salary_float: int
    float_note: str
    service_quality: float | None
    rank: int | None = None
    flags: tuple[str, ...] = ()


def grade(score: float) -> str | None:
    """PF-17 read as C-13; None below 60 ("termination possible")."""
    for letter, bound, inclusive in GRADE_BANDS:
        if score > bound or (inclusive and score == bound):
            return letter
    return None


def work_errors(points: Iterable[PointsLine]) -> bool:
    """PF-05: whether the month has a work error, a counted QI-07 spot-check deduction."""
    return any(p.rule in WORK_ERROR_RULES and p.delta < 0 and p.status in COUNTED for p in points)


def stars(score: float, role: str, complaints: int, work_errors: bool) -> int:
    """PF-05 read as C-14, on the same final score as the grade."""
    if complaints > STAR_MAX_COMPLAINTS:
        return 0
    for count, bound in STAR_BANDS:
        if score >= bound:
            if count == 3 and work_errors:
                continue
            if count == 1 and work_errors and role in ONE_STAR_NEEDS_NO_ERRORS:
                return 0
            return count
    return 0


def months_between(earlier: date, later: date) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month


def in_first_months(month: date, joined: date | None, rules: MonthRules) -> bool:
    """PF-19: the month of joining is the first; points only in the first two."""
    return joined is not None and months_between(joined, month) < rules.salary_float_grace_months


def salary_float(final: int, month: date, joined: date | None, rules: MonthRules) -> int:
    """PF-18: clamp((final − 80) × 10, −300, +300) yuan; PF-19: 0 in the first two months."""
    if in_first_months(month, joined, rules):
        return 0
    limit = rules.salary_float_limit
    return max(-limit, min(limit, (final - rules.appraisal_base) * rules.salary_float_per_point))


def check_leader_adjust(role: str, adjust: int, reason: str, rules: MonthRules) -> None:
    """PF-16: the training specialist's −5…+5 for each squad leader, with its reason."""
    limit = rules.leader_adjust_limit
    if adjust and role != Role.SQUAD_LEADER:
        raise UserError(PF16_ROLE.format(limit=limit), rule="PF-16")
    if abs(adjust) > limit:
        raise UserError(PF16_RANGE.format(limit=limit, adjust=adjust), rule="PF-16")
    if adjust and not reason.strip():
        raise UserError(PF16_REASON, rule="PF-16")


def appraise(person: AppraisalInput, rules: MonthRules) -> AppraisalRow:
    check_leader_adjust(person.role, person.leader_adjust, person.leader_adjust_reason, rules)
    counted = [p.delta for p in person.points if p.status in COUNTED and p.rule not in OWN_COLUMNS]
    bonuses = sum(d for d in counted if d > 0)
    deductions = -sum(d for d in counted if d < 0)
    raw = rules.appraisal_base + bonuses - deductions + person.leader_adjust
    final = min(rules.appraisal_cap, raw)
    count = stars(final, person.role, person.complaints, person.work_errors)
    yuan = (STAR_YUAN_MANAGERS if person.role in MANAGERS else STAR_YUAN).get(count, 0)
    return AppraisalRow(
        staff_no=person.staff_no,
        role=person.role,
        month=person.month.replace(day=1),
        base=rules.appraisal_base,
        bonuses=bonuses,
        deductions=deductions,
        leader_adjust=person.leader_adjust,
        final=final,
        capped=raw > final,
        grade=grade(final),
        stars=count,
        star_yuan=yuan,
        salary_float=salary_float(final, person.month, person.joined, rules),
        float_note=GRACE if in_first_months(person.month, person.joined, rules) else "",
        service_quality=person.service_quality,
    )


def previous_months(month: date, count: int) -> list[date]:
    """``month`` and the ``count − 1`` months before it, latest first (first days)."""
    months, day = [], month.replace(day=1)
    for _ in range(count):
        months.append(day)
        day = (day - timedelta(days=1)).replace(day=1)
    return months


def leader_demotion_due(finals: Mapping[date, int], month: date, rules: MonthRules) -> bool:
    """PF-07: a squad leader below 90 in each of three consecutive months ending ``month``."""
    needed = previous_months(month, rules.leader_demotion_months)
    return all(m in finals and finals[m] < rules.leader_demotion_below for m in needed)


def first_in_centre(
    finals_by_month: Mapping[date, Mapping[str, int]], month: date, rules: MonthRules
) -> frozenset[str]:
    """PF-06: everyone ranked first (ties share the rank) in each of three consecutive months."""
    found: set[str] | None = None
    for m in previous_months(month, rules.first_place_months):
        ranks = competition_ranks(finals_by_month.get(m, {}))
        firsts = {who for who, rank in ranks.items() if rank == 1}
        found = firsts if found is None else found & firsts
    return frozenset(found or ())


def month_sheet(
    people: Iterable[AppraisalInput],
    rules: MonthRules,
    earlier: Mapping[date, Mapping[str, int]],
) -> tuple[AppraisalRow, ...]:
    """The month's rows ranked by final (ties share), with the PF-07 and PF-06 flags. ``earlier``
    holds the finals of the months before for the same population, which is also the population
    PF-06 ranks ("the centre": the services pass the floor staff of the whole centre)."""
    rows = [appraise(p, rules) for p in people]
    if not rows:
        return ()
    month = rows[0].month
    finals = {r.staff_no: r.final for r in rows}
    ranks = competition_ranks(finals)
    firsts = first_in_centre({**earlier, month: finals}, month, rules)
    out = []
    for row in rows:
        flags = []
        history = {m: f[row.staff_no] for m, f in earlier.items() if row.staff_no in f}
        history[month] = row.final
        if row.role == Role.SQUAD_LEADER and leader_demotion_due(history, month, rules):
            flags.append("PF-07")
        if row.staff_no in firsts and row.role in FLOOR_STAFF:
            flags.append("PF-06")
        if row.float_note:
            flags.append("PF-19")
        out.append(replace(row, rank=ranks[row.staff_no], flags=tuple(flags)))
    return tuple(out)


def flag_text(flag: str, rules: MonthRules) -> str:
    return FLAGS[flag].format(
        score=rules.leader_demotion_below, months=getattr(rules, FLAG_MONTHS[flag])
    )
