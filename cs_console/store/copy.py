"""Every row of one database into another, empty one at the same schema (``db copy``)."""

from __future__ import annotations

from sqlalchemy import Connection, Engine, func, insert, select, text
from sqlmodel import SQLModel

import cs_console.store.models  # noqa: F401  (registers every table)
from cs_console.store.engine import READING

BATCH = 5_000


def row_counts(conn: Connection) -> dict[str, int]:
    return {
        table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
        for table in SQLModel.metadata.sorted_tables
    }


def copy_rows(source: Engine, target: Engine) -> dict[str, int]:
    """Copy all tables, parents first, in one transaction on each side; returns the counts
    read from the source. Raises ``ValueError`` naming a table the target already fills or
    whose count differs after the copy (then nothing is written)."""
    reading = source.connect().execution_options(**{READING: True})  # one snapshot, no lock
    with reading as src, target.begin() as dst:
        counts = row_counts(src)
        for name, count in row_counts(dst).items():
            if count:
                raise ValueError(f"the target already holds {count} rows in {name}")
        for table in SQLModel.metadata.sorted_tables:
            rows = src.execute(select(table).order_by(*table.primary_key.columns))
            while batch := rows.mappings().fetchmany(BATCH):
                dst.execute(insert(table), [dict(r) for r in batch])
            if target.dialect.name == "postgresql" and "id" in table.c:
                # explicit ids were written: the serial sequence continues after the largest
                dst.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"
                    )
                )
        for name, count in row_counts(dst).items():
            if count != counts[name]:
                raise ValueError(f"{name} has {count} rows in the target, {counts[name]} here")
        if target.dialect.name == "postgresql":
            dst.execute(text("ANALYZE"))  # the planner knows the rows at once, autovacuum or not
    return counts
