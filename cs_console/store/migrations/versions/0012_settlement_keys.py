"""settlement keys

One row per (rule, person, shift or clock) that settlement proposed, unique, so concurrent
settlers write each proposal once. Existing proposals are keyed first; where one key holds
several proposals still open, the first stays and the others are voided as its duplicates.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-29 11:00:00
"""

import sqlalchemy as sa
from alembic import op

from cs_console.store.types import UTCDateTime

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

STAFF = sa.table("staff", sa.column("id", sa.Integer()), sa.column("staff_no", sa.String()))
POINTS = sa.table(
    "points_entry",
    sa.column("id", sa.Integer()),
    sa.column("staff_id", sa.Integer()),
    sa.column("rule", sa.String()),
    sa.column("status", sa.String()),
    sa.column("note", sa.Text()),
    sa.column("source", sa.String()),
    sa.column("shift_date", sa.Date()),
    sa.column("shift_code", sa.String()),
    sa.column("created_at", UTCDateTime()),
)
STATES = sa.table(
    "person_state",
    sa.column("id", sa.Integer()),
    sa.column("staff_id", sa.Integer()),
    sa.column("since", UTCDateTime()),
    sa.column("flagged_at", UTCDateTime()),
)
SETTLEMENT = sa.table(
    "settlement",
    sa.column("rule", sa.String()),
    sa.column("staff_no", sa.String()),
    sa.column("subject", sa.String()),
    sa.column("due_at", UTCDateTime()),
    sa.column("settled_at", UTCDateTime()),
    sa.column("points_id", sa.Integer()),
)


def upgrade() -> None:
    op.create_table(
        "settlement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(length=12), nullable=False),
        sa.Column("staff_no", sa.String(length=16), nullable=False),
        sa.Column("subject", sa.String(length=80), nullable=False),
        sa.Column("due_at", UTCDateTime(), nullable=False),
        sa.Column("settled_at", UTCDateTime(), nullable=False),
        sa.Column("points_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["points_id"], ["points_entry.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("rule", "staff_no", "subject", name="uq_settlement_key"),
    )
    with op.batch_alter_table("settlement", schema=None) as batch_op:
        batch_op.create_index("ix_settlement_subject", ["subject"], unique=False)
    _key_existing(op.get_bind())


def _key_existing(conn: sa.Connection) -> None:
    """Key the proposals already made; merge those that share a key."""
    rows = conn.execute(
        sa.select(POINTS, STAFF.c.staff_no)
        .join(STAFF, STAFF.c.id == POINTS.c.staff_id)
        .where(POINTS.c.rule.in_(("RC-11", "SW-06", "RC-08")))
        .order_by(POINTS.c.id)
    ).all()
    groups: dict[tuple[str, str, str], list[sa.Row]] = {}
    for row in rows:
        if row.rule == "RC-08":
            if not row.source.startswith("away:"):
                continue
            subject = row.source
        elif row.shift_date is None:
            continue
        else:
            subject = f"{row.shift_date.isoformat()}/{row.shift_code}"
        groups.setdefault((row.rule, row.staff_no, subject), []).append(row)
    keys = []
    for (rule, staff_no, subject), group in groups.items():
        holder = next((r for r in group if r.status != "voided"), group[0])
        keys.append(
            {"rule": rule, "staff_no": staff_no, "subject": subject, "due_at": holder.created_at,
             "settled_at": holder.created_at, "points_id": holder.id}
        )  # fmt: skip
        for row in group:
            if row is holder or row.status != "proposed" or holder.status == "voided":
                continue
            note = f"{row.note} | voided: the same proposal as P-{holder.id}".strip(" |")
            conn.execute(
                sa.update(POINTS).where(POINTS.c.id == row.id).values(status="voided", note=note)
            )
    flagged = conn.execute(
        sa.select(STATES, STAFF.c.staff_no)
        .join(STAFF, STAFF.c.id == STATES.c.staff_id)
        .where(STATES.c.flagged_at.is_not(None))
    ).all()
    for row in flagged:
        keys.append(
            {"rule": "RC-07", "staff_no": row.staff_no,
             "subject": f"away:{row.id}:{row.since.isoformat()}", "due_at": row.flagged_at,
             "settled_at": row.flagged_at, "points_id": None}
        )  # fmt: skip
    if keys:
        conn.execute(sa.insert(SETTLEMENT), keys)


def downgrade() -> None:
    with op.batch_alter_table("settlement", schema=None) as batch_op:
        batch_op.drop_index("ix_settlement_subject")
    op.drop_table("settlement")
