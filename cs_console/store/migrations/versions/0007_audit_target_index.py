"""audit target index

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22 23:00:00
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_audit_target", "audit_entry", ["target", "id"])


def downgrade() -> None:
    op.drop_index("ix_audit_target", table_name="audit_entry")
