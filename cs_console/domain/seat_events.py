"""The seat state a phone-system event implies (ST-04 from ``queue_log``; RC-07/RC-08 away clocks).

CONNECT → ``call``; a completed or transferred call → ``acw`` for ``acw_seconds``, then ``ready``;
PAUSE/PAUSEALL → ``break`` or ``away`` by the reason map (an unknown or empty reason →
``unknown_pause_state``); UNPAUSE/UNPAUSEALL, AGENTLOGIN and ADDMEMBER → ``ready`` (ADDMEMBER
``PAUSED`` → as a pause without reason); AGENTLOGOFF and REMOVEMEMBER → ``out``. Ringing and the
caller's own events change nothing. A state set by hand wins until the agent's next event.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cs_console.domain.queue_figures import ENDS, PAUSES, SIGN_IN, SIGN_OUT, UNPAUSES
from cs_console.domain.queue_log import QueueEvent
from cs_console.domain.seats import SeatState

# Signed in to the phone system and not paused: the agents a what-if counts as present.
PRESENT = frozenset({SeatState.READY, SeatState.CALL, SeatState.ACW})


@dataclass(frozen=True)
class SeatRules:
    acw_seconds: int
    pause_reasons: Mapping[str, str]  # PAUSE reason (lower case) → "break" | "away"
    unknown_pause_state: str


@dataclass(frozen=True)
class SeatChange:
    agent: str
    state: SeatState
    at: datetime
    reason: str = ""
    until: datetime | None = None  # acw turns to ready then


def _pause(reason: str, rules: SeatRules) -> SeatState:
    return SeatState(rules.pause_reasons.get(reason.strip().lower(), rules.unknown_pause_state))


def seat_change(ev: QueueEvent, rules: SeatRules) -> SeatChange | None:
    """The agent's new seat state from one event, or None when the event sets none."""
    name, at = ev.event, datetime.fromtimestamp(ev.epoch, UTC)
    reason = ev.data[0] if ev.data else ""
    if ev.agent == "NONE":
        return None
    if name == "CONNECT":
        return SeatChange(ev.agent, SeatState.CALL, at)
    if name in ENDS:
        until = at + timedelta(seconds=rules.acw_seconds)
        return SeatChange(ev.agent, SeatState.ACW, at, until=until)
    if name in PAUSES or (name == "ADDMEMBER" and reason == "PAUSED"):
        reason = "" if name == "ADDMEMBER" else reason
        return SeatChange(ev.agent, _pause(reason, rules), at, reason=reason)
    if name in UNPAUSES or name in SIGN_IN:
        return SeatChange(ev.agent, SeatState.READY, at)
    if name in SIGN_OUT:
        return SeatChange(ev.agent, SeatState.OUT, at)
    return None


def state_at(change: SeatChange, now: datetime) -> tuple[SeatState, datetime]:
    """The state and since when, at ``now``: wrap-up ends by itself after ``acw_seconds``."""
    if change.until is not None and now >= change.until:
        return SeatState.READY, change.until
    return change.state, change.at


def effective_state(
    change: SeatChange | None, manual: tuple[SeatState, datetime] | None, now: datetime
) -> tuple[SeatState, datetime] | None:
    """A state set by hand wins until the next event after it; None when neither is known."""
    if manual is not None and (change is None or manual[1] >= change.at):
        return manual
    return state_at(change, now) if change is not None else None
