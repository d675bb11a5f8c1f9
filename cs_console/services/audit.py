"""The audit log: who did what, when, with the state before and after.

Each row carries the real time (and the training time beside it when ``--now`` moved the
clock), and is chained to the row before it: when the transaction commits, its rows take the
next positions of the audit chain under the locked chain head (domain/chain.py)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import event, or_
from sqlmodel import Session, col, select

from cs_console.domain.chain import AuditRow, audit_hash
from cs_console.domain.records import AuditLine
from cs_console.services.context import Context
from cs_console.store.chain_repo import lock_head, move_head
from cs_console.store.models import AuditEntry

TARGET_LENGTH = 64  # audit_entry.target
PENDING = "cs_console.audit_rows"  # session.info: the rows this transaction appends


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
    row = AuditEntry(
        at=ctx.real_now(),
        training_at=ctx.now() if ctx.clock.training else None,
        actor=ctx.audit_actor,
        action=action,
        target=target,
        before=_dump(before),
        after=_dump(after),
    )
    session.add(row)
    pending = session.info.setdefault(PENDING, [])
    if not pending and not event.contains(session, "before_commit", _seal):
        event.listen(session, "before_commit", _seal)
    pending.append(row)


def _seal(session: Session) -> None:
    """The transaction's audit rows, chained in the order they were made."""
    rows: list[AuditEntry] = session.info.pop(PENDING, [])
    if not rows:
        return
    session.flush()
    head = lock_head(session)
    seq, previous = head.audit_seq, head.audit_hash
    for row in rows:
        assert row.id is not None
        seq += 1
        row.chain_seq = seq
        row.hash = previous = audit_hash(_fields(row), seq, previous)
        session.add(row)
    move_head(session, audit_seq=seq, audit_hash=previous)
    session.flush()


def _fields(row: AuditEntry) -> AuditRow:
    assert row.id is not None
    return AuditRow(row.id, row.at, row.training_at, row.actor, row.action, row.target,
                    row.before, row.after)  # fmt: skip


def list_entries(ctx: Context, since: datetime | None = None, limit: int = 1000) -> list[AuditLine]:
    """The newest ``limit`` rows; ``since`` compares with the training time of rows made with
    ``--now``, else with the real time."""
    query = select(AuditEntry).order_by(col(AuditEntry.id).desc()).limit(limit)
    if since is not None:
        trained = col(AuditEntry.training_at)
        query = query.where(
            or_(trained >= since, trained.is_(None) & (col(AuditEntry.at) >= since))
        )
    with ctx.reading() as session:
        rows = session.exec(query).all()
    return [
        AuditLine(r.at, r.actor, r.action, r.target, r.before, r.after, r.training_at)
        for r in reversed(rows)
    ]
