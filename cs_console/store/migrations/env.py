"""Alembic environment: the engine comes from cs_console (never from an ini file)."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import cs_console.store.models  # noqa: F401  (registers the tables)
from cs_console.store.migrate import compared

target_metadata = SQLModel.metadata
engine = context.config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=compared,
    )
    context.run_migrations()
