"""ticket external id

The identifier a ticket has in the system it was imported from (optional column
``external_id`` of the tickets CSV): unique, so a file imported again updates its tickets
instead of adding them twice.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-29 12:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.add_column(sa.Column("external_id", sa.String(length=64), nullable=True))
    op.create_index("ix_ticket_external_id", "ticket", ["external_id"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_ticket_external_id", table_name="ticket")
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.drop_column("external_id")
