"""hash chains over what people read

Audit rows get the training time beside the real one and form a hash chain; the handover
chain gets a link per signed log (over its rows), per addendum and per HO-08 attribution; a
one-row chain head serialises appends. Logs signed before keep their fingerprint as
``legacy_fingerprint``; the first new link records the old head, so fingerprints already on
paper still verify, and the signed logs are fingerprinted again over their rows.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-24 10:00:00
"""

import json

import sqlalchemy as sa
from alembic import op

from cs_console.domain.chain import (
    POST_SIGNATURE,
    AuditRow,
    EntryRow,
    LogRecord,
    Signature,
    Tick,
    audit_hash,
    legacy_link,
    log_link,
    note_link,
)
from cs_console.store.types import UTCDateTime

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

AUDIT = sa.table(
    "audit_entry",
    *(sa.column(c) for c in ("id", "actor", "action", "target", "before", "after", "chain_seq")),
    sa.column("hash"),
    sa.column("at", UTCDateTime()),
    sa.column("training_at", UTCDateTime()),
)
LOG = sa.table(
    "handover_log",
    *(sa.column(c) for c in ("id", "shift_code", "status", "out_staff_no", "in_staff_no")),
    *(sa.column(c) for c in ("seq", "content", "fingerprint", "legacy_fingerprint")),
    sa.column("shift_date", sa.Date()),
    *(sa.column(c, UTCDateTime()) for c in ("out_signed_at", "in_signed_at")),
    *(sa.column(c, UTCDateTime()) for c in ("out_signed_real_at", "in_signed_real_at")),
)
ENTRY = sa.table(
    "handover_entry",
    *(sa.column(c) for c in ("id", "log_id", "section", "text", "kind", "author", "acked_by")),
    *(sa.column(c) for c in ("item_key", "from_log_id")),
    sa.column("at", UTCDateTime()),
    sa.column("acked_at", UTCDateTime()),
)
TICK = sa.table(
    "closedown_tick",
    *(sa.column(c) for c in ("log_id", "item", "label", "ticked_by")),
    sa.column("ticked_at", UTCDateTime()),
)
CLOSE = sa.table(
    "closedown",
    *(sa.column(c) for c in ("log_id", "signed_by")),
    sa.column("signed_at", UTCDateTime()),
    sa.column("signed_real_at", UTCDateTime()),
)
LINK = sa.table("handover_link", *(sa.column(c) for c in ("seq", "kind", "log_id", "entry_id")),
                sa.column("fingerprint"))  # fmt: skip
HEAD = sa.table("chain_head", *(sa.column(c) for c in ("id", "audit_seq", "audit_hash")),
                sa.column("link_seq"), sa.column("link_hash"))  # fmt: skip


def upgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("training_at", UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("chain_seq", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("hash", sa.String(length=64), nullable=False, server_default="")
        )
        batch_op.create_unique_constraint("uq_audit_entry_chain_seq", ["chain_seq"])
    with op.batch_alter_table("handover_log", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("legacy_fingerprint", sa.String(length=64), nullable=False, server_default="")
        )
    op.create_table(
        "handover_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("log_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["log_id"], ["handover_log.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("seq"),
    )
    with op.batch_alter_table("handover_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_handover_link_log_id"), ["log_id"], unique=False)
    op.create_table(
        "chain_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("audit_seq", sa.Integer(), nullable=False),
        sa.Column("audit_hash", sa.String(length=64), nullable=False),
        sa.Column("link_seq", sa.Integer(), nullable=False),
        sa.Column("link_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    conn = op.get_bind()
    audit_seq, audit_head = _chain_audit(conn)
    link_seq, link_head = _chain_logs(conn)
    if audit_seq or link_seq:
        conn.execute(
            sa.insert(HEAD).values(
                id=1,
                audit_seq=audit_seq,
                audit_hash=audit_head,
                link_seq=link_seq,
                link_hash=link_head,
            )  # fmt: skip
        )


def _chain_audit(conn: sa.Connection) -> tuple[int, str]:
    """Every audit row in id order, chained."""
    seq, previous, updates = 0, "", []
    for r in conn.execute(sa.select(AUDIT).order_by(AUDIT.c.id)).mappings():
        seq += 1
        row = AuditRow(r["id"], r["at"], r["training_at"], r["actor"], r["action"], r["target"],
                       r["before"], r["after"])  # fmt: skip
        previous = audit_hash(row, seq, previous)
        updates.append({"row": r["id"], "seq": seq, "digest": previous})
    if updates:
        conn.execute(
            sa.update(AUDIT)
            .where(AUDIT.c.id == sa.bindparam("row"))
            .values(chain_seq=sa.bindparam("seq"), hash=sa.bindparam("digest")),
            updates,
        )
    return seq, previous


def _chain_logs(conn: sa.Connection) -> tuple[int, str]:
    """The legacy head, then each signed log and its addenda and attributions, as links."""
    logs = conn.execute(
        sa.select(LOG).where(LOG.c.seq.is_not(None)).order_by(LOG.c.seq)
    ).mappings().all()  # fmt: skip
    if not logs:
        return 0, ""
    last = logs[-1]
    links = [("legacy", last["id"], None, legacy_link(last["seq"], last["fingerprint"]))]
    for log in logs:
        fingerprint = log_link(_record(conn, log), links[-1][3])
        links.append(("log", log["id"], None, fingerprint))
        conn.execute(
            sa.update(LOG).where(LOG.c.id == log["id"])
            .values(legacy_fingerprint=log["fingerprint"], fingerprint=fingerprint)
        )  # fmt: skip
        notes = conn.execute(
            sa.select(ENTRY).where(ENTRY.c.log_id == log["id"], ENTRY.c.kind.in_(POST_SIGNATURE))
            .order_by(ENTRY.c.id)
        ).mappings()  # fmt: skip
        for e in notes:
            links.append((e["kind"], log["id"], e["id"], note_link(_entry(e), log["seq"],
                                                                  links[-1][3])))  # fmt: skip
    conn.execute(
        sa.insert(LINK),
        [{"seq": n, "kind": k, "log_id": log_id, "entry_id": entry_id, "fingerprint": fp}
         for n, (k, log_id, entry_id, fp) in enumerate(links, start=1)],
    )  # fmt: skip
    return len(links), links[-1][3]


def _entry(e: sa.RowMapping) -> EntryRow:
    return EntryRow(e["id"], e["section"], e["kind"], e["text"], e["author"], e["at"],
                    e["acked_by"], e["acked_at"], e["item_key"], e["from_log_id"])  # fmt: skip


def _record(conn: sa.Connection, log: sa.RowMapping) -> LogRecord:
    """The rows of a signed log as the console reads them (store/chain_repo.log_record)."""
    own = conn.execute(
        sa.select(ENTRY).where(ENTRY.c.log_id == log["id"], ENTRY.c.kind.not_in(POST_SIGNATURE))
        .order_by(ENTRY.c.id)
    ).mappings()  # fmt: skip
    handed = conn.execute(
        sa.select(ENTRY).where(ENTRY.c.from_log_id == log["id"], ENTRY.c.kind == "carried")
        .order_by(ENTRY.c.id)
    ).mappings()  # fmt: skip
    closed = conn.execute(sa.select(CLOSE).where(CLOSE.c.log_id == log["id"])).mappings().first()
    ticks = conn.execute(
        sa.select(TICK).where(TICK.c.log_id == log["id"]).order_by(TICK.c.item)
    ).mappings()  # fmt: skip
    return LogRecord(
        seq=log["seq"],
        shift=f"{log['shift_date'].isoformat()}/{log['shift_code']}",
        status=log["status"],
        outgoing=Signature(log["out_staff_no"], log["out_signed_at"], log["out_signed_real_at"]),
        incoming=Signature(log["in_staff_no"], log["in_signed_at"], log["in_signed_real_at"]),
        facts=json.loads(log["content"])["facts"] if log["content"] else {},
        entries=tuple(_entry(e) for e in own),
        handed=tuple(_entry(e) for e in handed),
        closedown=(
            Signature(closed["signed_by"], closed["signed_at"], closed["signed_real_at"])
            if closed
            else None
        ),
        ticks=tuple(Tick(t["item"], t["label"], t["ticked_by"], t["ticked_at"]) for t in ticks),
    )


def downgrade() -> None:
    conn = op.get_bind()
    conn.execute(
        sa.update(LOG).where(LOG.c.legacy_fingerprint != "")
        .values(fingerprint=LOG.c.legacy_fingerprint)
    )  # fmt: skip
    op.drop_table("chain_head")
    with op.batch_alter_table("handover_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handover_link_log_id"))
    op.drop_table("handover_link")
    with op.batch_alter_table("handover_log", schema=None) as batch_op:
        batch_op.drop_column("legacy_fingerprint")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_constraint("uq_audit_entry_chain_seq", type_="unique")
        batch_op.drop_column("hash")
        batch_op.drop_column("chain_seq")
        batch_op.drop_column("training_at")
