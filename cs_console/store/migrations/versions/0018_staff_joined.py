"""staff joining date

When each person joined, for PF-19: no salary float in the first two months (the month of
joining and the next). Unknown (NULL) for everyone already stored.

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-29 19:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff") as batch:
        batch.add_column(sa.Column("joined", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("staff") as batch:
        batch.drop_column("joined")
