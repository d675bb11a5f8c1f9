"""Typed intents: what a key, a form or the palette asks for, as a frozen value (convention 13).

A screen builds one of these from its fields and hands it to ``commands.run``; the ``:``/``do``
parser builds the same value from the words of a line. Either way the one handler registered
for the class runs it, so text typed into a field is only ever text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from cs_console.domain.tickets import TicketRef

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
class TicketIntent(Intent):
    """An intent on one ticket: the record it touches."""

    ticket: TicketRef

    def touched(self) -> str | None:
        return str(self.ticket)


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
class Accept(TicketIntent):
    verb: ClassVar[str] = "accept"


@dataclass(frozen=True)
class Resolve(TicketIntent):
    verb: ClassVar[str] = "resolve"
    note: str = ""


@dataclass(frozen=True)
class Reopen(TicketIntent):
    verb: ClassVar[str] = "reopen"
    reason: str


@dataclass(frozen=True)
class Close(TicketIntent):
    verb: ClassVar[str] = "close"


@dataclass(frozen=True)
class Visit(TicketIntent):
    verb: ClassVar[str] = "visit"
    outcome: str
    note: str = ""


@dataclass(frozen=True)
class KbUpdate(TicketIntent):
    verb: ClassVar[str] = "kb"
    note: str


@dataclass(frozen=True)
class Dispatch(TicketIntent):
    verb: ClassVar[str] = "dispatch"
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
class AckItem(Intent):
    """The incoming leader read a carried item (#n), or every one (``None``) (D-10)."""

    verb: ClassVar[str] = "ack"
    item: int | None


@dataclass(frozen=True)
class CloseDownTick(Intent):
    verb: ClassVar[str] = "closedown"
    item: str  # HO-15


@dataclass(frozen=True)
class PrintSummary(Intent):
    """The handover summary on the default printer: the log of ``shift`` (DATE/CODE), or the
    log being handed over (HO-06)."""

    verb: ClassVar[str] = "print"
    shift: str | None = None


@dataclass(frozen=True)
class AckAlert(Intent):
    verb: ClassVar[str] = "ack-alert"
    number: int


@dataclass(frozen=True)
class CloseDownSign(Intent):
    verb: ClassVar[str] = "closedown"

    def permission(self, ctx: Context) -> str:
        """Signing the close-down is the squad leader's, as signing the log is (D-10)."""
        return "closedown.sign"
