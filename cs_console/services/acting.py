"""Who is acting: the person an intent records as its author, and that person's role.

Whether that person may do it is the permission table's answer (``domain/permissions.py``),
asked before a verb runs (``commands/registry.py``)."""

from __future__ import annotations

from sqlmodel import Session

from cs_console.domain.errors import NotFound, UserError
from cs_console.i18n import _
from cs_console.services.context import Context
from cs_console.store import repos
from cs_console.store.models import Staff


def role(ctx: Context) -> str | None:
    """The acting person's role as the database has it now; None without ``--as``."""
    if ctx.actor is None:
        return None
    with ctx.reading() as session:
        return actor_row(ctx, session, "Acting").role


def actor_row(ctx: Context, session: Session, what: str) -> Staff:
    """The signed-in person recorded as doing ``what``."""
    if ctx.actor is None:
        raise UserError(
            _("{what} needs a signed-in person (sign in, or use --as STAFF_NO).").format(what=what)
        )
    row = repos.staff_row(session, ctx.actor)
    if row is None:
        raise NotFound(_("Unknown staff number '{actor}'.").format(actor=ctx.actor))
    return row
