"""The schema comes only from Alembic: an empty database upgrades to head with no drift."""

import os
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlmodel import SQLModel

import cs_console.store.models  # noqa: F401
from cs_console.store import migrate
from cs_console.store.engine import make_engine


def test_empty_database_upgrades_to_head_with_no_autogenerate_diff(db_target: str):
    engine = make_engine(db_target)
    assert migrate.current_revision(engine) is None
    assert migrate.upgrade(engine) is None  # nothing to back up in an empty database
    assert migrate.current_revision(engine) == migrate.head_revision()
    with engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(
                conn, opts={"compare_type": True, "include_name": migrate.compared}
            ),
            SQLModel.metadata,
        )
    assert diff == []
    assert {"staff", "seat", "roster_entry", "ticket", "audit_entry"} <= set(
        inspect(engine).get_table_names()
    )
    engine.dispose()


def test_upgrade_twice_is_a_no_op(db_target: str):
    engine = make_engine(db_target)
    migrate.upgrade(engine)
    assert migrate.upgrade(engine) is None
    assert migrate.current_revision(engine) == migrate.head_revision()
    engine.dispose()


def test_sqlite_file_is_private_and_runs_wal_with_foreign_keys(sqlite_target: str):
    engine = make_engine(sqlite_target)
    migrate.upgrade(engine)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 10_000
    engine.dispose()
    assert stat.S_IMODE(os.stat(sqlite_target).st_mode) == 0o600


def test_online_backup_copies_a_consistent_database(sqlite_target: str, tmp_path: Path):
    engine = make_engine(sqlite_target)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO seat (code, row, col, zone, extension) VALUES ('A01', 1, 1, 'A', '')")
        )
    copy = tmp_path / "copy.db"
    migrate.backup_sqlite(Path(sqlite_target), copy)
    copied = make_engine(str(copy))
    with copied.connect() as conn:
        assert conn.execute(text("SELECT code FROM seat")).scalars().all() == ["A01"]
    assert migrate.current_revision(copied) == migrate.head_revision()
    engine.dispose()
    copied.dispose()


def test_the_file_name_head_is_alembics_head():
    from alembic.script import ScriptDirectory

    assert migrate.head_revision() == ScriptDirectory(str(migrate.MIGRATIONS)).get_current_head()


def test_a_database_from_a_newer_version_is_refused_in_one_sentence(sqlite_target, settings, clock):
    import sqlite3

    from cs_console.domain.errors import UserError
    from cs_console.services.database import open_context
    from cs_console.store.migrate import head_revision

    open_context(sqlite_target, settings, clock).engine.dispose()
    with sqlite3.connect(sqlite_target) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(UserError) as refused:
        open_context(sqlite_target, settings, clock)
    assert str(refused.value) == (
        f"The database is at schema 9999, newer than this cs-console knows ({head_revision()}); "
        "update cs-console."
    )


def test_a_ruled_invalid_complaint_s_columns_go_with_a_downgrade(db_target, settings, clock):
    """0019 (CP-07) is undone in place, the tables pointing at tickets kept."""
    from alembic import command

    from cs_console.services.database import open_context
    from cs_console.services.demo import create_demo
    from cs_console.store.migrate import alembic_config, upgrade

    ctx = open_context(db_target, settings, clock)
    try:
        create_demo(ctx)
        command.downgrade(alembic_config(ctx.engine), "0018")
        columns = {c["name"] for c in inspect(ctx.engine).get_columns("ticket")}
        assert "invalid_at" not in columns
        upgrade(ctx.engine)
        columns = {c["name"] for c in inspect(ctx.engine).get_columns("ticket")}
        assert {"invalid_at", "invalid_by", "invalid_reason"} <= columns
    finally:
        ctx.engine.dispose()


def _gin_options(engine) -> list[str] | None:  # noqa: ANN001
    with engine.connect() as conn:
        return conn.execute(
            text("SELECT reloptions FROM pg_class WHERE relname = 'ix_search_words'")
        ).scalar_one()


def test_the_search_words_index_has_no_pending_list_and_a_downgrade_gives_it_back(db_target):
    """0021: a search never reads a list of words not yet merged into the index (PostgreSQL's
    GIN fast update); on SQLite the revision changes nothing."""
    from alembic import command

    engine = make_engine(db_target)
    try:
        migrate.upgrade(engine)
        postgres = engine.dialect.name == "postgresql"
        if postgres:
            assert _gin_options(engine) == ["fastupdate=off"]
        command.downgrade(migrate.alembic_config(engine), "0020")
        if postgres:
            assert _gin_options(engine) is None
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == "0021"
        if postgres:
            assert _gin_options(engine) == ["fastupdate=off"]
    finally:
        engine.dispose()
