"""Keys typed ahead (convention 20): the keys sent right after the esc that closes the filter
bar or the command line land in the table (Textual moved the focus a message later, so they
went into the closed bar)."""

from __future__ import annotations

from cs_console.ui.app import ConsoleApp
from cs_console.ui.widgets.input_bar import CommandLine, FilterBar
from cs_console.ui.widgets.queue_view import QueueView
from tests.ui.conftest import SIZE, send_burst, settle


async def test_keys_right_after_esc_closing_the_filter_move_the_cursor(demo_ctx):
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await settle(pilot)
        view = app.screen.query_one(QueueView)
        await send_burst(pilot, ["slash", "[", "x", "escape", "down", "down"])
        await settle(pilot)
        bar = app.screen.query_one(FilterBar)
        assert not bar.display and bar.value == ""
        assert app.focused is view and view.cursor == 2


async def test_keys_right_after_esc_closing_the_command_line_move_the_cursor(demo_ctx):
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("colon", *"show '旷工'")
        await settle(pilot)
        await send_burst(pilot, ["escape", "down"])
        await settle(pilot)
        view = app.screen.query_one(QueueView)
        assert not app.screen.query_one(CommandLine).display
        assert app.focused is view and view.cursor == 1
