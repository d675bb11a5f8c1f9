"""search words index without a pending list

PostgreSQL's GIN index keeps newly written words in a pending list that every search reads
through until it is merged (by vacuum, or once it outgrows its limit): with autovacuum off or
behind, a few milliseconds per search. Each write now merges its words at once; the list
already there is merged here. SQLite's FTS5 table has nothing of the kind.

Revision ID: 0021
Revises: 0020
Create Date: 2026-11-30 02:05:00
"""

from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER INDEX ix_search_words SET (fastupdate = off)")
        op.execute("SELECT gin_clean_pending_list('ix_search_words')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER INDEX ix_search_words RESET (fastupdate)")
