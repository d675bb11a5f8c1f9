"""The monthly appraisal on the 004 frame: PF-10, PF-16, PF-17 (C-13), PF-05 (C-14), PF-18, PF-19,
PF-07, PF-06 and the PN-01/PN-02 ladders, at each band boundary."""

from datetime import date

import pytest

from cs_console.config import Settings
from cs_console.domain.appraisal import (
    AppraisalInput,
    PointsLine,
    appraise,
    flag_text,
    grade,
    month_sheet,
    salary_float,
    stars,
    work_errors,
)
from cs_console.domain.errors import UserError
from cs_console.domain.sanctions import Sanction, next_sanction

RULES = Settings().month.to_domain()
NOV = date(2026, 11, 1)


def person(points=(), role="agent", **extra) -> AppraisalInput:
    lines = tuple(PointsLine(rule, delta, status) for rule, delta, status in points)
    return AppraisalInput("1021", role, NOV, date(2025, 1, 10), lines, **extra)


def final_of(total_delta: int) -> int:
    return appraise(person([("PF-11", total_delta, "confirmed")]), RULES).final


def test_pf10_nothing_confirmed_scores_80():
    """PF-10: "La puntuación es de 80 puntos" — the salary-neutral standard."""
    row = appraise(person(), RULES)
    assert (row.base, row.bonuses, row.deductions, row.final, row.salary_float) == (80, 0, 0, 80, 0)


def test_only_confirmed_acknowledged_or_appealed_entries_count():
    row = appraise(
        person(
            [
                ("TR-04", 5, "confirmed"),
                ("PF-11", 5, "acknowledged"),
                ("RC-01", -5, "acknowledged"),
                ("MT-07", -5, "appealed"),
                ("RP-04", -5, "proposed"),
                ("CP-05", -20, "voided"),
            ]
        ),
        RULES,
    )
    assert (row.bonuses, row.deductions, row.final) == (10, 10, 80)


@pytest.mark.parametrize(
    ("delta", "final", "capped"), [(29, 109, False), (30, 110, False), (31, 110, True)]
)
def test_pf10_the_monthly_score_is_capped_at_110(delta, final, capped):
    """PF-10: "Si la puntuación total del mes es superior a 110 puntos, aún se calculará como la
    puntuación total de 110 puntos."""
    row = appraise(person([("PF-11", delta, "confirmed")]), RULES)
    assert (row.final, row.capped) == (final, capped)


def test_qi04_block_is_its_own_column_never_added():
    row = appraise(person(service_quality=18.4), RULES)
    assert (row.final, row.service_quality) == (80, 18.4)


@pytest.mark.parametrize(("adjust", "final"), [(-5, 75), (5, 85)])
def test_pf16_squad_leaders_get_minus_5_to_plus_5_with_a_reason(adjust, final):
    """PF-16: "con puntajes que van de -5 a 5. Se deben indicar los motivos"."""
    row = appraise(
        person(role="squad_leader", leader_adjust=adjust, leader_adjust_reason="handover"), RULES
    )
    assert (row.leader_adjust, row.final) == (adjust, final)


@pytest.mark.parametrize(
    ("role", "adjust", "reason", "message"),
    [
        ("squad_leader", 6, "x", "from −5 to \\+5, not \\+6"),
        ("squad_leader", -6, "x", "not -6"),
        ("squad_leader", 3, " ", "needs its reason"),
        ("agent", 2, "x", "Only a squad leader"),
    ],
)
def test_pf16_refusals(role, adjust, reason, message):
    with pytest.raises(UserError, match=rf"refused \[PF-16\]: .*{message}"):
        appraise(person(role=role, leader_adjust=adjust, leader_adjust_reason=reason), RULES)


@pytest.mark.parametrize(
    ("score", "letter"),
    [
        (110, "A"), (91, "A"), (90, "B"), (80, "B"), (79, "C"), (70, "C"), (69, "D"), (65, "D"),
        (64, "E"), (60, "E"), (59, None), (0, None),
    ],
)  # fmt: skip
def test_pf17_grade_bands_read_as_c13(score, letter):
    """C-13: A > 90; B 80–90; C 70–< 80; D 65–< 70; E 60–< 65; < 60 no letter."""
    assert grade(score) == letter


@pytest.mark.parametrize(
    ("score", "role", "complaints", "errors", "count"),
    [
        (90, "agent", 0, False, 0),
        (91, "agent", 0, False, 1),
        (94, "agent", 0, False, 1),
        (95, "agent", 0, False, 2),
        (97, "agent", 0, False, 2),
        (98, "agent", 0, False, 3),
        (98, "agent", 0, True, 2),  # ★★★ needs no work errors
        (91, "agent", 0, True, 1),
        (91, "squad_leader", 0, True, 0),  # leaders, QC, support: ★ also needs no errors
        (91, "quality_inspector", 0, False, 1),
        (110, "agent", 2, False, 3),
        (110, "agent", 3, False, 0),  # CP-07: more than two complaints, no star
    ],
)
def test_pf05_stars_read_as_c14(score, role, complaints, errors, count):
    """C-14: 以上 is inclusive → 95 = ★★; ★ = 91 ≤ score < 95; ★★★ = ≥ 98 (+ no errors)."""
    assert stars(score, role, complaints, errors) == count


def test_stars_and_grade_come_from_the_same_final_score():
    row = appraise(person([("PF-11", 15, "confirmed")], complaints=1), RULES)
    assert (row.final, row.grade, row.stars, row.star_yuan) == (95, "A", 2, 300)
    boss = appraise(person([("PF-11", 11, "confirmed")], role="supervisor"), RULES)
    assert (boss.stars, boss.star_yuan) == (1, 200)


@pytest.mark.parametrize(
    ("final", "yuan"),
    [(110, 300), (111, 300), (91, 110), (80, 0), (68, -120), (51, -290), (50, -300), (49, -300)],
)
def test_pf18_salary_float_10_yuan_a_point_within_300(final, yuan):
    """PF-18: "91 puntos, entonces el salario mensual aumentará en 110 yuanes" · "±300 yuanes"."""
    assert salary_float(final, NOV, date(2025, 1, 1), RULES) == yuan


@pytest.mark.parametrize(
    ("joined", "floats"),
    [
        (date(2026, 11, 30), False),
        (date(2026, 10, 1), False),
        (date(2026, 9, 30), True),
        (None, True),
    ],
)
def test_pf19_no_float_in_the_first_two_months(joined, floats):
    """PF-19: "En los primeros dos meses, solo puntos de evaluación, sin salario flotante"."""
    row = appraise(
        AppraisalInput("1021", "agent", NOV, joined, (PointsLine("PF-11", 11, "confirmed"),)),
        RULES,
    )
    assert row.final == 91
    assert row.salary_float == (110 if floats else 0)
    assert (row.float_note == "") is floats


def leader(final: int) -> AppraisalInput:
    """A squad leader whose final is ``final``: one confirmed entry of the difference to 80."""
    return AppraisalInput(
        "1001", "squad_leader", NOV, None, (PointsLine("PF-11", final - 80, "confirmed"),)
    )


@pytest.mark.parametrize(
    ("earlier", "now", "flagged"),
    [((89, 89), 89, True), ((89, 90), 89, False), ((89, 89), 90, False), ((89,), 89, False)],
)
def test_pf07_squad_leader_below_90_three_months_running(earlier, now, flagged):
    """PF-07: "班长岗连续三个月绩效评分低于90分的人员,自动转为话务岗。" — a flag, never a move."""
    months = [date(2026, 9, 1), date(2026, 10, 1)][-len(earlier) :]
    history = {m: {"1001": f} for m, f in zip(months, earlier, strict=True)}
    (row,) = month_sheet([leader(now)], RULES, history)
    assert row.final == now
    assert ("PF-07" in row.flags) is flagged


def test_pf06_first_in_the_centre_three_months_running_ties_included():
    """PF-06: "连续三个月排名第一的人员可进入班长岗后选行列" — ties share first place."""
    earlier = {
        date(2026, 9, 1): {"1021": 100, "1022": 100, "1023": 90},
        date(2026, 10, 1): {"1021": 99, "1022": 99, "1023": 98},
    }
    people = [
        person([("PF-11", 19, "confirmed")]),
        AppraisalInput("1022", "agent", NOV, None, (PointsLine("PF-11", 19, "confirmed"),)),
        AppraisalInput("1023", "agent", NOV, None, (PointsLine("PF-11", 25, "confirmed"),)),
    ]
    rows = {r.staff_no: r for r in month_sheet(people, RULES, earlier)}
    assert [rows[s].rank for s in ("1021", "1022", "1023")] == [2, 2, 1]
    assert all("PF-06" not in r.flags for r in rows.values())
    people[2] = AppraisalInput("1023", "agent", NOV, None, ())
    rows = {r.staff_no: r for r in month_sheet(people, RULES, earlier)}
    assert [s for s, r in rows.items() if "PF-06" in r.flags] == ["1021", "1022"]
    assert flag_text("PF-06", RULES) == "first in the centre for 3 months: squad-leader candidate"


@pytest.mark.parametrize(
    ("rule", "prior", "sanction"),
    [
        ("ST-03", 0, Sanction.VERBAL_WARNING),
        ("ST-03", 1, Sanction.PUBLIC_REPRIMAND),
        ("ST-03", 2, Sanction.ADVISED_TO_RESIGN),
        ("ST-03", 7, Sanction.ADVISED_TO_RESIGN),
        ("ST-12", 0, Sanction.CRITICISM),
        ("ST-12", 1, Sanction.VERBAL_WARNING),
        ("st-19", 2, Sanction.PUBLIC_REPRIMAND),
        ("TR-05", 0, Sanction.VERBAL_WARNING),
        ("RC-11", 0, Sanction.CRITICISM),
        ("RC-11", 5, Sanction.PUBLIC_REPRIMAND),
    ],
)
def test_pn02_next_sanction_counts_prior_occurrences_of_the_same_rule(rule, prior, sanction):
    """PN-01: "视情节轻重给予批评或口头警告,如情节严重或屡教不改者将进行通报批评" — proposed only;
    termination is never reached by counting."""
    assert next_sanction(rule, prior) is sanction
    assert Sanction.DISMISSAL not in {next_sanction(rule, n) for n in range(20)}


@pytest.mark.parametrize(
    ("points", "errors"),
    [
        ([("QI-07", -2, "confirmed")], True),
        ([("QI-07", -5, "appealed")], True),
        ([("QI-07", -2, "proposed")], False),
        ([("QI-07", -2, "withdrawn")], False),
        ([("PF-11", 5, "confirmed"), ("RP-04", -5, "confirmed")], False),
    ],
)
def test_pf05_a_counted_qi07_spot_check_error_is_a_work_error(points, errors):
    """PF-05: "三星级(500元):当月投诉不超过两例,各项工作完成出色,无工作失误,绩效评分在98分以上者";
    QI-07: "Puntuación de inspección aleatoria del supervisor 2 -5 puntos/un error"."""
    assert work_errors(PointsLine(*p) for p in points) is errors


@pytest.mark.parametrize(
    ("joined", "flagged"),
    [
        (date(2026, 11, 30), True),
        (date(2026, 10, 1), True),
        (date(2026, 9, 30), False),
        (None, False),
    ],
)
def test_pf19_the_first_two_months_show_a_zero_float_flagged_pf19(joined, flagged):
    """PF-19: "En los primeros dos meses, solo puntos de evaluación, sin salario flotante" —
    joined in month M, the float is 0 in M and M + 1, and the row says why."""
    people = [AppraisalInput("1021", "agent", NOV, joined, (PointsLine("PF-11", 11, "confirmed"),))]
    (row,) = month_sheet(people, RULES, {})
    assert ("PF-19" in row.flags, row.salary_float) == (flagged, 0 if flagged else 110)
    assert flag_text("PF-19", RULES) == "first 2 months after joining: points only, no float"
