"""Rule details at the edges of a shift (D-04, LV-05, D-02): whole seconds, and emergency sick
leave phoned in before the shift."""

from datetime import UTC, datetime

from cs_console.services.commands import execute
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
