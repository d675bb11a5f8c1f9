"""A cell longer than its column ends in '…': the roll call's Notes showed 'hello' of
'hello world long note' and 'it's [' of a remark, as if that were all of it."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import DataTable

from cs_console.ui.literal import cell


class OneCell(App[None]):
    def compose(self) -> ComposeResult:
        table: DataTable[object] = DataTable()
        table.add_column("Notes", width=6)
        table.add_row(cell("hello world long note"))
        table.add_row(cell("[b]bold[/b]"))
        table.add_row(cell("short"))
        yield table


async def test_a_cut_cell_ends_in_an_ellipsis():
    app = OneCell()
    async with app.run_test(size=(20, 6)) as pilot:
        await pilot.pause()
        table = app.query_one(DataTable)
        text = "\n".join(line.text for line in table.render_lines(table.region))
        assert "hello…" in text and "[b]bo…" in text and "short" in text
