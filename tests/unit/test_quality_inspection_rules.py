"""QI-02, QI-04, QI-07 (C-09) at their boundaries."""

import pytest

from cs_console.config import Settings
from cs_console.domain.errors import UserError
from cs_console.domain.quality import (
    Inspection,
    coverage,
    missing_recordings,
    service_quality_block,
    spot_check,
)

RULES = Settings().month.to_domain()


def inspections(staff_no: str, scores: list[float]) -> list[Inspection]:
    return [Inspection(staff_no, s, "3001") for s in scores]


def test_qi02_target_is_40_recordings_per_agent_per_month():
    """C-09: "对于全体接话员工每人每月不低于40条电话录音质检" — 39 is one short; 40, 41 are not."""
    rows = coverage(
        inspections("1021", [90] * 39)
        + inspections("1022", [90] * 40)
        + inspections("1023", [90] * 41),
        ["1021", "1022", "1023", "1024"],
        RULES,
    )
    assert [(r.staff_no, r.inspections, r.shortfall) for r in rows] == [
        ("1021", 39, 1),
        ("1022", 40, 0),
        ("1023", 41, 0),
        ("1024", 0, 40),
    ]
    assert rows[3].average is None and rows[3].service_quality is None


def test_qi02_minus_one_per_missing_recording_falls_on_the_inspector():
    """QI-02: "缺少1条减1分" (the inspector's score) — proposed on the inspector, not the agent."""
    rows = coverage(inspections("1021", [90] * 38), ["1021", "1022"], RULES)
    proposal = missing_recordings("3001", "2026-11", rows, RULES)
    assert proposal is not None
    assert (proposal.staff_no, proposal.rule, proposal.delta) == ("3001", "QI-02", -42)
    assert proposal.source == "qi02:2026-11:3001"
    full = coverage(inspections("1021", [90] * 40), ["1021"], RULES)
    assert missing_recordings("3001", "2026-11", full, RULES) is None


@pytest.mark.parametrize(
    ("average", "block"), [(0, 0.0), (60, 12.0), (85.5, 17.1), (99.99, 20.0), (100, 20.0)]
)
def test_qi04_service_quality_is_the_average_times_20_percent(average, block):
    """QI-04: "服务质量得分=(当月质检总评分/当月质检语音数量)20%" — 0 to 20."""
    assert service_quality_block(average, RULES) == block


def test_qi04_block_from_the_months_inspections_is_its_own_column():
    (row,) = coverage(inspections("1021", [80, 90, 100]), ["1021"], RULES)
    assert (row.average, row.service_quality) == (90.0, 18.0)


@pytest.mark.parametrize("score", [-0.5, 100.5])
def test_qi04_scores_outside_0_to_100_are_refused(score):
    with pytest.raises(UserError, match=r"refused \[QI-04\]"):
        coverage(inspections("1021", [score]), ["1021"], RULES)


@pytest.mark.parametrize(("points", "ok"), [(1, False), (2, True), (5, True), (6, False)])
def test_qi07_spot_check_two_to_five_points_per_error(points, ok):
    """QI-07: "Puntuación de inspección aleatoria del supervisor 2 -5 puntos/un error"."""
    if ok:
        proposal = spot_check("1021", 3, points, RULES, "spot:1")
        assert (proposal.rule, proposal.delta) == ("QI-07", -3 * points)
    else:
        with pytest.raises(UserError, match=r"refused \[QI-07\]: .*2–5 points per error"):
            spot_check("1021", 3, points, RULES, "spot:1")


def test_qi07_needs_an_error():
    with pytest.raises(UserError, match=r"refused \[QI-07\]"):
        spot_check("1021", 0, 2, RULES, "spot:1")
