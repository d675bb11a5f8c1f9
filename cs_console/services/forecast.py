"""``feed forecast FILE``: the calls expected per interval, the what-if's load where given.

CSV columns ``interval_start,offered,aht_seconds``; ``interval_start`` is a local date and time
on an interval boundary. A bad row rejects the whole file, naming its line."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

from cs_console.domain.errors import UserError
from cs_console.i18n import _
from cs_console.services import audit
from cs_console.services.context import Context
from cs_console.store import call_event_repo

COLUMNS = ["interval_start", "offered", "aht_seconds"]


def _row(ctx: Context, line: int, row: dict[str, str]) -> tuple[datetime, int, float]:
    minutes = ctx.settings.phone.interval_minutes
    try:
        start = datetime.fromisoformat(row["interval_start"].strip())
        offered, aht = int(row["offered"]), float(row["aht_seconds"])
    except (ValueError, TypeError, AttributeError):
        raise UserError(
            _("Line {line}: expected interval_start,offered,aht_seconds.").format(line=line)
        ) from None
    if start.tzinfo is None:
        start = start.replace(tzinfo=ctx.settings.tz)
    if start.minute % minutes or start.second or start.microsecond:
        raise UserError(
            _("Line {line}: {start} is not the start of a {minutes}-minute interval.").format(
                line=line, start=row["interval_start"], minutes=minutes
            )
        )
    if offered < 0 or aht <= 0:
        raise UserError(
            _("Line {line}: offered must be 0 or more and aht_seconds above 0.").format(line=line)
        )
    return start.astimezone(UTC), offered, aht


def load_forecast(ctx: Context, path: Path) -> int:
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            if reader.fieldnames != COLUMNS:
                raise UserError(
                    _("{path}: the header must be {COLUMNS}.").format(
                        path=path, COLUMNS=",".join(COLUMNS)
                    )
                )
            rows = [_row(ctx, n, r) for n, r in enumerate(reader, 2)]
    except OSError as err:
        raise UserError(f"{path}: {err.strerror or 'cannot be read'}.") from None
    with ctx.transaction() as session:
        count = call_event_repo.replace_forecast(session, rows)
        audit.record(session, ctx, "feed.forecast", path.name, after={"intervals": count})
    return count
