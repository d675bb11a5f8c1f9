"""A letter typed into the ticket queue's filter is drawn in one frame with the rows it
selects, and so is esc closing the filter: the letter is not drawn over the old rows first."""

from textual.screen import Screen
from textual.widgets import Static

from cs_console.ui.app import ConsoleApp
from cs_console.ui.widgets.input_bar import FilterBar
from tests.ui.conftest import SIZE, settle, sign_in


async def test_a_filter_letter_and_esc_draw_once_with_their_rows(demo_ctx, monkeypatch):
    app = ConsoleApp(demo_ctx)
    frames: list[tuple[str, str]] = []  # (the filter as drawn, the summary as drawn)
    draw = Screen._compositor_refresh

    def drawn(screen: Screen) -> None:
        if screen is app.screen and screen.query(FilterBar):
            summary = str(screen.query_one("#summary", Static).content)
            frames.append((screen.query_one(FilterBar).value, summary))
        draw(screen)

    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("3")
        await settle(pilot)
        everything = str(app.screen.query_one("#summary", Static).content)
        monkeypatch.setattr(Screen, "_compositor_refresh", drawn)
        await pilot.press("slash", "z")
        await settle(pilot)
        with_z = [summary for value, summary in frames if value == "z"]
        assert with_z and everything not in with_z  # never the letter over the old rows
        frames.clear()
        await pilot.press("escape")
        await settle(pilot)
        assert frames and all(summary == everything for _value, summary in frames)
