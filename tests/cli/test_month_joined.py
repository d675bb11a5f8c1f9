"""PF-19 on the month's table: a person imported with a joining date has no salary float in
the month of joining and the next."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import LEADER, ok

AT = "2026-11-22T09:00"  # the demo's day shift


def test_pf19_the_float_is_0_and_marked_in_the_first_two_months(desk, tmp_path: Path):
    """PF-19: "En los primeros dos meses, solo puntos de evaluación, sin salario flotante"."""
    staff = tmp_path / "joined.csv"
    staff.write_text(
        "staff_no,name,role,grade,team,joined\n"
        "1003,Ana García,agent,junior,D,2026-10-20\n1004,Li Lei,agent,junior,D,2026-09-30\n",
        encoding="utf-8",
    )
    ok(desk(*LEADER, "import", "staff", str(staff), now=AT))
    for staff_no in ("1003", "1004"):
        said = ok(desk(*LEADER, "do", f"points {staff_no} PF-11 +11 extra task", now=AT))
        ok(desk(*LEADER, "do", f"confirm {said.split()[0]}", now=AT))
    table = ok(desk("do", "month 2026-11", now=AT)).splitlines()
    rows = {line.split()[0]: line.split() for line in table if line[:4] in ("1003", "1004")}
    assert (rows["1003"][8], rows["1003"][11], rows["1003"][-1]) == ("91", "0*", "PF-19")
    assert (rows["1004"][8], rows["1004"][11]) == ("91", "+110")


def test_pf19_show_names_the_joining_date(desk, tmp_path: Path):
    """PF-19 counts from the joining date, so ``show STAFF`` says it (a date is not masked)."""
    staff = tmp_path / "joined.csv"
    staff.write_text(
        "staff_no,name,role,grade,team,joined\n1003,Ana García,agent,junior,D,2026-10-20\n",
        encoding="utf-8",
    )
    ok(desk(*LEADER, "import", "staff", str(staff), now=AT))
    assert ok(desk("do", "show 1003", now=AT)).startswith(
        "1003 Ana García · agent junior · team D · joined 2026-10-20 · "
    )
    assert "joined" not in ok(desk("do", "show 1001", now=AT))
