"""Alembic, driven from code: the migration scripts ship inside the package.

Alembic itself is imported only when the schema is behind: a start on an up-to-date database
reads the revision with one query (the scripts are named after their revision, 0001_…)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from cs_console.store import search_repo
from cs_console.store.engine import READING, sqlite_path
from cs_console.store.revision import MIGRATIONS, head_revision
from cs_console.store.search_repo import PREFIX as SEARCH_PREFIX

if TYPE_CHECKING:
    from alembic.config import Config


class NewerSchema(Exception):
    """The database was migrated by a newer cs-console."""


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect().execution_options(**{READING: True}) as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, backup_dir: Path | None = None) -> Path | None:
    """Bring the schema to head; a SQLite file with data is copied aside first.

    Returns the backup path when one was written.
    """
    current = current_revision(engine)
    if current == head_revision():
        return None
    if current is not None and current > head_revision():
        raise NewerSchema(
            f"The database is at schema {current}, newer than this cs-console knows "
            f"({head_revision()}); update cs-console."
        )
    backup = None
    path = sqlite_path(str(engine.url))
    if current is not None and path is not None:
        backup = (backup_dir or path.parent) / f"{path.name}.before-{head_revision()}.bak"
        backup_sqlite(path, backup)
    from alembic import command

    command.upgrade(alembic_config(engine), "head")
    with engine.begin() as conn:  # the derived search index follows the rows already there
        search_repo.catch_up(conn, wait=True)
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


def compared(name: str | None, type_: str, parent_names: object) -> bool:
    """What a schema comparison looks at: not the derived search tables (and SQLite's FTS5
    tables behind them), which are made by the migrations and are in no model."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_PREFIX))
