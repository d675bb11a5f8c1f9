"""search index

The search across every past shift: a derived index of tickets, ticket events, handover
entries and addenda, reportable events and roll-call remarks (FTS5 on SQLite, a tsvector with
a GIN index on PostgreSQL), filled from those tables after the upgrade (migrate.upgrade).

Revision ID: 0017
Revises: 0013
Create Date: 2026-11-29 15:00:00
"""

from alembic import op

from cs_console.store import search_repo

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    search_repo.create(op.get_bind())


def downgrade() -> None:
    search_repo.drop(op.get_bind())
