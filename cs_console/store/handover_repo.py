"""Reads of the handover logs that other areas need (the shift due asks whether a log is
signed) — plain table statements, no ORM objects."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlmodel import Session

from cs_console.store.models import HandoverLog

LOG = HandoverLog.__table__  # type: ignore[attr-defined]


def outgoing_signed(session: Session, day: date, code: str) -> bool:
    """Whether the log of the shift (day, code) carries its outgoing signature."""
    query = select(LOG.c.out_signed_at).where(LOG.c.shift_date == day, LOG.c.shift_code == code)
    return session.execute(query).scalar() is not None
