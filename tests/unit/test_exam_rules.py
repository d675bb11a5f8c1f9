"""TR-04, TR-05, TR-06 and PF-11 at their boundaries."""

import pytest

from cs_console.config import Settings
from cs_console.domain.errors import UserError
from cs_console.domain.exams import (
    ExamResult,
    Outcome,
    exam_proposals,
    exam_sheet,
    knowledge_points,
    operation_points,
)
from cs_console.domain.sanctions import Sanction

RULES = Settings().month.to_domain()
SAT = Outcome.SAT


def sat(staff_no: str, knowledge: int, operation: int) -> ExamResult:
    return ExamResult(staff_no, SAT, knowledge, operation)


def deltas(results, prior=None) -> dict[tuple[str, str], int]:
    points, _ = exam_proposals("E-1", results, RULES, prior or {})
    return {(p.staff_no, p.rule + ("+" if p.delta > 0 else "")): p.delta for p in points}


@pytest.mark.parametrize(
    ("totals", "bonus"),
    [
        ([190, 190, 180, 170], ["a", "b", "c"]),  # ranks 1, 1, 3, 4
        ([190, 185, 185, 170], ["a", "b", "c"]),  # ranks 1, 2, 2, 4
        ([190, 185, 180, 180, 170], ["a", "b", "c", "d"]),  # ranks 1, 2, 3, 3, 5
        ([180, 180, 180, 180], ["a", "b", "c", "d"]),  # all rank 1
    ],
)
def test_tr04_top_three_are_everyone_ranked_1_to_3_ties_sharing(totals, bonus):
    """TR-04: "每月考试成绩排前三名者,在绩效考核评分中+5分" — ties share a rank."""
    results = [sat(chr(ord("a") + i), t // 2, t - t // 2) for i, t in enumerate(totals)]
    got = deltas(results)
    assert sorted(s for (s, rule) in got if rule == "TR-04+") == bonus
    assert all(got[(s, "TR-04+")] == 5 for s in bonus)


@pytest.mark.parametrize(
    ("knowledge", "operation", "failed"), [(80, 80, False), (79, 100, True), (100, 79, True)]
)
def test_tr04_fail_is_either_part_below_80(knowledge, operation, failed):
    """TR-04: "不及格者,在当月绩效考核评分中-5分"; TR-02: "每项满分100分,80分及格"."""
    results = [sat("a", knowledge, operation), *(sat(s, 100, 100) for s in "wxyz")]
    got = deltas(results)
    assert (got.get(("a", "TR-04")) == -5) is failed
    assert ("a", "TR-04+") not in got  # a fail is never in the top-three bonus


def test_tr05_cheating_scores_zero_a_fail_with_both_blocks_lost():
    """TR-05: "考试成绩按0分计"."""
    (line,) = exam_sheet("E-1", [ExamResult("a", Outcome.CHEATED, 95, 95)], RULES)
    assert (line.knowledge, line.operation, line.passed, line.rank) == (0, 0, False, None)
    assert deltas([ExamResult("a", Outcome.CHEATED)]) == {("a", "TR-04"): -5, ("a", "TR-06"): -15}


def test_tr05_unexcused_no_show_minus_10_and_a_verbal_warning():
    """TR-05: "给以口头警告,并在绩效考核评分中扣10分/次"; again → public reprimand (PN-01)."""
    result = ExamResult("a", Outcome.NO_SHOW)
    points, sanctions = exam_proposals("E-1", [result], RULES, {})
    assert [(p.rule, p.delta) for p in points] == [("TR-05", -10)]
    assert [(s.rule, s.sanction) for s in sanctions] == [("TR-05", Sanction.VERBAL_WARNING)]
    _, again = exam_proposals("E-2", [result], RULES, {"a": 1})
    assert again[0].sanction is Sanction.PUBLIC_REPRIMAND


def test_tr05_excused_absence_is_scored_70_neither_ranked_nor_failed():
    """TR-05: "因故…未参加考试者:当月成绩以70分计" — knowledge 70 loses the block's 10 (TR-06)."""
    (line,) = exam_sheet("E-1", [ExamResult("a", Outcome.EXCUSED)], RULES)
    assert (line.knowledge, line.operation, line.rank, line.passed) == (70, 70, None, None)
    assert (line.knowledge_block, line.operation_block) == (0, 5)
    assert deltas([ExamResult("a", Outcome.EXCUSED)]) == {("a", "TR-06"): -10}


@pytest.mark.parametrize(
    ("score", "points"), [(100, 0), (80, 0), (79, 1), (71, 9), (70, 10), (69, 10), (0, 10)]
)
def test_tr06_knowledge_block_minus_1_per_point_below_80(score, points):
    """TR-06: "考核成绩低于80分,每低1分,扣1分" — the block is worth 10."""
    assert knowledge_points(score, RULES) == points


@pytest.mark.parametrize(
    ("score", "points"), [(100, 0), (70, 0), (69, 0), (68, 1), (67, 1), (61, 4), (60, 5), (0, 5)]
)
def test_tr06_operation_block_minus_1_per_2_points_below_70(score, points):
    """TR-06: "考核成绩低于70分,每低2分,扣…1分" — full 2 points; the block is worth 5."""
    assert operation_points(score, RULES) == points


def test_tr06_blocks_are_one_proposal_and_two_columns():
    (line,) = exam_sheet("E-1", [sat("a", 75, 64)], RULES)
    assert (line.knowledge_block, line.operation_block) == (5, 2)
    assert deltas([sat("a", 75, 64)])[("a", "TR-06")] == -8


def test_pf11_full_marks_once_per_person_and_exam():
    """PF-11: "full marks in the exam (+5)" — both parts at 100; the same exam proposed again
    gives the same sources, so the ledger adds nothing twice."""
    results = [sat("a", 100, 100), sat("b", 100, 99)]
    first, _ = exam_proposals("E-1", results, RULES, {})
    again, _ = exam_proposals("E-1", results, RULES, {})
    full = [p for p in first if p.rule == "PF-11"]
    assert [(p.staff_no, p.delta, p.source) for p in full] == [("a", 5, "exam:E-1:a:full-marks")]
    assert first == again
    assert len({p.source for p in first}) == len(first)


def test_a_person_has_one_result_per_exam_and_scores_are_0_to_100():
    with pytest.raises(UserError, match="two results"):
        exam_sheet("E-1", [sat("a", 90, 90), sat("a", 80, 80)], RULES)
    with pytest.raises(UserError, match=r"refused \[TR-02\]"):
        exam_sheet("E-1", [sat("a", 101, 90)], RULES)
    with pytest.raises(UserError, match=r"refused \[TR-02\]"):
        exam_sheet("E-1", [ExamResult("a", SAT, 90)], RULES)
