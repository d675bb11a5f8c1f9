"""The floor's tables: the phone system's call events, the forecast and the alerts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Index, Text
from sqlmodel import Field

from cs_console.store.models import _Table, _utc


class CallEvent(_Table, table=True):
    """One ``queue_log`` line; ``key`` is the hash of the raw line, so a line read twice (a
    restart, a rotated file) is stored once. The caller's number is stored masked (D-12)."""

    __tablename__ = "call_event"
    __table_args__ = (Index("ix_call_event_at", "at", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=32, unique=True)
    at: datetime = Field(sa_column=_utc())
    call_id: str = Field(max_length=64)
    queue: str = Field(max_length=64)
    agent: str = Field(max_length=64)
    event: str = Field(max_length=32)
    data: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))


class ForecastRow(_Table, table=True):
    """The calls expected in one interval (``feed forecast``): the what-if's load."""

    __tablename__ = "forecast_row"

    id: int | None = Field(default=None, primary_key=True)
    interval_start: datetime = Field(sa_column=_utc(index=True))
    offered: int
    aht_seconds: float


class Alert(_Table, table=True):
    """An alert that stays until a leader acknowledges it (``ack-alert N``); ``key`` says what
    raised it, so the same cause raises it once."""

    __tablename__ = "alert"
    __table_args__ = (Index("ix_alert_open", "acked_at", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=64, unique=True)
    kind: str = Field(max_length=16)
    text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    raised_at: datetime = Field(sa_column=_utc())
    acked_at: datetime | None = Field(default=None, sa_column=_utc(nullable=True))
    acked_by: str = Field(default="", max_length=16)
