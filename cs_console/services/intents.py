"""Typed intents: what a key, a form or the palette asks for, as a frozen value (convention 13).

A screen builds one of these from its fields and hands it to ``commands.run``; the ``:``/``do``
parser builds the same value from the words of a line. Either way the one handler registered
for the class runs it, so text typed into a field is only ever text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from cs_console.services.context import Context


@dataclass(frozen=True)
class Intent:
    verb: ClassVar[str]

    def permission(self, ctx: Context) -> str:
        """The row of the permission table this intent asks for (domain/permissions.py)."""
        return self.verb

    def touched(self) -> str | None:
        """The record the intent acts on, if it names one before it runs."""
        ref = getattr(self, "ref", None)
        return ref if isinstance(ref, str) else None


@dataclass(frozen=True)
class PersonIntent(Intent):
    """An intent on one person: their staff number is the record it touches."""

    staff: str

    def touched(self) -> str | None:
        return self.staff


@dataclass(frozen=True)
class NewTicket(Intent):
    verb: ClassVar[str] = "ticket"
    category: str
    summary: str
    phone: str = ""
    name: str = ""
    agent: str | None = None
    at: datetime | None = None
    reason: str = ""


@dataclass(frozen=True)
class Accept(Intent):
    verb: ClassVar[str] = "accept"
    ref: str


@dataclass(frozen=True)
class Resolve(Intent):
    verb: ClassVar[str] = "resolve"
    ref: str
    note: str = ""


@dataclass(frozen=True)
class Reopen(Intent):
    verb: ClassVar[str] = "reopen"
    ref: str
    reason: str


@dataclass(frozen=True)
class Close(Intent):
    verb: ClassVar[str] = "close"
    ref: str


@dataclass(frozen=True)
class Visit(Intent):
    verb: ClassVar[str] = "visit"
    ref: str
    outcome: str
    note: str = ""


@dataclass(frozen=True)
class KbUpdate(Intent):
    verb: ClassVar[str] = "kb"
    ref: str
    note: str


@dataclass(frozen=True)
class Dispatch(Intent):
    verb: ClassVar[str] = "dispatch"
    ref: str
    target: str

    def permission(self, ctx: Context) -> str:
        """Only the squad leader routes to a back office (TK-01, TK-02)."""
        back_office = self.target.lower() in ctx.settings.team_codes()
        return "dispatch.back_office" if back_office else "dispatch"


@dataclass(frozen=True)
class Report(Intent):
    verb: ClassVar[str] = "report"
    ref: str
    to: str
    via: str = "phone"


@dataclass(frozen=True)
class Note(Intent):
    verb: ClassVar[str] = "note"
    section: str
    text: str


@dataclass(frozen=True)
class Addendum(Intent):
    verb: ClassVar[str] = "addendum"
    text: str


@dataclass(frozen=True)
class Sign(Intent):
    verb: ClassVar[str] = "sign"
    side: str  # outgoing or incoming


@dataclass(frozen=True)
class CloseDownSign(Intent):
    verb: ClassVar[str] = "closedown"

    def permission(self, ctx: Context) -> str:
        """Signing the close-down is the squad leader's, as signing the log is (D-10)."""
        return "closedown.sign"
