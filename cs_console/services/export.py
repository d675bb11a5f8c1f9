"""``export json``: every table, customer data masked unless asked otherwise (D-12)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

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
}
SECRET_COLUMNS = {("staff", "pin_hash")}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def export_all(ctx: Context, unmasked: bool = False, destination: str = "stdout") -> dict[str, Any]:
    """All tables as lists of records under one object; the export itself is audited, and an
    unmasked one needs a signed-in squad leader (D-12)."""
    with ctx.transaction() as session:
        if unmasked:
            role = actor_row(ctx, session, "An unmasked export").role if ctx.actor else None
            authorize("export.unmasked", role)
        tables: dict[str, list[dict[str, Any]]] = {}
        for table in SQLModel.metadata.sorted_tables:
            rows = session.execute(select(table).order_by(*table.primary_key.columns)).mappings()
            records = []
            for row in rows:
                record = {}
                for key, value in row.items():
                    if (table.name, key) in SECRET_COLUMNS:
                        continue
                    mask = MASKED_COLUMNS.get((table.name, key))
                    record[key] = _plain(mask(value) if mask and not unmasked else value)
                records.append(record)
            tables[table.name] = records
        audit.record(
            session,
            ctx,
            "export.json",
            destination,
            after={"masked": not unmasked, "tables": {k: len(v) for k, v in tables.items()}},
        )
    return {"schema_version": current_revision(ctx.engine), "tables": tables}
