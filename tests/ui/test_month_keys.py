"""Screen 6 (Month): its keys sort and step through the months and write nothing (convention
14); signed in, it shows the leader's own team (PF-10…PF-19)."""

from cs_console.commands.registry import execute
from cs_console.ui.app import ConsoleApp
from tests.ui.conftest import SIZE, rows, settle, sign_in
from tests.ui.test_reads_never_write import audit_rows


async def test_month_screen_sorts_steps_months_and_writes_nothing(demo_ctx):
    execute(demo_ctx.acting_as("1001"), "exam 1003 knowledge 100 operation 100")
    execute(demo_ctx.acting_as("1001"), "confirm P-5")
    before = audit_rows(demo_ctx)
    app = ConsoleApp(demo_ctx, read_only=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("6")
        await settle(pilot)
        shown = rows(app)
        assert len(shown) == 48  # nobody signed in: the whole centre
        assert shown["1003"][6] == "5" and shown["1003"][9] == "85"  # TR-04 +5 confirmed
        assert app.screen.sort == "rank"
        await pilot.press("o", "o")
        await settle(pilot)
        assert app.screen.sort == "final"
        assert next(iter(rows(app))) == "1003"  # 85 first
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert app.screen.month == "2026-10"
        assert all(r[9] == "80" for r in rows(app).values())
    assert audit_rows(demo_ctx) == before


async def test_month_screen_signed_in_shows_the_leaders_team(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await sign_in(pilot)
        await pilot.press("6")
        await settle(pilot)
        assert {r[2] for r in rows(app).values()} == {"D"}
        assert len(rows(app)) == 14
