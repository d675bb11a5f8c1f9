"""handover items and close-down

Carried items remember the log they came from and the open item they stand for (carried
once); signatures keep their real time; the close-down checklist's ticks and its signature
(HO-15/HO-16). Items carried before this revision get the log named in their "from KEY:"
prefix.

Revision ID: 0010
Revises: 0008
Create Date: 2026-11-24 09:00:00
"""

import re

import sqlalchemy as sa
from alembic import op

from cs_console.store.types import UTCDateTime

revision = "0010"
down_revision = "0008"
branch_labels = None
depends_on = None

FROM_KEY = re.compile(r"from (\d{4}-\d{2}-\d{2})/([^:\s]+): ")


def upgrade() -> None:
    with op.batch_alter_table("handover_entry", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("item_key", sa.String(length=48), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("from_log_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_handover_entry_item_key"), ["item_key"])
        batch_op.create_index(batch_op.f("ix_handover_entry_from_log_id"), ["from_log_id"])
        batch_op.create_foreign_key(
            "fk_handover_entry_from_log_id", "handover_log", ["from_log_id"], ["id"]
        )
    with op.batch_alter_table("handover_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("out_signed_real_at", UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("in_signed_real_at", UTCDateTime(), nullable=True))
    op.create_table(
        "closedown_tick",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("log_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=32), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("ticked_by", sa.String(length=16), nullable=False),
        sa.Column("ticked_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["log_id"], ["handover_log.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("log_id", "item", name="uq_closedown_tick"),
    )
    op.create_table(
        "closedown",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("log_id", sa.Integer(), nullable=False),
        sa.Column("signed_by", sa.String(length=16), nullable=False),
        sa.Column("signed_at", UTCDateTime(), nullable=False),
        sa.Column("signed_real_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["log_id"], ["handover_log.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("log_id"),
    )
    _source_logs()


def _source_logs() -> None:
    """The log each carried item came from, read from its "from KEY:" prefix."""
    conn = op.get_bind()
    logs = {
        (str(day), code): log_id
        for log_id, day, code in conn.execute(
            sa.text("SELECT id, shift_date, shift_code FROM handover_log")
        )
    }
    carried = conn.execute(sa.text("SELECT id, text FROM handover_entry WHERE kind = 'carried'"))
    for entry_id, text in carried.all():
        match = FROM_KEY.match(text)
        source = logs.get((match.group(1), match.group(2))) if match else None
        if source is not None:
            conn.execute(
                sa.text("UPDATE handover_entry SET from_log_id = :log WHERE id = :id"),
                {"log": source, "id": entry_id},
            )


def downgrade() -> None:
    op.drop_table("closedown")
    op.drop_table("closedown_tick")
    with op.batch_alter_table("handover_log", schema=None) as batch_op:
        batch_op.drop_column("in_signed_real_at")
        batch_op.drop_column("out_signed_real_at")
    with op.batch_alter_table("handover_entry", schema=None) as batch_op:
        batch_op.drop_constraint("fk_handover_entry_from_log_id", type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_handover_entry_from_log_id"))
        batch_op.drop_index(batch_op.f("ix_handover_entry_item_key"))
        batch_op.drop_column("from_log_id")
        batch_op.drop_column("item_key")
