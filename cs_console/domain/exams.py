"""The monthly exam (TR-04, TR-05, TR-06, PF-11): scores, ranks and what they propose.

Readings where the seeds are silent: the exam's score for ranking is knowledge + operation; a pass
needs each part at the pass mark (TR-02, "each out of 100, pass mark 80"); ranks 1–3 are shared by
ties and only those who passed get the top-three bonus; cheating scores 0 in both parts (a fail);
an excused absence is scored 70 in both parts for TR-06 but is neither ranked nor failed; an
unexcused no-show has no score, only TR-05's −10 and a verbal warning. Full marks (PF-11) means
100 in both parts, once per person and exam: every proposal has a stable source.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from cs_console.domain.errors import UserError
from cs_console.domain.month_rules import MonthRules
from cs_console.domain.proposals import Proposal, SanctionProposal
from cs_console.domain.ranking import competition_ranks
from cs_console.domain.sanctions import next_sanction

SCORE_RANGE = "Exam scores are whole numbers from 0 to 100 (knowledge and operation)."
TWICE = "{staff} has two results in exam {exam}."
NOTE_TOP = "exam {exam}: rank {rank}"
NOTE_FAIL = "exam {exam}: failed ({knowledge}/{operation})"
NOTE_BLOCKS = (
    "exam {exam}: knowledge {knowledge} (−{k_points}), operation {operation} (−{o_points})"
)
NOTE_NO_SHOW = "exam {exam}: absent without excuse"
NOTE_FULL = "exam {exam}: full marks"


class Outcome(StrEnum):
    SAT = "sat"
    CHEATED = "cheated"
    NO_SHOW = "no_show"
    EXCUSED = "excused"


@dataclass(frozen=True)
class ExamResult:
    staff_no: str
    outcome: Outcome
    knowledge: int | None = None
    operation: int | None = None


@dataclass(frozen=True)
class ExamLine:
    """One person's scored line: the scores that count, rank, pass and the TR-06 blocks."""

    staff_no: str
    outcome: Outcome
    knowledge: int | None
    operation: int | None
    rank: int | None
    passed: bool | None
    knowledge_block: int | None
    operation_block: int | None


def knowledge_points(score: int, rules: MonthRules) -> int:
    """TR-06: knowledge below 80 loses 1 point per point, at most the block's 10."""
    return min(rules.knowledge_block_points, max(0, rules.knowledge_block_floor - score))


def operation_points(score: int, rules: MonthRules) -> int:
    """TR-06: operation below 70 loses 1 point per full 2 points, at most the block's 5."""
    below = max(0, rules.operation_block_floor - score)
    return min(rules.operation_block_points, below // rules.operation_points_step)


def _scores(result: ExamResult, rules: MonthRules) -> tuple[int | None, int | None]:
    if result.outcome is Outcome.SAT:
        for score in (result.knowledge, result.operation):
            if score is None or not 0 <= score <= 100:
                raise UserError(SCORE_RANGE, rule="TR-02")
        return result.knowledge, result.operation
    if result.outcome is Outcome.CHEATED:
        return 0, 0
    if result.outcome is Outcome.EXCUSED:
        return rules.exam_excused_score, rules.exam_excused_score
    return None, None


def exam_sheet(exam: str, results: Iterable[ExamResult], rules: MonthRules) -> tuple[ExamLine, ...]:
    scored: dict[str, tuple[Outcome, int | None, int | None]] = {}
    for result in results:
        if result.staff_no in scored:
            raise UserError(TWICE.format(staff=result.staff_no, exam=exam))
        scored[result.staff_no] = (result.outcome, *_scores(result, rules))
    totals = {
        s: k + o
        for s, (outcome, k, o) in scored.items()
        if outcome is Outcome.SAT and k is not None and o is not None
    }
    ranks = competition_ranks(totals)
    lines = []
    for staff_no, (outcome, k, o) in scored.items():
        passed = k_block = o_block = None
        if k is not None and o is not None:
            if outcome in (Outcome.SAT, Outcome.CHEATED):
                passed = k >= rules.exam_pass_mark and o >= rules.exam_pass_mark
            k_block = rules.knowledge_block_points - knowledge_points(k, rules)
            o_block = rules.operation_block_points - operation_points(o, rules)
        lines.append(
            ExamLine(staff_no, outcome, k, o, ranks.get(staff_no), passed, k_block, o_block)
        )
    return tuple(lines)


def exam_proposals(
    exam: str,
    results: Iterable[ExamResult],
    rules: MonthRules,
    prior_no_shows: Mapping[str, int],
) -> tuple[tuple[Proposal, ...], tuple[SanctionProposal, ...]]:
    """Points (TR-04 top three / fail, TR-05 no-show, TR-06 blocks, PF-11 full marks) and the
    no-show's verbal warning (the next step of its ladder, PN-02)."""
    points: list[Proposal] = []
    sanctions: list[SanctionProposal] = []
    for line in exam_sheet(exam, results, rules):
        who, k, o = line.staff_no, line.knowledge, line.operation

        def add(rule: str, tag: str, delta: int, note: str, who: str = who) -> None:
            points.append(Proposal(who, rule, delta, note, f"exam:{exam}:{who}:{tag}"))

        if line.outcome is Outcome.NO_SHOW:
            add("TR-05", "no-show", -rules.exam_no_show_points, NOTE_NO_SHOW.format(exam=exam))
            sanction = next_sanction("TR-05", prior_no_shows.get(who, 0))
            sanctions.append(
                SanctionProposal(who, "TR-05", sanction, NOTE_NO_SHOW.format(exam=exam))
            )
            continue
        assert k is not None and o is not None
        if line.passed and line.rank is not None and line.rank <= rules.exam_top_ranks:
            add("TR-04", "top", rules.exam_top_points, NOTE_TOP.format(exam=exam, rank=line.rank))
        if line.passed is False:
            note = NOTE_FAIL.format(exam=exam, knowledge=k, operation=o)
            add("TR-04", "fail", -rules.exam_fail_points, note)
        k_points, o_points = knowledge_points(k, rules), operation_points(o, rules)
        if k_points or o_points:
            note = NOTE_BLOCKS.format(
                exam=exam, knowledge=k, k_points=k_points, operation=o, o_points=o_points
            )
            add("TR-06", "blocks", -(k_points + o_points), note)
        if line.outcome is Outcome.SAT and k == 100 and o == 100:
            add("PF-11", "full-marks", rules.full_marks_points, NOTE_FULL.format(exam=exam))
    return tuple(points), tuple(sanctions)
