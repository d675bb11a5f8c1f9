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


async def test_esc_shows_the_unfiltered_rows_before_reading_them_again(demo_ctx, monkeypatch):
    import threading

    from cs_console.ui.screens import ticket_queue

    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("3")
        await settle(pilot)
        view = app.screen.view
        everything, first = view.total, view.row(0)
        await pilot.press("slash", "z")
        await settle(pilot)
        assert view.total < everything
        reading = threading.Event()  # reads wait for it from here on
        read = ticket_queue.ticket_queue

        def slow(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            reading.wait(5)
            return read(*args, **kwargs)

        monkeypatch.setattr(ticket_queue, "ticket_queue", slow)
        await pilot.press("escape")
        await pilot.pause()
        assert (view.total, view.row(0), view.cursor) == (everything, first, 0)  # before any read
        reading.set()
        await settle(pilot)
        assert (view.total, view.row(0)) == (everything, first)
