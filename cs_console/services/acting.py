"""Who is acting, and whether that person may do what a squad leader does."""

from __future__ import annotations

from sqlmodel import Session

from cs_console.domain.errors import UserError
from cs_console.domain.staff import LEADER_ROLES, Role
from cs_console.services.context import Context
from cs_console.store import repos
from cs_console.store.models import Staff


def leader(ctx: Context, session: Session, what: str) -> Staff:
    """The signed-in squad leader or deputy; anyone else is refused naming the reason."""
    if ctx.actor is None:
        raise UserError(f"{what} needs a signed-in squad leader (sign in, or use --as STAFF_NO).")
    row = repos.staff_row(session, ctx.actor)
    if row is None or row.role not in LEADER_ROLES:
        raise UserError(f"{what} is for squad leaders; {ctx.actor} is not one.")
    return row


def squad_leader(ctx: Context, session: Session, what: str) -> Staff:
    """The signed-in squad leader himself: a deputy may not sign, route or confirm points."""
    row = leader(ctx, session, what)
    if row.role != Role.SQUAD_LEADER:
        raise UserError(f"{what} is for the squad leader; {row.staff_no} is a deputy.")
    return row
