"""search index rows know their source

Each index row keeps the id of the row it was made from, with an index on (kind, source id),
so the catch-up looks for source rows with no index row instead of ids above a mark: on
PostgreSQL a row may commit after a newer one was indexed. The tables are derived data:
made again empty here and filled from their sources after the upgrade (migrate.upgrade).

Revision ID: 0020
Revises: 0019
Create Date: 2026-11-29 22:40:00
"""

from alembic import op

from cs_console.store import search_repo

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    search_repo.drop(op.get_bind())
    search_repo.create(op.get_bind())


def downgrade() -> None:
    """Back to 0018's shape, empty: 0018's catch-up fills it from its mark (none)."""
    conn = op.get_bind()
    search_repo.drop(conn)
    if conn.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE search_index USING fts5(words, kind UNINDEXED, "
            "ref UNINDEXED, at UNINDEXED, body UNINDEXED, tokenize = 'unicode61')"
        )
    else:
        op.execute(
            "CREATE TABLE search_index (id BIGSERIAL PRIMARY KEY, words TSVECTOR NOT NULL, "
            "kind VARCHAR(16) NOT NULL, ref VARCHAR(40) NOT NULL, at VARCHAR(40) NOT NULL, "
            "body TEXT NOT NULL)"
        )
        op.execute("CREATE INDEX ix_search_words ON search_index USING GIN (words)")
    op.execute("CREATE TABLE search_mark (kind VARCHAR(16) PRIMARY KEY, last_id BIGINT NOT NULL)")
