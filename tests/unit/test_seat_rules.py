"""RC-07, RC-08, HO-02 and the seat states (D-06)."""

from datetime import UTC, datetime, timedelta

import pytest

from cs_console.domain.errors import UserError
from cs_console.domain.seats import SeatState, away_level, check_handover, parse_state

LEFT = datetime(2026, 11, 22, 2, 0, tzinfo=UTC)


def level(minutes: float, approved: bool = False):
    return away_level(LEFT, LEFT + timedelta(minutes=minutes), approved, 5, 20)


def test_rc08_more_than_five_minutes_unreported_is_amber():
    assert level(5).level == "ok"  # "more than 5 minutes": exactly 5 is not yet
    assert level(5 + 1 / 60).level == "amber"
    assert level(5 + 1 / 60).rules == ("RC-08",)


def test_rc07_twenty_minutes_or_more_is_red_and_disciplinary():
    assert level(19 + 59 / 60).level == "amber"
    red = level(20)
    assert (red.level, red.rules, red.minutes) == ("red", ("RC-08", "RC-07"), 20)


def test_d06_approved_break_runs_without_penalty():
    assert level(45, approved=True).level == "ok"


def test_ho02_outgoing_waits_for_the_incoming_person():
    check_handover("1006", "A04", None, False)  # nobody rostered next: free to go
    check_handover("1006", "A04", "1020", True)
    with pytest.raises(UserError) as err:
        check_handover("1006", "A04", "1020", False)
    assert str(err.value).startswith("refused [HO-02]: 1006 may not leave seat A04")


def test_states_are_the_documented_ones():
    assert parse_state("ACW") is SeatState.ACW
    with pytest.raises(UserError, match="ready\\|call\\|acw\\|break\\|away\\|out"):
        parse_state("lunch")
