"""The tables. Schema changes go only through Alembic migrations (store/migrations)."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import ConfigDict
from sqlalchemy import Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from cs_console.store.types import UTCDateTime


class _Table(SQLModel):
    """Every table: mapped at import, its pydantic validator built only if ever used (never,
    so far: rows are made and read through SQLAlchemy), which keeps starts short (#8)."""

    model_config = ConfigDict(defer_build=True)


def _utc(nullable: bool = False, index: bool = False) -> Column:  # type: ignore[type-arg]
    return Column(UTCDateTime(), nullable=nullable, index=index)


class Staff(_Table, table=True):
    __tablename__ = "staff"

    id: int | None = Field(default=None, primary_key=True)
    staff_no: str = Field(max_length=16, unique=True)
    name: str = Field(max_length=64)
    role: str = Field(max_length=32)
    grade: str = Field(max_length=16)
    team: str = Field(default="", max_length=32)
    pin_hash: str | None = Field(default=None, max_length=200)
    pin_failures: int = 0
    pin_locked_until: datetime | None = Field(default=None, sa_column=_utc(nullable=True))
    active: bool = True
    joined: date | None = None  # PF-19: no salary float in the month of joining and the next


class Seat(_Table, table=True):
    __tablename__ = "seat"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=16, unique=True)
    row: int
    col: int
    zone: str = Field(default="", max_length=32)
    extension: str = Field(default="", max_length=16)


class RosterEntry(_Table, table=True):
    """Who is rostered on which shift of which date (``shift_date``: the local start date)."""

    __tablename__ = "roster_entry"
    __table_args__ = (
        UniqueConstraint("shift_date", "shift_code", "staff_id", name="uq_roster_person_shift"),
        Index("ix_roster_shift", "shift_date", "shift_code"),
    )

    id: int | None = Field(default=None, primary_key=True)
    shift_date: date
    shift_code: str = Field(max_length=8)
    staff_id: int = Field(foreign_key="staff.id", index=True)
    seat_id: int | None = Field(default=None, foreign_key="seat.id")


class Ticket(_Table, table=True):
    """A ticket (work order); complaints carry the 60-minute dispatch clock (CP-01, D-07).

    Life cycle: new → dispatched → in_progress → resolved → (return visit) → closed, and
    reopened. The first-contact agent never changes (TK-05).
    """

    __tablename__ = "ticket"
    __table_args__ = (
        Index("ix_ticket_state_due", "state", "due_at"),
        Index("ix_ticket_due", "due_at", "priority", "id"),
        Index("ix_ticket_visit_due", "visit_state", "visit_due_at", "id"),
        Index("ix_ticket_accepted", "accepted_at", "id"),
        Index("ix_ticket_resolved", "resolved_at"),
        Index("ix_ticket_closed", "closed_at"),
        Index("ix_ticket_kb", "kb_state"),
        Index("ix_ticket_external_id", "external_id", unique=True),
    )

    id: int | None = Field(default=None, primary_key=True)
    category: str = Field(max_length=16)
    summary: str = Field(max_length=200)
    customer_phone: str = Field(default="", max_length=32)
    customer_name: str = Field(default="", max_length=64)
    first_agent_id: int | None = Field(default=None, foreign_key="staff.id")
    target: str = Field(default="", max_length=32)
    state: str = Field(default="new", max_length=16)
    priority: int = 2
    accepted_at: datetime = Field(sa_column=_utc())
    dispatched_at: datetime | None = Field(default=None, sa_column=_utc(nullable=True))
    due_at: datetime | None = Field(default=None, sa_column=_utc(nullable=True))
    resolved_at: datetime | None = Field(default=None, sa_column=_utc(nullable=True))
    closed_at: datetime | None = Field(default=None, sa_column=_utc(nullable=True))
    visit_due_at: datetime | None = Field(default=None, sa_column=_utc(nullable=True))
    visit_state: str = Field(default="", max_length=12)
    kb_state: str = Field(default="", max_length=8)
    version: int = 1
    external_id: str | None = Field(default=None, max_length=64)  # its id in an imported file
    # CP-07: a complaint a supervisor ruled invalid (unfounded) is not counted; who and why
    invalid_at: datetime | None = Field(default=None, sa_column=_utc(nullable=True))
    invalid_by: str = Field(default="", max_length=16)
    invalid_reason: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))


class AuditEntry(_Table, table=True):
    """One row per write, appended in the same transaction as the write. ``at`` is the real
    time, ``training_at`` the training clock's when ``--now`` was used; ``chain_seq`` and
    ``hash`` link each row to the one before (domain/chain.py)."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_target", "target", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_column=_utc(index=True))
    training_at: datetime | None = Field(default=None, sa_column=_utc(nullable=True))
    chain_seq: int | None = Field(default=None, unique=True)
    hash: str = Field(default="", max_length=64)
    actor: str = Field(max_length=16)
    action: str = Field(max_length=48)
    target: str = Field(default="", max_length=64)
    before: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    after: str | None = Field(default=None, sa_column=Column(Text, nullable=True))


class Arrival(_Table, table=True):
    """One arrival per person and shift (D-02), with its classification."""

    __tablename__ = "arrival"
    __table_args__ = (
        UniqueConstraint("shift_date", "shift_code", "staff_id", name="uq_arrival_person_shift"),
    )

    id: int | None = Field(default=None, primary_key=True)
    shift_date: date
    shift_code: str = Field(max_length=8)
    staff_id: int = Field(foreign_key="staff.id")
    arrived_at: datetime = Field(sa_column=_utc())
    status: str = Field(max_length=24)
    minutes_late: int = 0
    recorded_by: str = Field(max_length=16)


class AttendanceMark(_Table, table=True):
    """A call-in (RC-06), a hand-made absenteeism mark (D-03) or a remark on the roll call."""

    __tablename__ = "attendance_mark"
    __table_args__ = (Index("ix_attendance_mark_shift", "shift_date", "shift_code"),)

    id: int | None = Field(default=None, primary_key=True)
    shift_date: date
    shift_code: str = Field(max_length=8)
    staff_id: int = Field(foreign_key="staff.id")
    kind: str = Field(max_length=8)
    at: datetime = Field(sa_column=_utc())
    note: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    recorded_by: str = Field(max_length=16)


class LeaveRequest(_Table, table=True):
    __tablename__ = "leave_request"

    id: int | None = Field(default=None, primary_key=True)
    staff_id: int = Field(foreign_key="staff.id", index=True)
    kind: str = Field(max_length=12)
    first_day: date
    last_day: date
    requested_at: datetime = Field(sa_column=_utc())
    requested_by_id: int = Field(foreign_key="staff.id")
    notice: str = Field(max_length=12)
    approvals_needed: str = Field(max_length=80)
    status: str = Field(default="pending", max_length=12)
    certificate_pending: bool = False
    exceptional: bool = False
    version: int = 1


class SwapRequest(_Table, table=True):
    """``giver`` hands a shift to ``taker``, and may work the taker's return shift."""

    __tablename__ = "swap_request"

    id: int | None = Field(default=None, primary_key=True)
    giver_id: int = Field(foreign_key="staff.id", index=True)
    taker_id: int = Field(foreign_key="staff.id", index=True)
    shift_date: date
    shift_code: str = Field(max_length=8)
    return_date: date | None = None
    return_code: str | None = Field(default=None, max_length=8)
    month: str = Field(max_length=7)
    requested_at: datetime = Field(sa_column=_utc())
    status: str = Field(default="pending", max_length=12)
    manager_needed: bool = False
    version: int = 1


class Approval(_Table, table=True):
    """A decision on a leave request or a swap, with who and when."""

    __tablename__ = "approval"
    __table_args__ = (Index("ix_approval_subject", "subject", "subject_id"),)

    id: int | None = Field(default=None, primary_key=True)
    subject: str = Field(max_length=8)
    subject_id: int
    role: str = Field(max_length=24)
    decided_by: str = Field(max_length=16)
    at: datetime = Field(sa_column=_utc())
    decision: str = Field(max_length=12)
    note: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))


class PointsEntry(_Table, table=True):
    """A proposed deduction or bonus with its rule id (D-11); the leader confirms or voids."""

    __tablename__ = "points_entry"

    id: int | None = Field(default=None, primary_key=True)
    staff_id: int = Field(foreign_key="staff.id", index=True)
    rule: str = Field(max_length=12)
    delta: int
    status: str = Field(default="proposed", max_length=12)
    note: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    source: str = Field(max_length=80, unique=True)
    shift_date: date | None = None
    shift_code: str | None = Field(default=None, max_length=8)
    created_at: datetime = Field(sa_column=_utc())


class Settlement(_Table, table=True):
    """Something that became due with time, settled once (convention 14): absenteeism at shift
    end (D-03), an away clock's 5 and 20 minutes (RC-08, RC-07), an uncovered swap (SW-06), a
    clock overdue (CP-01, CP-02). One row per rule, person and shift or clock: the unique key
    lets any number of settlers run at once and still write each of them exactly once."""

    __tablename__ = "settlement"
    __table_args__ = (
        UniqueConstraint("rule", "staff_no", "subject", name="uq_settlement_key"),
        Index("ix_settlement_subject", "subject"),
    )

    id: int | None = Field(default=None, primary_key=True)
    rule: str = Field(max_length=12)
    staff_no: str = Field(max_length=16)  # "" for a shift's own mark (every no-show looked at)
    subject: str = Field(max_length=80)  # a shift (2026-11-22/D), an away clock, clock:N
    due_at: datetime = Field(sa_column=_utc())
    settled_at: datetime = Field(sa_column=_utc())
    points_id: int | None = Field(default=None, foreign_key="points_entry.id")


class TicketEvent(_Table, table=True):
    """One step in a ticket's life: created, dispatched, reported … with who and when."""

    __tablename__ = "ticket_event"

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True)
    at: datetime = Field(sa_column=_utc())
    actor: str = Field(max_length=16)
    kind: str = Field(max_length=16)
    detail: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))


class EscalationEvent(_Table, table=True):
    """A reportable event (CP-02): line fault, outage, policy question … (E-n)."""

    __tablename__ = "escalation_event"

    id: int | None = Field(default=None, primary_key=True)
    summary: str = Field(max_length=200)
    outage: bool = False
    opened_at: datetime = Field(sa_column=_utc())
    opened_by: str = Field(max_length=16)


class Clock(_Table, table=True):
    """A 60-minute clock (D-07): dispatch of a complaint or report of an event to the duty
    manager. Deadlines are stored, so every terminal and every restart shows the same time."""

    __tablename__ = "clock"
    __table_args__ = (Index("ix_clock_running", "stopped_at", "deadline_at"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=8)
    ticket_id: int | None = Field(default=None, foreign_key="ticket.id", index=True)
    event_id: int | None = Field(default=None, foreign_key="escalation_event.id", index=True)
    started_at: datetime = Field(sa_column=_utc())
    deadline_at: datetime = Field(sa_column=_utc())
    start_note: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    stopped_at: datetime | None = Field(default=None, sa_column=_utc(nullable=True))
    stopped_by: str = Field(default="", max_length=16)
    result: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    overrun_minutes: int = 0
    points: int = 0
    breach_shift: str = Field(default="", max_length=20)
    version: int = 1


class VisitAttempt(_Table, table=True):
    """A return-visit call (RV-01, D-08): reached, failed or wrong number."""

    __tablename__ = "visit_attempt"

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True)
    at: datetime = Field(sa_column=_utc())
    outcome: str = Field(max_length=14)
    note: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    actor: str = Field(max_length=16)


class PersonState(_Table, table=True):
    """The current seat state of a person on a shift (ST-04, D-06); one row each."""

    __tablename__ = "person_state"
    __table_args__ = (
        UniqueConstraint("shift_date", "shift_code", "staff_id", name="uq_state_person_shift"),
    )

    id: int | None = Field(default=None, primary_key=True)
    shift_date: date
    shift_code: str = Field(max_length=8)
    staff_id: int = Field(foreign_key="staff.id")
    state: str = Field(max_length=8)
    since: datetime = Field(sa_column=_utc())
    approved: bool = False
    flagged_at: datetime | None = Field(default=None, sa_column=_utc(nullable=True))
    version: int = 1


class StateChange(_Table, table=True):
    """Every state change, for time-per-state and the away history."""

    __tablename__ = "state_change"
    __table_args__ = (Index("ix_state_change_shift", "shift_date", "shift_code"),)

    id: int | None = Field(default=None, primary_key=True)
    shift_date: date
    shift_code: str = Field(max_length=8)
    staff_id: int = Field(foreign_key="staff.id")
    state: str = Field(max_length=8)
    at: datetime = Field(sa_column=_utc())
    actor: str = Field(max_length=16)
    note: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))


class SeatChange(_Table, table=True):
    """A seat assignment, move or release on a shift (for the handover's staffing changes)."""

    __tablename__ = "seat_change"

    id: int | None = Field(default=None, primary_key=True)
    shift_date: date
    shift_code: str = Field(max_length=8)
    staff_id: int | None = Field(default=None, foreign_key="staff.id")
    from_seat: str = Field(default="", max_length=16)
    to_seat: str = Field(default="", max_length=16)
    at: datetime = Field(sa_column=_utc())
    actor: str = Field(max_length=16)


class SeatFault(_Table, table=True):
    """Faulty equipment on a seat, open until fixed; carried into the handover (HO-03)."""

    __tablename__ = "seat_fault"

    id: int | None = Field(default=None, primary_key=True)
    seat_id: int = Field(foreign_key="seat.id", index=True)
    kind: str = Field(max_length=8)
    note: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    opened_at: datetime = Field(sa_column=_utc())
    opened_by: str = Field(max_length=16)
    fixed_at: datetime | None = Field(default=None, sa_column=_utc(nullable=True))
    fixed_note: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))


# the handover tables and those of later schemas: imported here so that every table is mapped,
# and the handover tables' names importable from this module, once ``models`` is imported
from cs_console.store import models_floor, models_month  # noqa: E402, F401  (0014, 0016)
from cs_console.store.models_handover import (  # noqa: E402, F401
    ChainHead,
    Closedown,
    ClosedownTick,
    HandoverEntry,
    HandoverLink,
    HandoverLog,
)
