"""The rows the two hash chains cover, and the one-row chain head that serialises appends."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col

from cs_console.domain.chain import POST_SIGNATURE, AuditRow, EntryRow, LogRecord, Signature, Tick
from cs_console.store.models import (
    AuditEntry,
    ChainHead,
    Closedown,
    ClosedownTick,
    HandoverEntry,
    HandoverLink,
    HandoverLog,
)

HEAD = ChainHead.__table__  # type: ignore[attr-defined]
HEAD_ID = 1


@dataclass(frozen=True)
class Head:
    audit_seq: int
    audit_hash: str
    link_seq: int
    link_hash: str


def lock_head(session: Session) -> Head:
    """The chain head, locked until the transaction ends (made on first use): every append to
    either chain waits here for the one before it (SQLite's BEGIN IMMEDIATE already waits)."""
    dialect = session.get_bind().dialect.name
    maker = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(maker(HEAD).values(id=HEAD_ID).on_conflict_do_nothing())
    row = session.execute(
        select(HEAD.c.audit_seq, HEAD.c.audit_hash, HEAD.c.link_seq, HEAD.c.link_hash)
        .where(HEAD.c.id == HEAD_ID)
        .with_for_update()
    ).one()
    return Head(*row)


def read_head(session: Session) -> Head | None:
    row = session.execute(
        select(HEAD.c.audit_seq, HEAD.c.audit_hash, HEAD.c.link_seq, HEAD.c.link_hash)
    ).first()
    return Head(*row) if row else None


def move_head(session: Session, **values: int | str) -> None:
    session.execute(update(HEAD).where(HEAD.c.id == HEAD_ID).values(**values))


def entry_row(e: HandoverEntry) -> EntryRow:
    assert e.id is not None
    return EntryRow(e.id, e.section, e.kind, e.text, e.author, e.at, e.acked_by, e.acked_at,
                    e.item_key, e.from_log_id)  # fmt: skip


def log_record(session: Session, log: HandoverLog) -> LogRecord:
    """What a signed log's fingerprint covers, read from its rows."""
    assert log.id is not None
    own = session.execute(
        select(HandoverEntry)
        .where(HandoverEntry.log_id == log.id, col(HandoverEntry.kind).not_in(POST_SIGNATURE))
        .order_by(HandoverEntry.id)
    ).scalars()
    handed = session.execute(
        select(HandoverEntry)
        .where(HandoverEntry.from_log_id == log.id, HandoverEntry.kind == "carried")
        .order_by(HandoverEntry.id)
    ).scalars()
    closed = session.execute(select(Closedown).where(Closedown.log_id == log.id)).scalars().first()
    ticks = session.execute(
        select(ClosedownTick).where(ClosedownTick.log_id == log.id).order_by(ClosedownTick.item)
    ).scalars()
    facts = json.loads(log.content)["facts"] if log.content else {}
    return LogRecord(
        seq=log.seq,
        shift=f"{log.shift_date.isoformat()}/{log.shift_code}",
        status=log.status,
        outgoing=Signature(log.out_staff_no, log.out_signed_at, log.out_signed_real_at),
        incoming=Signature(log.in_staff_no, log.in_signed_at, log.in_signed_real_at),
        facts=facts,
        entries=tuple(entry_row(e) for e in own),
        handed=tuple(entry_row(e) for e in handed),
        closedown=(
            Signature(closed.signed_by, closed.signed_at, closed.signed_real_at) if closed else None
        ),
        ticks=tuple(Tick(t.item, t.label, t.ticked_by, t.ticked_at) for t in ticks),
    )


def last_log_seq(session: Session) -> int:
    return session.execute(select(func.max(HandoverLog.seq))).scalar() or 0


def links(session: Session) -> list[HandoverLink]:
    return list(session.execute(select(HandoverLink).order_by(HandoverLink.seq)).scalars())


def link_before(session: Session, seq: int) -> str:
    """The fingerprint of the link before position ``seq`` ("" for the first)."""
    query = select(HandoverLink.fingerprint).where(HandoverLink.seq == seq - 1)
    return session.execute(query).scalar() or ""


def links_of(session: Session, log_id: int) -> list[HandoverLink]:
    query = select(HandoverLink).where(HandoverLink.log_id == log_id).order_by(HandoverLink.seq)
    return list(session.execute(query).scalars())


def signed_logs(session: Session) -> list[HandoverLog]:
    query = (
        select(HandoverLog)
        .where(col(HandoverLog.seq).is_not(None) | (HandoverLog.status == "signed"))
        .order_by(HandoverLog.seq, HandoverLog.id)
    )
    return list(session.execute(query).scalars())


def post_signature_entries(session: Session) -> list[HandoverEntry]:
    query = (
        select(HandoverEntry)
        .where(col(HandoverEntry.kind).in_(POST_SIGNATURE))
        .order_by(HandoverEntry.id)
    )
    return list(session.execute(query).scalars())


def audit_rows(session: Session) -> Iterator[tuple[int | None, str, AuditRow]]:
    """(chain position, hash, row) for every audit row, in chain order (unchained rows last)."""
    table = AuditEntry.__table__  # type: ignore[attr-defined]
    query = select(table).order_by(table.c.chain_seq.is_(None), table.c.chain_seq, table.c.id)
    for r in session.execute(query).mappings():
        row = AuditRow(r["id"], r["at"], r["training_at"], r["actor"], r["action"], r["target"],
                       r["before"], r["after"])  # fmt: skip
        yield r["chain_seq"], r["hash"], row


def audit_count(session: Session) -> int:
    return session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
