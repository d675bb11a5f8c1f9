"""Alembic, driven from code: the migration scripts ship inside the package."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from cs_console.store.engine import sqlite_path

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, backup_dir: Path | None = None) -> Path | None:
    """Bring the schema to head; a SQLite file with data is copied aside first.

    Returns the backup path when one was written.
    """
    current = current_revision(engine)
    if current == head_revision():
        return None
    backup = None
    path = sqlite_path(str(engine.url))
    if current is not None and path is not None:
        backup = (backup_dir or path.parent) / f"{path.name}.before-{head_revision()}.bak"
        backup_sqlite(path, backup)
    command.upgrade(alembic_config(engine), "head")
    return backup


def backup_sqlite(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's online backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    target.chmod(0o600)


def copy_file(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
