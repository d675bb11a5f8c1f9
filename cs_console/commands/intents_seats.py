"""Typed intents of the seat board (ST-04, ST-05, D-06, HO-02): what its keys and forms ask for,
built the same by the ``:``/``do`` parser from the words of a line (convention 13)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from cs_console.commands.intents import Intent, PersonIntent


@dataclass(frozen=True)
class SeatIntent(Intent):
    """An intent on a seat: the seat is the record it touches."""

    seat: str

    def touched(self) -> str | None:
        return self.seat


@dataclass(frozen=True)
class SeatPerson(SeatIntent):
    verb: ClassVar[str] = "seat"
    staff: str
    cover: bool = False  # on the seat of someone rostered who has not arrived (ST-05)


@dataclass(frozen=True)
class FreeSeat(SeatIntent):
    verb: ClassVar[str] = "free"


@dataclass(frozen=True)
class SetState(PersonIntent):
    verb: ClassVar[str] = "state"
    state: str  # ready|call|acw|break|away|out, as chosen or typed


@dataclass(frozen=True)
class Away(PersonIntent):
    verb: ClassVar[str] = "away"
    approved: bool = False


@dataclass(frozen=True)
class Back(PersonIntent):
    verb: ClassVar[str] = "back"


@dataclass(frozen=True)
class SignOut(PersonIntent):
    verb: ClassVar[str] = "signout"


@dataclass(frozen=True)
class Fault(SeatIntent):
    verb: ClassVar[str] = "fault"
    kind: str
    note: str = ""


@dataclass(frozen=True)
class Fixed(SeatIntent):
    verb: ClassVar[str] = "fixed"
    note: str = ""
