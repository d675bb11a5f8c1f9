"""ctrl+f searches every past shift and opens the ticket found (D-12)."""

from textual.widgets import DataTable

from cs_console.commands.registry import execute
from cs_console.ui.app import ConsoleApp
from cs_console.ui.modals.search import SearchModal
from cs_console.ui.modals.text_result import TextResultModal
from tests.ui.conftest import SIZE, settle, until_modal


async def test_search_ctrl_f_finds_a_two_character_term_and_opens_the_ticket(demo_ctx):
    execute(demo_ctx.acting_as("1001"), "ticket complaint 回访 not made call 13912345678")
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+f")
        await until_modal(pilot)
        assert isinstance(app.screen, SearchModal)
        await pilot.press(*"回访", "enter")
        await settle(pilot)
        hits = app.screen.query_one("#search-hits", DataTable)
        assert hits.region.height == 14  # at 120×36: 14 lines of hits
        assert [str(hits.get_row_at(i)[0]) for i in range(hits.row_count)][:1] == ["T-70"]
        assert "139****5678" in str(hits.get_row_at(0)[3])  # D-12
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, TextResultModal)
        text = str(app.screen.query_one("#dialog-text").content)
        assert "回访 not made" in text


async def test_search_window_says_its_answer_within_80_by_24(demo_ctx):
    """The hits and the sentence under them (how many, or nothing found) fit the smallest
    terminal the console supports."""
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+f")
        await until_modal(pilot)
        await pilot.press(*"zzzz", "enter")
        await settle(pilot)
        hint = app.screen.query_one("#dialog-hint")
        assert str(hint.content) == "Nothing found."
        widget, _offset = app.screen.get_widget_at(hint.region.x, hint.region.y)
        assert widget is hint  # drawn, not cut off below the dialog's frame
        assert app.screen.query_one("#search-hits").region.height >= 3
