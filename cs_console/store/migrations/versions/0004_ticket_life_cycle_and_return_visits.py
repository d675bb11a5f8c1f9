"""ticket life cycle and return visits

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 20:02:29.240543
"""

import sqlalchemy as sa
from alembic import op

from cs_console.store.types import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "visit_attempt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("outcome", sa.String(length=14), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["ticket.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("visit_attempt", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_attempt_ticket_id"), ["ticket_id"], unique=False)

    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.add_column(sa.Column("resolved_at", UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("closed_at", UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("visit_due_at", UTCDateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("visit_state", sa.String(length=12), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("kb_state", sa.String(length=8), nullable=False, server_default="")
        )
        batch_op.create_index("ix_ticket_due", ["due_at", "priority", "id"], unique=False)
        batch_op.create_index("ix_ticket_visit_due", ["visit_due_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_visit_due")
        batch_op.drop_index("ix_ticket_due")
        batch_op.drop_column("kb_state")
        batch_op.drop_column("visit_state")
        batch_op.drop_column("visit_due_at")
        batch_op.drop_column("closed_at")
        batch_op.drop_column("resolved_at")

    with op.batch_alter_table("visit_attempt", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_attempt_ticket_id"))

    op.drop_table("visit_attempt")
