"""Looking at the screens writes nothing; a signed-in console settles on its tick, as the
system (convention 14: RC-08, RC-07, RC-11, D-03)."""

from datetime import UTC, datetime

from sqlalchemy import func
from sqlmodel import select

from cs_console.services.context import Context
from cs_console.store.models import AuditEntry, PointsEntry
from cs_console.ui.app import ConsoleApp
from tests.ui.conftest import SIZE, settle, sign_in


def local(ctx: Context, text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ctx.settings.tz).astimezone(UTC)


def audit_rows(ctx: Context) -> list[tuple[str, str]]:
    with ctx.reading() as session:
        return [tuple(r) for r in session.exec(select(AuditEntry.actor, AuditEntry.action)).all()]


def proposals(ctx: Context) -> int:
    with ctx.reading() as session:
        return session.exec(select(func.count()).select_from(PointsEntry)).one()


async def test_rc08_read_only_seat_board_with_an_away_clock_past_five_minutes(demo_ctx):
    before = audit_rows(demo_ctx)  # 10:30: 1008 away since 10:23
    app = ConsoleApp(demo_ctx, read_only=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        assert app.is_running and app.screen.query_one("#table").row_count
        await pilot.press("1", "left_square_bracket", "left_square_bracket")
        await settle(pilot)
    assert app.return_code in (None, 0)
    assert audit_rows(demo_ctx) == before


async def test_d03_read_only_console_right_after_a_shift_end_browses_back(demo_ctx, clock):
    clock.set(local(demo_ctx, "2026-11-22T16:00:05"))  # the day shift ended with no-shows
    before = audit_rows(demo_ctx)
    app = ConsoleApp(demo_ctx, read_only=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("left_square_bracket")
        await settle(pilot)
        title = str(app.screen.query_one("#screen-title").content)
        assert "D Day 08:00–16:00 2026-11-22" in title
        await pilot.press("2", "5")
        await settle(pilot)
    assert app.return_code in (None, 0)
    assert audit_rows(demo_ctx) == before


async def test_rc11_browsing_back_signed_in_writes_nothing_under_the_viewer(demo_ctx, clock):
    clock.set(local(demo_ctx, "2026-11-22T16:00:05"))
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)  # the tick settles at once, as the system
        await settle(pilot)
        settled = audit_rows(demo_ctx)
        assert ("system", "settle.shift_end") in settled
        assert proposals(demo_ctx) > 0
        await pilot.press("left_square_bracket", "left_square_bracket", "2", "5", "1")
        await settle(pilot)
    assert audit_rows(demo_ctx)[: len(settled)] == settled
    assert [row for row in audit_rows(demo_ctx) if row[0] == "1001"] == [("1001", "staff.sign_in")]


async def test_the_tick_settles_once_a_minute_and_not_before_sign_in(demo_ctx, clock):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert ("system", "points.propose") not in audit_rows(demo_ctx)[-3:]
        before = proposals(demo_ctx)
        await sign_in(pilot)
        await settle(pilot)
        assert proposals(demo_ctx) == before + 1  # RC-08: 1008 away past 5 minutes
        clock.advance(minutes=13)  # 10:43: the RC-07 flag falls due
        await pilot.pause(1.2)
        await settle(pilot)
        assert ("system", "seat.disciplinary_flag") in audit_rows(demo_ctx)
