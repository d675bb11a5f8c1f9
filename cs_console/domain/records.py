"""Plain records the services hand to the interfaces (never live ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class StaffMember:
    staff_no: str
    name: str
    role: str
    grade: str
    team: str
    has_pin: bool


@dataclass(frozen=True)
class SeatInfo:
    code: str
    row: int
    col: int
    zone: str
    extension: str
    occupant: StaffMember | None = None


@dataclass(frozen=True)
class RosterLine:
    shift_date: date
    shift_code: str
    person: StaffMember
    seat: str


@dataclass(frozen=True)
class TicketLine:
    """A ticket as lists show it: customer data already masked (D-12)."""

    ref: str
    category: str
    summary: str
    customer: str
    phone: str
    first_agent: str
    target: str
    state: str
    priority: int
    accepted_at: datetime
    dispatched_at: datetime | None
    due_at: datetime | None
    visit_due_at: datetime | None = None
    visit_state: str = ""
    kb_state: str = ""
    version: int = 0
    invalid_at: datetime | None = None  # a complaint ruled invalid: not counted (CP-07)
    invalid_by: str = ""
    invalid_reason: str = ""


@dataclass(frozen=True)
class AuditLine:
    at: datetime  # the real time
    actor: str
    action: str
    target: str
    before: str | None
    after: str | None
    training_at: datetime | None = None  # the --now clock's time, when one was used


@dataclass(frozen=True)
class LeaveLine:
    ref: str
    staff_no: str
    kind: str
    first_day: date
    last_day: date
    requested_by: str
    notice: str
    status: str
    chain: str
    certificate_pending: bool


@dataclass(frozen=True)
class SwapLine:
    ref: str
    giver: str
    taker: str
    shift: str
    return_shift: str
    month: str
    status: str
    chain: str
