"""handover log and pin lockout

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22 20:37:56.664344
"""

import sqlalchemy as sa
from alembic import op

from cs_console.store.types import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "handover_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shift_date", sa.Date(), nullable=False),
        sa.Column("shift_code", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("out_staff_no", sa.String(length=16), nullable=False),
        sa.Column("out_signed_at", UTCDateTime(), nullable=True),
        sa.Column("in_staff_no", sa.String(length=16), nullable=False),
        sa.Column("in_signed_at", UTCDateTime(), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=True),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("seq"),
        sa.UniqueConstraint("shift_date", "shift_code", name="uq_handover_shift"),
    )
    op.create_table(
        "handover_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("log_id", sa.Integer(), nullable=False),
        sa.Column("section", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("author", sa.String(length=16), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("acked_by", sa.String(length=16), nullable=False),
        sa.Column("acked_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["log_id"],
            ["handover_log.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("handover_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_handover_entry_log_id"), ["log_id"], unique=False)

    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("pin_failures", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("pin_locked_until", UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_column("pin_locked_until")
        batch_op.drop_column("pin_failures")

    with op.batch_alter_table("handover_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handover_entry_log_id"))

    op.drop_table("handover_entry")
    op.drop_table("handover_log")
