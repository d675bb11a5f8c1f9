"""The demo centre, created in one transaction."""

from __future__ import annotations

import random
from datetime import timedelta

from sqlmodel import select

from cs_console.domain.errors import UserError
from cs_console.domain.pin import hash_pin
from cs_console.domain.staff import LEADER_ROLES
from cs_console.services import audit
from cs_console.services.context import Context
from cs_console.store.models import Staff
from cs_console.store.seed import DEMO_SEED, seed_people_and_seats, seed_roster, seed_tickets

DEMO_PIN = "1234"


def has_data(ctx: Context) -> bool:
    with ctx.reading() as session:
        return session.exec(select(Staff.id).limit(1)).first() is not None


def create_demo(ctx: Context) -> dict[str, int]:
    """Staff, seats, three days of roster around today and tickets at every stage."""
    if has_data(ctx):
        raise UserError(
            "The database already holds staff; the demo is created only in an empty one."
        )
    rng = random.Random(DEMO_SEED)
    today = ctx.today()
    days = (today - timedelta(days=1), today, today + timedelta(days=1))
    pin = hash_pin(DEMO_PIN, salt=b"cs-console-demo!")
    with ctx.transaction() as session:
        seed_people_and_seats(session)
        for leader in session.exec(select(Staff).where(Staff.role.in_(LEADER_ROLES))):
            leader.pin_hash = pin
            session.add(leader)
        counts = {
            "roster": seed_roster(session, ctx.settings.shift_list, days),
            "tickets": seed_tickets(
                session, ctx.now(), ctx.settings.rules.complaint_dispatch_minutes, rng
            ),
        }
        counts["staff"] = len(session.exec(select(Staff.id)).all())
        audit.record(session, ctx, "demo.create", "database", after=counts)
    return counts
