"""No lost updates between terminals.

Each intent locks the rows it changes (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite's
``BEGIN IMMEDIATE`` already serialises writers), so a second writer waits and then sees the
first one's result. A console also says which version of a record its user was looking at
(``Context.seen``); when the record has moved on since, the intent is refused with who changed
it and when, instead of overwriting a state the user never saw."""

from __future__ import annotations

from typing import TypeVar

from sqlmodel import Session, col, or_, select

from cs_console.domain.errors import Conflict
from cs_console.i18n import _
from cs_console.services.context import Context
from cs_console.store.models import AuditEntry

Row = TypeVar("Row")


def locked(session: Session, model: type[Row], row_id: int) -> Row | None:
    """The row, locked for this transaction against other writers."""
    return session.get(model, row_id, with_for_update=True)


def check_seen(ctx: Context, session: Session, ref: str, version: int) -> None:
    """Refuse when the user saw another version of ``ref`` than the one stored now."""
    seen = ctx.seen_version(ref)
    if seen is None or seen == version:
        return
    raise Conflict(
        _("{ref} was changed{changed_by} since you looked; reload?").format(
            ref=ref, changed_by=changed_by(ctx, session, ref)
        )
    )


def changed_by(ctx: Context, session: Session, ref: str) -> str:
    """' by 1001 at 10:14' from the last audit row on ``ref`` or its items (``ref#n``)."""
    on_ref = or_(AuditEntry.target == ref, col(AuditEntry.target).startswith(f"{ref}#"))
    last = session.exec(
        select(AuditEntry).where(on_ref).order_by(col(AuditEntry.id).desc())
    ).first()
    if last is None:
        return ""
    at = last.training_at or last.at  # the clock the user works on
    return f" by {last.actor} at {at.astimezone(ctx.settings.tz):%H:%M}"
