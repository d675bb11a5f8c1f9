"""Screen 3 is a virtual view over the query (TK-10): the arrows and page keys move through
every row, pages are read by a worker around the cursor, and only those rows are held."""

from benchmarks.data import tickets_csv
from cs_console.services.imports import import_file
from cs_console.ui.app import ConsoleApp
from cs_console.ui.widgets.queue_view import PAGE, QueueView
from tests.ui.conftest import SIZE, settle


async def test_tk10_keys_move_through_every_row_and_pages_are_read_around_the_cursor(
    demo_ctx, tmp_path
):
    import_file(demo_ctx, "tickets", tickets_csv(tmp_path, 1_000))  # 300 of them still open
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        view = app.screen.query_one(QueueView)
        total = view.total
        assert total > 5 * PAGE
        rows = view.size.height - 1
        # held before a key asks for them: the rows home and end show, and the next page
        held = {i for i, _row in view.cached()}
        assert {*range(total - rows, total), *range(2 * PAGE)} <= held
        await pilot.press("end")
        assert view.cursor == total - 1
        assert all(view.row(i) for i in range(total - rows, total))  # drawn without a read
        assert app.screen.selected_key() == str(view.row(total - 1)[0])
        assert f"of {total}" in str(app.screen.query_one("#summary").content)
        assert len(view.loaded()) <= 6 * PAGE  # pages far from the cursor are forgotten
        await pilot.press("home", *["down"] * (PAGE + 5))
        await settle(pilot)
        assert view.cursor == PAGE + 5  # past the first page, one key at a time
        assert view.row(PAGE + 5) is not None
        await pilot.press("pagedown")
        await settle(pilot)
        assert view.cursor == PAGE + 5 + view.size.height - 1
        await pilot.press("slash", *"history ticket 999")  # the filter is a query: one row
        await settle(pilot)
        assert view.total == 1 and view.cursor == 0
        assert str(view.selected()[3]) == "history ticket 999"
