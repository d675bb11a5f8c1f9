"""Clocks on SQLite and PostgreSQL: stored deadlines, stop, CP-03 proposal, outages."""

from datetime import UTC, datetime

from sqlmodel import select

from cs_console.services.clocks import open_complaint, open_event, report
from cs_console.services.context import Context
from cs_console.services.demo import create_demo
from cs_console.services.dispatch import dispatch_ticket as dispatch
from cs_console.services.shift_view import equipment_notes, escalation_board
from cs_console.store.models import PointsEntry
from tests.conftest import EARLY


def local(ctx: Context, text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ctx.settings.tz).astimezone(UTC)


def test_clock_life_on_both_databases(ctx: Context, clock):
    clock.set(EARLY)
    create_demo(ctx)
    clock.set(local(ctx, "2026-11-22T09:00"))
    ref = open_complaint(ctx, "Meter reading wrong", phone="13900001111").split()[0]
    event = open_event(ctx, "outage Core router down", None, "", outage=True).split()[0]
    clock.set(local(ctx, "2026-11-22T10:05:30"))
    board = escalation_board(ctx)
    assert f"{ref}" in {c.ref for c in board.running}
    text = dispatch(ctx.acting_as("1001"), int(ref[2:]), "tsc")
    assert text.endswith("overrun 6 min (overrun 1–10) → 5 pts proposed for 1001 (CP-03)")
    report(ctx, event, "duty manager", "phone")
    with ctx.reading() as session:
        notes = session.exec(select(PointsEntry.note).where(PointsEntry.rule == "CP-03")).all()
    assert f"{ref} dispatch overrun 6 min" in notes
    board = escalation_board(ctx)
    assert ref not in {c.ref for c in board.running}
    assert board.incurred >= 5
    day_shift = ctx.current_shift()
    assert day_shift is not None
    assert equipment_notes(ctx, day_shift)[1:] == [
        f"{event} 09:00 outage Core router down · reported to duty manager via phone · overrun "
        "6 min (overrun 1–10)"
    ]
