"""A handover log as screen 5 and the printed summary show it (D-10): its entries, the items it
carried on with their acknowledgements, the close-down (HO-15/HO-16), and whether its signed
rows still match the chain."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cs_console.domain.shifts import ShiftInstance
from cs_console.i18n import N_


@dataclass(frozen=True)
class CarriedItem:
    """An item as the screens show it: acknowledged by whom, and whether it is resolved."""

    id: int
    section: str
    text: str
    acked_by: str
    acked_at: datetime | None
    resolved: bool


@dataclass(frozen=True)
class ChecklistLine:
    code: str
    label: str
    ticked_by: str = ""
    ticked_at: datetime | None = None


@dataclass(frozen=True)
class ClosedownState:
    lines: tuple[ChecklistLine, ...]
    signed_by: str = ""
    signed_at: datetime | None = None

    @property
    def unticked(self) -> list[ChecklistLine]:
        return [line for line in self.lines if line.ticked_at is None]


Row = tuple[int, str, str, str, str, datetime, str]  # id, section, kind, text, author, at, ack


@dataclass(frozen=True)
class LogView:
    shift: ShiftInstance
    status: str
    out_staff_no: str
    out_signed_at: datetime | None
    in_staff_no: str
    in_signed_at: datetime | None
    seq: int | None
    fingerprint: str
    entries: tuple[Row, ...]
    facts: dict[str, list[str]]
    version: int = 0  # what the signer saw (concurrency.py); 0 before the log exists
    handed: tuple[CarriedItem, ...] = ()  # what it carried to the next log
    next_key: str = ""
    closedown: ClosedownState | None = None  # when nobody takes over (HO-15)
    matches: bool = True  # a signed log's rows are what was signed

    @property
    def signed_text(self) -> str:
        """SIGNED only when the rows match what was signed."""
        if self.status != "signed":
            return ""
        if self.matches:
            return N_("SIGNED")
        return N_("SIGNATURE DOES NOT MATCH THE LOG — run cs-console db check")
