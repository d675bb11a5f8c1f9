"""The schema revision this code expects: the newest migration script's, from its file name
(the scripts are named after their revision, 0001_…). Light: neither Alembic nor SQLAlchemy."""

from __future__ import annotations

from pathlib import Path

MIGRATIONS = Path(__file__).with_name("migrations")


def head_revision() -> str:
    """The newest script's revision, from its file name."""
    names = (p.name for p in (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    return max(names)[:4]
