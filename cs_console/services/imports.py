"""CSV imports: the whole file in one transaction, with one audit row."""

from __future__ import annotations

from pathlib import Path

from cs_console.gc_pause import collector_paused
from cs_console.services import audit
from cs_console.services.context import Context
from cs_console.services.search import refresh
from cs_console.services.staff import role_changes_checked
from cs_console.services.tickets import CATEGORIES, due_after
from cs_console.store import importers, ticket_import
from cs_console.store.importers import ImportResult


def import_file(ctx: Context, kind: str, path: Path) -> ImportResult:
    with collector_paused(), ctx.transaction() as session:
        if kind == "staff":
            with role_changes_checked(ctx, session):
                result = importers.import_staff(session, path)
        elif kind == "seats":
            result = importers.import_seats(session, path)
        elif kind == "roster":
            codes = tuple(s.code for s in ctx.settings.shift_list)
            result = importers.import_roster(session, path, codes)
        else:
            result = ticket_import.import_tickets(
                session,
                path,
                CATEGORIES,
                ctx.settings.tz,
                {category: due_after(ctx, category) for category in CATEGORIES},
            )
        audit.record(
            session,
            ctx,
            f"import.{kind}",
            path.name,
            after={
                "inserted": result.inserted,
                "updated": result.updated,
                "unchanged": result.unchanged,
            },
        )
    if kind == "tickets":  # many rows at once: indexed now, not scanned by the next search
        refresh(ctx)
    return result
