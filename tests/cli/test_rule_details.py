"""Rule details at the edges of a shift (D-04, LV-05, D-02): whole seconds, and emergency sick
leave phoned in before the shift."""

from datetime import UTC, datetime

from cs_console.commands.registry import execute
from tests.cli.conftest import LEADER, ok
from tests.cli.test_roll_call_morning import points


def test_d04_a_live_request_at_exactly_60_minutes_is_special_notice(early_demo_ctx, clock):
    """Live instants are truncated to the second: 07:00:00.4 is 60 minutes before 08:00."""
    clock.set(datetime(2026, 11, 22, 23, 0, 0, 400_000, tzinfo=UTC))  # 11-23 07:00:00.4 local
    said = execute(early_demo_ctx.acting_as("1001", "1234"), "leave 1011 emergency 2026-11-23")
    assert "notice: special, ≥ 60 min before the shift (LV-01)" in said
    assert "late request" not in said


def test_d04_lv05_emergency_sick_leave_phoned_in_before_the_shift(desk):
    said = ok(desk(*LEADER, "do", "leave 1011 sick 2026-11-22 by 1012", now="2026-11-22T07:45"))
    assert said == (
        "L-1 1011 sick leave 2026-11-22 · 1 day → cs_dept_director approves (LV-03) · "
        "emergency sick leave phoned in before the shift: valid (LV-05, D-04) · "
        "medical certificate pending, due on the first shift back (LV-05) · "
        "pending: cs_dept_director"
    )
    assert "on leave 1" in ok(desk(*LEADER, "do", "roll", now="2026-11-22T09:00"))
    ok(desk("settle", now="2026-11-22T16:00:01"))
    assert ("1011", "RC-11", -20) not in points(desk)  # never absenteeism (D-04 as amended)
    assert ("1009", "RC-11", -20) in points(desk)


def test_d04_sick_leave_asked_after_the_shift_started_stays_late(desk):
    said = ok(desk(*LEADER, "do", "leave 1011 sick 2026-11-22 by 1012", now="2026-11-22T08:10"))
    assert "late request" in said and "pending: cs_dept_director, manager" in said


def test_rv01_tk14_show_names_the_return_visit_due_overdue_and_the_open_kb_update(desk):
    ref = ok(desk(*LEADER, "do", "ticket technical Router lost config", now="2026-11-22T09:00"))
    ref = ref.split()[0]
    ok(desk(*LEADER, "do", f"dispatch {ref} tsc", now="2026-11-22T09:01"))
    ok(desk(*LEADER, "do", f"resolve {ref} fixed", now="2026-11-22T10:00"))
    shown = ok(desk(*LEADER, "do", f"show {ref}", now="2026-11-23T10:00"))
    assert shown.endswith(
        " · return visit due 11-25 10:00 (RV-01) · knowledge-base update open (TK-14)"
    )
    late = ok(desk(*LEADER, "do", f"show {ref}", now="2026-11-25T10:00:01"))
    assert " · return visit overdue since 11-25 10:00 (RV-01)" in late
    ok(desk(*LEADER, "do", f"kb {ref} script v2", now="2026-11-25T11:00"))
    assert "knowledge-base" not in ok(desk(*LEADER, "do", f"show {ref}", now="2026-11-25T11:01"))


def test_show_staff_names_todays_attendance(desk):
    ok(desk(*LEADER, "do", "arrive 1003 07:45", now="2026-11-22T07:46"))
    ok(desk(*LEADER, "do", "leave 1011 sick 2026-11-22 by 1012", now="2026-11-22T07:47"))
    at = "2026-11-22T09:00"
    assert " · today 2026-11-22/D: present, on time" in ok(desk("do", "show 1003", now=at))
    assert " · today 2026-11-22/D: on leave (sick)" in ok(desk("do", "show 1011", now=at))
    assert " · today 2026-11-22/D: not arrived" in ok(desk("do", "show 1009", now=at))
    assert " · today 2026-11-22/D: expected" in ok(desk("do", "show 1009", now="2026-11-22T07:50"))
