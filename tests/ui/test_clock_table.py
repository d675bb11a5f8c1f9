"""The clock board's table (ui/widgets/clock_table.py): 200 rows put in one after the other
(their size set without a reactive's work each) give a table of 200 rows, laid out for them
all and shown as put."""

from __future__ import annotations

from textual.app import App, ComposeResult

from cs_console.ui.widgets.clock_table import ClockTable


class Board(App[None]):
    def compose(self) -> ComposeResult:
        yield ClockTable(id="table")


async def test_rows_added_one_by_one_size_the_table_once_laid_out():
    app = Board()
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(ClockTable)
        for label, width in (("Id", 6), ("Summary", 20), ("Band", 10)):
            table.add_column(label, width)
        for n in range(200):
            table.add_row(f"T-{n}", "broken [/x] 旷工", "! warning")
        assert table.total == 200 and table.virtual_size.height == 201  # a header and the rows
        await pilot.pause()
        assert table.max_scroll_y == 201 - 24  # laid out for every row
        shown = app.export_screenshot().replace("&#160;", " ")
        assert "T-22" in shown and "broken [/x] 旷工" in shown
