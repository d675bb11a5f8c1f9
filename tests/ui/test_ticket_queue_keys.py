"""Screen 3 without a mouse: views, text filter as a query, keyboard dispatch, history."""

from cs_console.ui.app import ConsoleApp
from cs_console.ui.modals.confirm import ConfirmModal
from cs_console.ui.modals.target_picker import TargetPicker
from cs_console.ui.modals.text_result import TextResultModal
from cs_console.ui.widgets.status_line import StatusLine
from tests.ui.conftest import SIZE, open_screen, rows, settle, sign_in, until_modal


def status(app: ConsoleApp) -> str:
    return str(app.screen.query_one(StatusLine).content)


async def open_queue(pilot) -> None:
    await sign_in(pilot)
    await pilot.press("3")
    await settle(pilot)


async def new_ticket_filtered(pilot) -> None:  # noqa: ANN001
    """T-70 created from the command line, and the filter narrowed to it (still typing)."""
    await pilot.press("colon", *"ticket fault Zebra line down", "enter")
    await settle(pilot)
    await pilot.press("slash", *"zebra")
    await settle(pilot)


async def test_filter_searches_the_database_and_d_dispatches_by_keyboard(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await open_queue(pilot)
        await new_ticket_filtered(pilot)
        assert list(rows(app)) == ["T-70"]
        assert "1–1 of 1" in str(app.screen.query_one("#summary").content)
        await pilot.press("enter")  # back to the table
        await pilot.press("d")
        await until_modal(pilot)
        assert isinstance(app.screen, TargetPicker)
        await pilot.press(*"1005", "enter")
        await settle(pilot)
        assert status(app) == "T-70 dispatched to 1005 徐婷"
        assert rows(app)["T-70"][7:9] == ("1005", "dispatched")


async def test_views_cycle_and_new_ticket_form(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await open_queue(pilot)
        assert "pending · sorted by due" in str(app.screen.query_one("#screen-title").content)
        await pilot.press("v")
        await settle(pilot)
        assert "mine" in str(app.screen.query_one("#screen-title").content)
        await pilot.press("v")
        await settle(pilot)
        overdue = rows(app)
        assert overdue and all(r[9].startswith("!") for r in overdue.values())
        await pilot.press("o")
        await settle(pilot)
        assert "sorted by priority" in str(app.screen.query_one("#screen-title").content)
        await pilot.press("n")
        await until_modal(pilot)
        await pilot.press("enter", *"Meter stuck", "enter", *"13700001234", "enter", "enter")
        await settle(pilot)
        assert status(app).startswith("T-70 consultation · due")


async def test_enter_opens_the_history(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await open_queue(pilot)
        await pilot.press("colon", *"ticket fault Phone dead phone 13911112222 agent 1005", "enter")
        await settle(pilot)
        await pilot.press("colon", *"dispatch T-70 1006", "enter")
        await settle(pilot)
        await pilot.press("slash", *"T-70", "enter")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, TextResultModal)
        text = str(app.screen.query_one("#dialog-text").content)
        assert "Customer: — · 13911112222" in text
        assert "created fault: Phone dead 139****2222" in text
        assert "dispatched 1006" in text


async def test_dispatch_of_a_ticket_another_terminal_changed_asks_to_reload(demo_ctx):
    from cs_console.commands.registry import execute
    from cs_console.services.database import open_context

    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await open_queue(pilot)
        await new_ticket_filtered(pilot)
        await pilot.press("enter")  # back to the table
        await pilot.press("d")  # the picker opens on T-70 as the queue shows it: new
        await until_modal(pilot)
        deputy = open_context(str(demo_ctx.engine.url.database), demo_ctx.settings, demo_ctx.clock)
        execute(deputy.acting_as("1002"), "dispatch T-70 1006")
        deputy.engine.dispose()
        await pilot.press(*"1005", "enter")
        await until_modal(pilot)
        assert isinstance(app.screen, ConfirmModal)
        question = str(app.screen.query_one("#confirm-question").content)
        assert question == "T-70 was changed by 1002 at 10:30 since you looked; reload?"
        await pilot.press("y")
        await settle(pilot)
        assert rows(app)["T-70"][7:9] == ("1006", "dispatched")


async def test_a_filter_that_finds_nothing_says_so(demo_ctx):
    """An empty table with '0–0 of 0' read as a screen still loading."""
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "3")
        await pilot.press("slash", *"账单zz")
        await settle(pilot)
        summary = str(app.screen.query_one("#summary").content)
        assert summary.startswith("No ticket in this view holds '账单zz'"), summary
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert "of 4" in str(app.screen.query_one("#summary").content)
