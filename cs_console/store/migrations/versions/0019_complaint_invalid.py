"""complaints ruled invalid

A complaint a supervisor found unfounded: when, by whom and why. It no longer counts among
the person's complaints of the month (CP-07, C-16: valid complaints only). Every complaint
already stored stays valid.

Revision ID: 0019
Revises: 0018
Create Date: 2026-11-29 23:00:00
"""

import sqlalchemy as sa
from alembic import op

from cs_console.store.types import UTCDateTime

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ticket") as batch:
        batch.add_column(sa.Column("invalid_at", UTCDateTime(), nullable=True))
        batch.add_column(
            sa.Column("invalid_by", sa.String(length=16), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("invalid_reason", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN in place: a batch copy of the table would drop the one the
    # clocks, visits and events point at
    for column in ("invalid_reason", "invalid_by", "invalid_at"):
        op.drop_column("ticket", column)
