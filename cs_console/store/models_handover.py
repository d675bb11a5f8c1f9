"""The handover tables: one log per shift with its entries, the close-down and its ticks, and
the links and head of the handover hash chain (HO-01…HO-16, D-10; schemas 0006, 0010, 0011)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field

from cs_console.store.models import _Table, _utc


class HandoverLog(_Table, table=True):
    """One log per shift: draft → awaiting incoming → signed (D-10); then read-only."""

    __tablename__ = "handover_log"
    __table_args__ = (UniqueConstraint("shift_date", "shift_code", name="uq_handover_shift"),)

    id: int | None = Field(default=None, primary_key=True)
    shift_date: date
    shift_code: str = Field(max_length=8)
    status: str = Field(default="draft", max_length=20)
    out_staff_no: str = Field(default="", max_length=16)
    out_signed_at: datetime | None = Field(default=None, sa_column=_utc(nullable=True))
    in_staff_no: str = Field(default="", max_length=16)
    in_signed_at: datetime | None = Field(default=None, sa_column=_utc(nullable=True))
    out_signed_real_at: datetime | None = Field(default=None, sa_column=_utc(nullable=True))
    in_signed_real_at: datetime | None = Field(default=None, sa_column=_utc(nullable=True))
    seq: int | None = Field(default=None, unique=True)
    content: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    fingerprint: str = Field(default="", max_length=64)
    legacy_fingerprint: str = Field(default="", max_length=64)  # before the chain covered rows
    version: int = 1


class HandoverEntry(_Table, table=True):
    """An entry of a log section, an item carried from the previous log (``from_log_id``, with
    the open item's ``item_key``: carried once), an addendum or an HO-08 attribution."""

    __tablename__ = "handover_entry"

    id: int | None = Field(default=None, primary_key=True)
    log_id: int = Field(foreign_key="handover_log.id", index=True)
    section: str = Field(max_length=16)
    text: str = Field(sa_column=Column(Text, nullable=False))
    kind: str = Field(default="entry", max_length=8)
    author: str = Field(max_length=16)
    at: datetime = Field(sa_column=_utc())
    acked_by: str = Field(default="", max_length=16)
    acked_at: datetime | None = Field(default=None, sa_column=_utc(nullable=True))
    item_key: str = Field(default="", max_length=48, index=True)
    from_log_id: int | None = Field(default=None, foreign_key="handover_log.id", index=True)


class ClosedownTick(_Table, table=True):
    """One item of the close-down checklist ticked (HO-15/HO-16), with time and staff number."""

    __tablename__ = "closedown_tick"
    __table_args__ = (UniqueConstraint("log_id", "item", name="uq_closedown_tick"),)

    id: int | None = Field(default=None, primary_key=True)
    log_id: int = Field(foreign_key="handover_log.id")
    item: str = Field(max_length=32)
    label: str = Field(max_length=200)
    ticked_by: str = Field(max_length=16)
    ticked_at: datetime = Field(sa_column=_utc())


class Closedown(_Table, table=True):
    """The last leader's signature of a log's close-down (HO-16)."""

    __tablename__ = "closedown"

    id: int | None = Field(default=None, primary_key=True)
    log_id: int = Field(foreign_key="handover_log.id", unique=True)
    signed_by: str = Field(max_length=16)
    signed_at: datetime = Field(sa_column=_utc())
    signed_real_at: datetime = Field(sa_column=_utc())


class HandoverLink(_Table, table=True):
    """One link of the handover chain (domain/chain.py): a signed log, an addendum, an HO-08
    attribution, or the head of the chain from before it covered the rows (``legacy``)."""

    __tablename__ = "handover_link"

    id: int | None = Field(default=None, primary_key=True)
    seq: int = Field(unique=True)
    kind: str = Field(max_length=12)
    log_id: int = Field(foreign_key="handover_log.id", index=True)
    entry_id: int | None = Field(default=None)  # no foreign key: outlives a deleted row
    fingerprint: str = Field(max_length=64)


class ChainHead(_Table, table=True):
    """One row: the last link of the audit chain and of the handover chain. Appending locks
    it, so concurrent writers make one unbroken chain."""

    __tablename__ = "chain_head"

    id: int | None = Field(default=None, primary_key=True)
    audit_seq: int = 0
    audit_hash: str = Field(default="", max_length=64)
    link_seq: int = 0
    link_hash: str = Field(default="", max_length=64)
