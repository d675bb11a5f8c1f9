"""The tables. Schema changes go only through Alembic migrations (store/migrations)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from cs_console.store.types import UTCDateTime


def _utc(nullable: bool = False, index: bool = False) -> Column:  # type: ignore[type-arg]
    return Column(UTCDateTime(), nullable=nullable, index=index)


class Staff(SQLModel, table=True):
    __tablename__ = "staff"

    id: int | None = Field(default=None, primary_key=True)
    staff_no: str = Field(max_length=16, unique=True)
    name: str = Field(max_length=64)
    role: str = Field(max_length=32)
    grade: str = Field(max_length=16)
    team: str = Field(default="", max_length=32)
    pin_hash: str | None = Field(default=None, max_length=200)
    active: bool = True


class Seat(SQLModel, table=True):
    __tablename__ = "seat"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=16, unique=True)
    row: int
    col: int
    zone: str = Field(default="", max_length=32)
    extension: str = Field(default="", max_length=16)


class RosterEntry(SQLModel, table=True):
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


class Ticket(SQLModel, table=True):
    """A ticket (work order); complaints carry the 60-minute dispatch clock (CP-01, D-07)."""

    __tablename__ = "ticket"
    __table_args__ = (Index("ix_ticket_state_due", "state", "due_at"),)

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
    version: int = 1


class AuditEntry(SQLModel, table=True):
    """One row per write, appended in the same transaction as the write."""

    __tablename__ = "audit_entry"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_column=_utc(index=True))
    actor: str = Field(max_length=16)
    action: str = Field(max_length=48)
    target: str = Field(default="", max_length=64)
    before: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    after: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
