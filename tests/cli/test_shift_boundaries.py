"""A centre that closes overnight (day 08:30–16:30, evening 16:30–23:00): the morning's roll
call, arrivals, call-ins and leave work from the moment the shift is due (RC-02, RC-06, D-01)."""

from pathlib import Path

import pytest

from tests.cli.conftest import ok
from tests.conftest import ZONE

GAP_SHIFTS = """
[[shifts]]
code = "D"
name = "Day"
start = "08:30"
end = "16:30"

[[shifts]]
code = "E"
name = "Evening"
start = "16:30"
end = "23:00"
"""


@pytest.fixture
def gap_desk(cli, env, config_file: Path):
    """The demo of a centre closed from 23:00 to 08:30, created at 07:00 (nothing runs)."""
    config_file.write_text(f'timezone = "{ZONE}"\n{GAP_SHIFTS}', encoding="utf-8")
    assert cli("demo", "--no-tui", now="2026-11-22T07:00").exit_code == 0
    env["CS_CONSOLE_PIN"] = "1234"
    return cli


def test_rc02_the_0820_roll_call_is_taken_before_the_0830_shift(gap_desk):
    at = "2026-11-22T08:00"
    assert ok(gap_desk("do", "status", now=at)).startswith("2026-11-22 D Day 08:30–16:30")
    assert (
        ok(gap_desk("--as", "1001", "do", "arrive 1003 08:05", now=at)) == "1003 present, on time"
    )
    assert ok(gap_desk("--as", "1001", "do", "arrive 1004", now="2026-11-22T08:20:30")).startswith(
        "1004 late for roll call, 1 min"
    )
    assert ok(gap_desk("do", "roll", now="2026-11-22T08:22")).startswith(
        "2026-11-22/D (roll call 08:20): "
    )


def test_rc06_a_call_in_before_the_shift_is_recorded(gap_desk):
    assert ok(gap_desk("--as", "1001", "do", "callin 1005 bus late", now="2026-11-22T08:00")) == (
        "1005 called in at 08:00 for 2026-11-22/D, before shift start: late, not absenteeism "
        "(RC-06)"
    )
    assert ok(
        gap_desk("--as", "1001", "do", "callin 1006 07:10 stuck", now="2026-11-22T07:12")
    ).startswith("1006 called in at 07:10 for 2026-11-22/D")


def test_lv05_sick_leave_for_the_0830_shift_from_0800(gap_desk):
    leave = ok(
        gap_desk("--as", "1001", "do", "leave 1007 sick 2026-11-22 by 1008", now="2026-11-22T08:00")
    )
    assert leave.startswith("L-1 1007 sick leave 2026-11-22")


def test_an_arrival_outside_any_window_names_the_rule(gap_desk):
    refused = gap_desk("--as", "1001", "do", "arrive 1003", now="2026-11-22T05:00")
    assert refused.exit_code == 2
    assert refused.stderr.strip() == (
        "1003 is not rostered on a shift running or starting within 120 minutes."
    )


LATE_SHIFTS = """
[[shifts]]
code = "D"
name = "Day"
start = "09:00"
end = "17:00"

[[shifts]]
code = "L"
name = "Late"
start = "17:00"
end = "01:00"
"""


@pytest.mark.parametrize(
    ("shifts", "morning", "due_at_night"),
    [
        (GAP_SHIFTS, ("2026-11-23T08:00", "2026-11-23 D Day 08:30–16:30"),
         "2026-11-22 E Evening 16:30–23:00"),
        (LATE_SHIFTS, ("2026-11-23T08:30", "2026-11-23 D Day 09:00–17:00"),
         "2026-11-22 L Late 17:00–01:00"),
    ],
)  # fmt: skip
def test_rc02_d10_the_last_shift_stays_due_until_signed_then_the_morning_from_its_roll_call(
    cli, env, config_file: Path, shifts: str, morning: tuple[str, str], due_at_night: str
):
    """Two centres that close: one at 23:00, one whose last shift crosses midnight."""
    config_file.write_text(f'timezone = "{ZONE}"\n{shifts}', encoding="utf-8")
    assert cli("demo", "--no-tui", now="2026-11-22T07:00").exit_code == 0
    env["CS_CONSOLE_PIN"] = "1234"
    assert ok(cli("do", "status", now="2026-11-23T02:00")).startswith(due_at_night)
    at, shift = morning
    assert ok(cli("do", "status", now=at)).startswith(shift)
    assert ok(cli("--as", "1001", "do", "arrive 1003", now=at)) == "1003 present, on time"
