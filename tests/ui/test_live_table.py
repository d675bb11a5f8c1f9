"""LiveTable: a cell that follows the clock redraws its own row, not every row (#8, P5)."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.coordinate import Coordinate

from cs_console.ui.widgets.live_table import LiveTable


class OneTable(App[None]):
    def compose(self) -> ComposeResult:
        table: LiveTable[str] = LiveTable(id="table")
        table.add_column("ref", width=6)
        table.add_column("left", width=6)
        for n in range(5):
            table.add_row(f"T-{n}", f"{n}:00", key=f"T-{n}")
        yield table


def _rendered_rows(table: LiveTable[str]) -> set[object]:
    return {key[0].value for key in table._row_render_cache.keys()}  # noqa: SIM118


async def test_update_cells_changes_values_and_keeps_the_other_rows_drawn() -> None:
    app = OneTable()
    async with app.run_test(size=(40, 10)) as pilot:
        table = app.query_one(LiveTable)
        for _ in range(50):  # measured and drawn at the table's last update: every cache filled
            table.refresh()
            await pilot.pause()
            drawn = table._row_renderable_cache.keys()  # noqa: SIM118
            if {(table._update_count, 1), (table._update_count, 3)} <= set(drawn):
                break
        assert "1:00" in app.export_screenshot()
        assert _rendered_rows(table) >= {"T-0", "T-1", "T-4"}
        table.update_cells([(Coordinate(1, 1), "0:59"), (Coordinate(3, 1), "2:59")])
        assert table.get_row_at(1) == ["T-1", "0:59"] and table.get_row_at(3) == ["T-3", "2:59"]
        assert table.get_row_at(2) == ["T-2", "2:00"]
        assert _rendered_rows(table) & {"T-1", "T-3"} == set()  # drawn again on the next frame
        assert {"T-0", "T-2", "T-4"} <= _rendered_rows(table)
        await pilot.pause()
        assert "0:59" in app.export_screenshot() and "2:59" in app.export_screenshot()
