"""The audit log: who did what, when, with the state before and after."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from cs_console.domain.records import AuditLine
from cs_console.services.context import Context
from cs_console.store.models import AuditEntry

TARGET_LENGTH = 64  # audit_entry.target


def _dump(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def record(
    session: Session,
    ctx: Context,
    action: str,
    target: str = "",
    before: Any = None,
    after: Any = None,
) -> None:
    """Append one audit row inside the caller's transaction (a long target keeps its end)."""
    if len(target) > TARGET_LENGTH:
        target = "…" + target[-(TARGET_LENGTH - 1) :]
    session.add(
        AuditEntry(
            at=ctx.now(),
            actor=ctx.audit_actor,
            action=action,
            target=target,
            before=_dump(before),
            after=_dump(after),
        )
    )


def list_entries(ctx: Context, since: datetime | None = None, limit: int = 1000) -> list[AuditLine]:
    query = select(AuditEntry).order_by(col(AuditEntry.id).desc()).limit(limit)
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    with ctx.reading() as session:
        rows = session.exec(query).all()
    return [AuditLine(r.at, r.actor, r.action, r.target, r.before, r.after) for r in reversed(rows)]
