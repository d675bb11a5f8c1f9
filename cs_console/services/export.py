"""``export json``: every table, customer data masked unless asked otherwise (D-12).

The tables are read from one snapshot, which holds no lock a writer waits for, and written as
they are read: one record per line, never the whole database in memory."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any, TextIO

from sqlalchemy import select
from sqlmodel import SQLModel

import cs_console.store.models  # noqa: F401  (registers every table)
from cs_console.domain.masking import mask_name, mask_phone
from cs_console.domain.permissions import authorize
from cs_console.services import audit
from cs_console.services.acting import actor_row
from cs_console.services.context import Context
from cs_console.store.migrate import current_revision

MASKED_COLUMNS = {
    ("ticket", "customer_phone"): mask_phone,
    ("ticket", "customer_name"): mask_name,
    ("inspection", "calling_number"): mask_phone,  # a test call's number (QI-08)
}
SECRET_COLUMNS = {("staff", "pin_hash")}
BATCH = 2_000


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def export_all(
    ctx: Context, out: TextIO, unmasked: bool = False, destination: str = "stdout"
) -> int:
    """All tables as lists of records under one object with ``schema_version``, written to
    ``out``; the export itself is audited, and an unmasked one needs a signed-in squad leader
    (D-12). Returns the number of records."""
    if unmasked:
        with ctx.reading() as session:
            role = actor_row(ctx, session, "An unmasked export").role if ctx.actor else None
        authorize("export.unmasked", role)
    counts: dict[str, int] = {}
    revision = current_revision(ctx.engine)
    with ctx.reading(snapshot=True) as session:
        out.write(f'{{"schema_version": {json.dumps(revision)}, "tables": {{')
        for number, table in enumerate(SQLModel.metadata.sorted_tables):
            out.write(f"{',' if number else ''}\n{json.dumps(table.name)}: [")
            query = select(table).order_by(*table.primary_key.columns)
            rows = session.execute(query.execution_options(yield_per=BATCH)).mappings()
            count = 0
            for row in rows:
                record = {}
                for key, value in row.items():
                    if (table.name, key) in SECRET_COLUMNS:
                        continue
                    mask = MASKED_COLUMNS.get((table.name, key))
                    record[key] = _plain(mask(value) if mask and not unmasked else value)
                out.write(f"{',' if count else ''}\n{json.dumps(record, ensure_ascii=False)}")
                count += 1
            out.write("\n]")
            counts[table.name] = count
        out.write("\n}}\n")
    with ctx.transaction() as session:
        audit.record(
            session,
            ctx,
            "export.json",
            destination,
            after={"masked": not unmasked, "tables": counts},
        )
    return sum(counts.values())
