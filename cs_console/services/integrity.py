"""``db check``: the database's own integrity check, the audit log and the handover chain."""

from __future__ import annotations

from sqlalchemy import text

from cs_console.services.context import Context
from cs_console.services.handover import verify_chain
from cs_console.store.engine import database_url, sqlite_path
from cs_console.store.faults import sqlite_problems


def file_damage(target: str) -> str | None:
    """What SQLite's integrity check finds in a SQLite file at ``target``, in one sentence,
    read before the file is opened as a database (a damaged one cannot be)."""
    path = sqlite_path(database_url(target)) if target.strip() else None
    return sqlite_problems(path) if path is not None else None


def check(ctx: Context) -> list[str]:
    problems: list[str] = []
    with ctx.reading() as session:
        conn = session.connection()
        if ctx.engine.dialect.name == "sqlite":
            result = conn.execute(text("PRAGMA integrity_check")).scalars().all()
            problems += [f"sqlite: {r}" for r in result if r != "ok"]
            problems += [f"foreign key broken in {r[0]}"
                         for r in conn.execute(text("PRAGMA foreign_key_check")).all()]  # fmt: skip
        count = conn.execute(text("SELECT count(*) FROM audit_entry")).scalar_one()
        if count == 0:
            problems.append("the audit log is empty")
    problems += verify_chain(ctx)
    return problems
