"""RC-01/RC-02, D-02, RC-06, D-03: the roll call classifies every arrival and no-show."""

from datetime import UTC, datetime, timedelta

import pytest

from cs_console.domain.attendance import (
    ArrivalStatus,
    PersonDay,
    classify_arrival,
    counter_line,
    is_absent_at_end,
    roll_call_cutoff,
    roll_counts,
    roll_state,
)

START = datetime(2026, 11, 22, 0, 0, tzinfo=UTC)
END = START + timedelta(hours=8)


def at(**delta: float) -> datetime:
    return START + timedelta(**delta)


def test_rc01_rc02_roll_call_cutoff_is_ten_minutes_before_start():
    assert roll_call_cutoff(START, 10) == at(minutes=-10)


@pytest.mark.parametrize(
    ("arrived", "status", "minutes"),
    [
        (at(minutes=-30), ArrivalStatus.ON_TIME, 0),
        (at(minutes=-10), ArrivalStatus.ON_TIME, 0),  # exactly at the cut-off is on time
        (at(minutes=-10, seconds=1), ArrivalStatus.LATE_ROLL_CALL, 1),
        (at(minutes=-8), ArrivalStatus.LATE_ROLL_CALL, 2),
        (at(), ArrivalStatus.LATE_ROLL_CALL, 10),  # by shift start: late for roll call
        (at(seconds=1), ArrivalStatus.LATE_SHIFT, 1),
        (at(minutes=5, seconds=30), ArrivalStatus.LATE_SHIFT, 6),
    ],
)
def test_d02_one_classification_per_arrival_to_the_second(arrived, status, minutes):
    verdict = classify_arrival(arrived, START, 10)
    assert (verdict.status, verdict.minutes) == (status, minutes)


def test_d02_describe_matches_the_command_output():
    assert classify_arrival(at(minutes=-8), START, 10).describe() == "late for roll call, 2 min"
    assert classify_arrival(at(minutes=-20), START, 10).describe() == "present, on time"


def test_rc06_call_in_before_start_is_late_not_absenteeism():
    day = PersonDay(called_in=at(minutes=-30))
    assert roll_state(day, END, START, END).label == "called in before start (late)"
    assert not is_absent_at_end(day)


def test_rc06_call_in_after_start_is_still_late():
    state = roll_state(PersonDay(called_in=at(minutes=5)), END, START, END)
    assert (state.label, state.key) == ("called in after start (late)", "late")


def test_d03_no_call_in_and_no_arrival_becomes_absenteeism_at_shift_end():
    nobody = PersonDay()
    assert roll_state(nobody, at(minutes=-1), START, END).label == "expected"
    assert roll_state(nobody, at(), START, END).label == "not arrived"
    assert roll_state(nobody, END - timedelta(seconds=1), START, END).key == "missing"
    assert roll_state(nobody, END, START, END).label == "absenteeism (no arrival, no call)"
    assert is_absent_at_end(nobody)


def test_d03_the_leader_may_mark_absenteeism_earlier():
    state = roll_state(PersonDay(marked_absent=at(minutes=20)), at(minutes=21), START, END)
    assert state.label == "absenteeism (marked)"


def test_leave_and_swaps_are_not_absences():
    assert roll_state(PersonDay(leave_kind="sick"), END, START, END).label == "on leave (sick)"
    swapped = roll_state(PersonDay(swapped_out_to="1020"), END, START, END)
    assert swapped.label == "swapped out (1020 covers)"
    assert not is_absent_at_end(PersonDay(leave_kind="sick"))


def test_counter_line_counts_each_state_once():
    states = [
        roll_state(
            PersonDay(arrival=classify_arrival(at(minutes=-20), START, 10)), at(), START, END
        ),
        roll_state(PersonDay(arrival=classify_arrival(at(minutes=1), START, 10)), at(), START, END),
        roll_state(PersonDay(), at(), START, END),
        roll_state(PersonDay(leave_kind="personal"), at(), START, END),
    ]
    assert counter_line(roll_counts(states)) == (
        "rostered 4 · present 1 · late 1 · missing 1 · on leave 1 · swapped 0 · expected 0"
    )
