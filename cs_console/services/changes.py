"""Cheap change detection for live consoles: every write appends an audit row in its own
transaction, so the newest audit id changes exactly when anything was written."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import select

from cs_console.services.context import Context
from cs_console.store.models import AuditEntry


def last_change(ctx: Context) -> int:
    """The newest audit id (an index look-up on the primary key)."""
    with ctx.reading() as session:
        return session.exec(select(func.coalesce(func.max(AuditEntry.id), 0))).one()
