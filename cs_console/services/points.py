"""Points proposals (D-11): written by the features with their rule id, confirmed by a leader."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from cs_console.domain.shifts import ShiftInstance
from cs_console.services import audit
from cs_console.services.context import Context
from cs_console.store.models import PointsEntry


def propose(
    session: Session,
    ctx: Context,
    staff_id: int,
    staff_no: str,
    rule: str,
    delta: int,
    note: str,
    source: str,
    shift: ShiftInstance | None = None,
    due: datetime | None = None,
) -> PointsEntry | None:
    """Propose once per ``source`` (idempotent); returns the new entry, or None.

    ``due``: the instant a proposal that became due with time fell due (settlement); it is
    the entry's time and is named in its audit row."""
    if delta == 0:
        return None
    if session.exec(select(PointsEntry.id).where(PointsEntry.source == source)).first():
        return None
    entry = PointsEntry(
        staff_id=staff_id,
        rule=rule,
        delta=delta,
        note=note,
        source=source,
        shift_date=shift.day if shift else None,
        shift_code=shift.shift.code if shift else None,
        created_at=due or ctx.now(),
    )
    session.add(entry)
    session.flush()
    after: dict[str, object] = {"rule": rule, "delta": delta, "note": note}
    if due is not None:
        after["due"] = due
    audit.record(session, ctx, "points.propose", staff_no, after=after)
    return entry
