"""Seat states and away clocks (ST-02, ST-04, RC-07, RC-08, D-06)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from cs_console.domain.errors import UserError
from cs_console.i18n import N_, _


class SeatState(StrEnum):
    READY = "ready"
    CALL = "call"
    ACW = "acw"
    BREAK = "break"
    AWAY = "away"
    OUT = "out"


STATE_LABELS = {  # what a state change says (N_: translated where it is said)
    SeatState.READY: N_("ready"),
    SeatState.CALL: N_("on call"),
    SeatState.ACW: N_("after-call work"),
    SeatState.BREAK: N_("break (approved)"),
    SeatState.AWAY: N_("away (unreported)"),
    SeatState.OUT: N_("signed out"),
}
FAULT_KINDS = ("headset", "pc", "phone", "other")
# The states as a person reads them (a seat with nobody is "empty"); stored words stay English.
STATE_WORDS = {"ready": N_("ready"), "call": N_("call"), "acw": N_("acw"), "break": N_("break"),
               "away": N_("away"), "out": N_("out"), "empty": N_("empty")}  # fmt: skip


def state_word(stored: str) -> str:
    """A seat state in the language (an unknown word as it is)."""
    return _(STATE_WORDS[stored]) if stored in STATE_WORDS else stored


def parse_state(text: str) -> SeatState:
    try:
        return SeatState(text.lower())
    except ValueError:
        names = "|".join(s.value for s in SeatState)
        raise UserError(
            _("State '{text}' is not one of {names}.").format(text=text, names=names)
        ) from None


@dataclass(frozen=True)
class AwayLevel:
    level: str  # ok | amber | red
    minutes: int
    rules: tuple[str, ...]


def away_level(
    since: datetime,
    now: datetime,
    approved: bool,
    unreported_minutes: int,
    disciplinary_minutes: int,
) -> AwayLevel:
    """D-06: unreported absence over 5 min → amber and 5 pts (RC-08); 20 min or more → red and a
    disciplinary flag for the director (RC-07). An approved break is never amber or red."""
    elapsed = now - since
    minutes = int(elapsed.total_seconds() // 60)
    if approved:
        return AwayLevel("ok", minutes, ())
    if elapsed >= timedelta(minutes=disciplinary_minutes):
        return AwayLevel("red", minutes, ("RC-08", "RC-07"))
    if elapsed > timedelta(minutes=unreported_minutes):
        return AwayLevel("amber", minutes, ("RC-08",))
    return AwayLevel("ok", minutes, ())


def check_handover(outgoing: str, seat: str, incoming: str | None, arrived: bool) -> None:
    """HO-02: the outgoing person may not leave the seat before the incoming person arrives."""
    if incoming is not None and not arrived:
        raise UserError(
            _(
                "{outgoing} may not leave seat {seat}: the incoming {incoming} has not arrived; "
                "cover the seat first."
            ).format(outgoing=outgoing, seat=seat, incoming=incoming),
            rule="HO-02",
        )


@dataclass(frozen=True)
class BoardCell:
    """One seat on the board for the current shift."""

    seat: str
    zone: str
    row: int
    col: int
    staff_no: str = ""
    name: str = ""
    state: str = "empty"
    since: datetime | None = None
    approved: bool = False
    fault: str = ""
    awaiting_incoming: bool = False
