"""The month's appraisal table as screen 6, ``month`` and the exports show it: one row per
person, live or frozen once closed (PF-10…PF-19), and what is still missing for the close."""

from __future__ import annotations

from dataclasses import dataclass

from cs_console.domain.month_close import Missing

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


def float_cell(row: MonthRow) -> str:
    """The salary float as the table shows it: ``0*`` in PF-19's first months (the flags say
    PF-19), else signed."""
    return "0*" if "PF-19" in row.flags.split() else f"{row.salary_float:+d}"
