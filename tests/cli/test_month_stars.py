"""Stars on the month's table from what the floor recorded: the complaints a person took
(CP-07, PF-05) and the errors a spot check found (PF-05, QI-07)."""

from __future__ import annotations

from tests.cli.conftest import LEADER, ok

AT = "2026-11-22T09:00"  # the demo's day shift


def _confirmed(desk, staff_no: str, rule: str, delta: str) -> None:
    said = ok(desk(*LEADER, "do", f"points {staff_no} {rule} {delta} recorded", now=AT))
    ok(desk(*LEADER, "do", f"confirm {said.split()[0]}", now=AT))


def _stars(desk, staff_no: str) -> tuple[str, str]:
    table = ok(desk("do", "month 2026-11", now=AT)).splitlines()
    row = next(line for line in table if line.startswith(f"{staff_no} ")).split()
    return row[8], row[10]  # final, ★


def test_cp07_three_complaints_in_the_month_leave_no_star_whatever_the_score(desk):
    """CP-07: "当月投诉不超过两例" — every star level needs no more than two complaints."""
    # The demo already has one complaint taken by 1004 the night before.
    for staff_no, complaints in (("1003", 3), ("1004", 2), ("1006", 2)):
        for n in range(complaints):
            ok(desk(*LEADER, "do", f"complaint rude answer {n} agent {staff_no}", now=AT))
        _confirmed(desk, staff_no, "PF-11", "+15")
    assert _stars(desk, "1003") == ("95", "0")
    assert _stars(desk, "1004") == ("95", "0")
    assert _stars(desk, "1006") == ("95", "2")


def test_pf05_a_spot_check_error_takes_the_third_star(desk):
    """PF-05: "三星级(500元):当月投诉不超过两例,各项工作完成出色,无工作失误,
    绩效评分在98分以上者"."""
    _confirmed(desk, "1005", "PF-11", "+25")
    assert _stars(desk, "1005") == ("105", "3")
    _confirmed(desk, "1005", "QI-07", "-2")
    assert _stars(desk, "1005") == ("103", "2")
