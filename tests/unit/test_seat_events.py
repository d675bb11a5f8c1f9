"""The seat state a phone-system event implies (ST-04; RC-07/RC-08 away from a PAUSE)."""

from datetime import UTC, datetime, timedelta

import pytest

from cs_console.config import Settings
from cs_console.domain.queue_log import parse_line
from cs_console.domain.seat_events import (
    PRESENT,
    effective_state,
    seat_change,
    state_at,
)
from cs_console.domain.seats import SeatState

SEATS = Settings().phone.seat_rules()
T = 1763863200
AT = datetime.fromtimestamp(T, UTC)


def change(event: str, data: str = "", agent: str = "SIP/8001"):
    ev = parse_line(f"{T}|c1|support|{agent}|{event}|{data}")
    assert ev is not None
    return seat_change(ev, SEATS)


@pytest.mark.parametrize(
    ("event", "data", "state"),
    [
        ("CONNECT", "12|b1|3", SeatState.CALL),
        ("COMPLETECALLER", "12|180|1", SeatState.ACW),
        ("COMPLETEAGENT", "12|180|1", SeatState.ACW),
        ("BLINDTRANSFER", "2000|default|12|180|1", SeatState.ACW),
        ("PAUSE", "lunch", SeatState.BREAK),
        ("PAUSE", "Break", SeatState.BREAK),  # reasons in any case
        ("PAUSEALL", "away", SeatState.AWAY),
        ("PAUSE", "", SeatState.AWAY),  # an unknown or empty reason → unknown_pause_state
        ("PAUSE", "smoke", SeatState.AWAY),
        ("ADDMEMBER", "PAUSED", SeatState.AWAY),
        ("UNPAUSE", "", SeatState.READY),
        ("UNPAUSEALL", "", SeatState.READY),
        ("ADDMEMBER", "", SeatState.READY),
        ("AGENTLOGIN", "SIP/8001", SeatState.READY),
        ("AGENTLOGOFF", "SIP/8001|3600", SeatState.OUT),
        ("REMOVEMEMBER", "", SeatState.OUT),
    ],
)
def test_st04_state_from_the_event(event, data, state):
    got = change(event, data)
    assert got is not None and (got.agent, got.state, got.at) == ("SIP/8001", state, AT)


@pytest.mark.parametrize(("event", "data"), [("RINGNOANSWER", "15000"), ("RINGCANCELED", "900")])
def test_ringing_changes_nothing(event, data):
    assert change(event, data) is None
    assert change("ABANDON", "1|1|30", agent="NONE") is None


def test_acw_lasts_acw_seconds_then_ready():
    acw = change("COMPLETECALLER", "12|180|1")
    end = AT + timedelta(seconds=SEATS.acw_seconds)
    assert state_at(acw, end - timedelta(seconds=1)) == (SeatState.ACW, AT)
    assert state_at(acw, end) == (SeatState.READY, end)


def test_a_hand_set_state_wins_until_the_next_event():
    call = change("CONNECT", "12|b1|3")
    by_hand = (SeatState.BREAK, AT + timedelta(seconds=5))
    assert effective_state(call, by_hand, AT + timedelta(minutes=1)) == by_hand
    later = change("UNPAUSE")
    later = type(later)(later.agent, later.state, AT + timedelta(seconds=6))
    assert effective_state(later, by_hand, AT + timedelta(minutes=1))[0] is SeatState.READY
    assert effective_state(None, None, AT) is None


def test_present_means_signed_in_and_not_paused():
    assert {SeatState.READY, SeatState.CALL, SeatState.ACW} == PRESENT


def test_agents_map_to_staff_numbers_by_the_config():
    settings = Settings.model_validate({"agents": [{"interface": "SIP/8001", "staff_no": "1021"}]})
    assert settings.agent_map() == {"SIP/8001": "1021"}
