"""Quality inspection per agent and month (QI-02, QI-04, QI-07, C-09).

Recorded calls inspected (``inspect``) count toward the target and the service-quality block;
test calls (QI-08, ``testcall``) are records of their own and count toward neither.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cs_console.domain.errors import UserError
from cs_console.domain.month_rules import MonthRules
from cs_console.domain.proposals import Proposal

SCORE_RANGE = "An inspection score is a number from 0 to 100."
QI02_NOTE = "{short} recordings short of {target} per agent ({month})"
QI07_RANGE = "A spot check gives {low}–{high} points per error, not {points}."
QI07_ERRORS = "A spot check needs at least one error."
QI07_NOTE = "supervisor spot check: {errors} error(s) × {points}"


@dataclass(frozen=True)
class Inspection:
    staff_no: str
    score: float  # the comprehensive service-quality evaluation form, 0–100 (QI-03)
    inspector: str


@dataclass(frozen=True)
class Coverage:
    """One agent's month: inspections against the target and the QI-04 block."""

    staff_no: str
    inspections: int
    target: int
    average: float | None
    service_quality: float | None

    @property
    def shortfall(self) -> int:
        return max(0, self.target - self.inspections)


def check_score(score: float) -> float:
    if not 0 <= score <= 100:
        raise UserError(SCORE_RANGE, rule="QI-04")
    return score


def service_quality_block(average: float, rules: MonthRules) -> float:
    """QI-04: (the month's total inspection score ÷ inspected recordings) × 20 % — 0 to 20."""
    return round(check_score(average) * rules.service_quality_percent / 100, 2)


def coverage(
    inspections: Iterable[Inspection], agents: Iterable[str], rules: MonthRules
) -> tuple[Coverage, ...]:
    """Each listed agent's count, average and block (None without an inspection), in order."""
    scores: dict[str, list[float]] = {}
    for item in inspections:
        scores.setdefault(item.staff_no, []).append(check_score(item.score))
    rows = []
    for staff_no in agents:
        own = scores.get(staff_no, [])
        average = sum(own) / len(own) if own else None
        block = service_quality_block(average, rules) if average is not None else None
        target = rules.qc_target_per_agent_month
        rows.append(Coverage(staff_no, len(own), target, average, block))
    return tuple(rows)


def missing_recordings(
    inspector: str, month: str, covered: Iterable[Coverage], rules: MonthRules
) -> Proposal | None:
    """QI-02: −1 per recording missing from each agent's 40, proposed on the quality inspector
    who covers them (never on the agent); None when nothing is missing."""
    short = sum(c.shortfall for c in covered)
    if not short:
        return None
    note = QI02_NOTE.format(short=short, target=rules.qc_target_per_agent_month, month=month)
    delta = -short * rules.qc_missing_recording_points
    return Proposal(inspector, "QI-02", delta, note, f"qi02:{month}:{inspector}") if delta else None


def spot_check(
    staff_no: str, errors: int, points_per_error: int, rules: MonthRules, source: str
) -> Proposal:
    """QI-07: a supervisor's spot check proposes 2–5 points per error found."""
    low, high = rules.spot_check_points_min, rules.spot_check_points_max
    if not low <= points_per_error <= high:
        raise UserError(QI07_RANGE.format(low=low, high=high, points=points_per_error), "QI-07")
    if errors < 1:
        raise UserError(QI07_ERRORS, rule="QI-07")
    note = QI07_NOTE.format(errors=errors, points=points_per_error)
    return Proposal(staff_no, "QI-07", -errors * points_per_error, note, source)
