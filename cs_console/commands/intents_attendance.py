"""Typed intents of the roll call (RC-06, D-03, LV-01…LV-07, SW-02…SW-08): arrivals, call-ins,
absences, remarks, leave and swap requests and their approvals, built the same by a form, the
arrival bar and the ``:``/``do`` parser (convention 13). Times and dates stay as typed; the
handler reads them against the shift's day and time zone."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from cs_console.commands.intents import Intent, PersonIntent

if TYPE_CHECKING:
    from cs_console.services.context import Context


@dataclass(frozen=True)
class Arrive(PersonIntent):
    verb: ClassVar[str] = "arrive"
    at: str = ""  # empty: now

    def permission(self, ctx: Context) -> str:
        """An arrival at a given time, or under a moved clock (``--now``), needs a leader."""
        return "arrive.at_time" if self.at or ctx.clock.training else "arrive"


@dataclass(frozen=True)
class CallIn(PersonIntent):
    verb: ClassVar[str] = "callin"
    note: str
    at: str = ""  # empty: now


@dataclass(frozen=True)
class Absent(PersonIntent):
    verb: ClassVar[str] = "absent"
    reason: str = ""


@dataclass(frozen=True)
class Remark(PersonIntent):
    verb: ClassVar[str] = "remark"
    text: str


@dataclass(frozen=True)
class LeaveRequest(PersonIntent):
    verb: ClassVar[str] = "leave"
    kind: str
    first: str
    last: str = ""  # empty: the first day only
    by: str = ""  # empty: the person
    at: str = ""  # when it was asked; empty: now
    exceptional: bool = False


@dataclass(frozen=True)
class SwapRequest(PersonIntent):
    verb: ClassVar[str] = "swap"
    day: str
    shift: str
    taker: str
    return_day: str = ""  # empty: no return shift
    return_shift: str = ""


@dataclass(frozen=True)
class Approve(Intent):
    verb: ClassVar[str] = "approve"
    what: str  # leave or swap
    ref: str
    role: str = ""  # as ROLE; empty: the approver's own


@dataclass(frozen=True)
class Reject(Intent):
    verb: ClassVar[str] = "reject"
    what: str  # leave or swap
    ref: str
    reason: str
