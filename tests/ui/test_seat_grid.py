"""The seat board's grid: a cell cursor over two-line cells, only the rows and columns in view
drawn, and a changed cell drawn again without its neighbours."""

from rich.text import Text
from textual.app import App, ComposeResult
from textual.coordinate import Coordinate

from cs_console.ui.widgets.seat_grid import SeatGrid

ROWS, COLUMNS = 25, 20


class GridApp(App[None]):
    def compose(self) -> ComposeResult:
        yield SeatGrid(17, id="grid")

    def on_mount(self) -> None:
        grid = self.query_one(SeatGrid)
        cells = {(r, c): Text(f"S{r:02d}{c:02d} ready\n{r * 100 + c} Name", style="green")
                 for r in range(ROWS) for c in range(COLUMNS)}  # fmt: skip
        grid.set_grid(
            [f"col {c + 1}" for c in range(COLUMNS)], [f"R{r}" for r in range(ROWS)], cells
        )
        grid.focus()


def screen_text(app: App) -> str:
    return app.export_screenshot().replace("&#160;", " ")


async def test_keys_move_the_cell_cursor_and_scroll_it_into_view():
    app = GridApp()
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        grid = app.query_one(SeatGrid)
        assert "S0000 ready" in screen_text(app) and "col 20" not in screen_text(app)
        await pilot.press("right", "down", "right")
        assert grid.cursor_coordinate == Coordinate(1, 2)
        await pilot.press("pagedown")
        page = (grid.size.height - 1) // 2
        assert grid.cursor_coordinate == Coordinate(1 + page, 2)
        await pilot.press("pagedown", "pagedown")
        assert grid.cursor_coordinate == Coordinate(ROWS - 1, 2)  # stops at the last row
        await pilot.press("end")
        await pilot.pause()
        assert grid.cursor_coordinate == Coordinate(ROWS - 1, COLUMNS - 1)
        shown = screen_text(app)
        assert "col 20" in shown and "S2419 ready" in shown and "S0000" not in shown
        assert "R24" in shown  # the row labels stay at the left
        await pilot.press("ctrl+home", "home")
        await pilot.pause()
        assert grid.cursor_coordinate == Coordinate(0, 0)
        assert "S0000 ready" in screen_text(app)


async def test_a_changed_cell_is_drawn_again_and_its_neighbours_are_kept():
    app = GridApp()
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        grid = app.query_one(SeatGrid)
        neighbour, old = grid._lines_of(0, 2, ""), grid._lines_of(0, 1, "")
        grid.update_cells([(Coordinate(0, 1), Text("S0001 AWAY 21m\n1 Name", style="red"))])
        await pilot.pause()
        assert "S0001 AWAY 21m" in screen_text(app)
        assert str(grid.get_cell_at(Coordinate(0, 1))).startswith("S0001 AWAY 21m")
        assert grid._lines_of(0, 1, "") is not old  # drawn anew
        assert grid._lines_of(0, 2, "") is neighbour  # kept as drawn


async def test_a_long_line_is_cut_with_an_ellipsis_and_the_name_stays():
    app = GridApp()
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        grid = app.query_one(SeatGrid)
        long = Text("S0001 AWAY 21m !! fault <>\n1001 Lucía Martín")
        grid.update_cells([(Coordinate(0, 1), long)])
        await pilot.pause()
        shown = screen_text(app)
        assert "S0001 AWAY 21m !…" in shown and "1001 Lucía Martín" in shown


async def test_a_new_theme_draws_the_cells_in_its_colours():
    app = GridApp()
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        grid = app.query_one(SeatGrid)
        drawn = grid._lines_of(0, 1, "")
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await pilot.pause()
        assert grid._lines_of(0, 1, "") is not drawn
        background = grid.rich_style.bgcolor
        assert list(grid._lines_of(0, 1, "")[0])[0].style.bgcolor == background


async def test_a_click_puts_the_cursor_on_the_seat_and_a_second_click_selects_it():
    """As the DataTable did: the mouse moves the cursor to the seat clicked; clicking the
    seat the cursor is on selects it (the seat board opens it)."""
    app = GridApp()
    selected = []
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        grid = app.query_one(SeatGrid)
        grid.selected = lambda: selected.append(grid.cursor_coordinate)  # type: ignore[method-assign]
        x = grid._label_width + 2 * grid._column_width + 3  # inside the third column
        await pilot.click(SeatGrid, offset=(x, 1 + 3 * 2 + 1))  # the fourth row's second line
        assert grid.cursor_coordinate == Coordinate(3, 2)
        assert selected == []
        await pilot.click(SeatGrid, offset=(x, 1 + 3 * 2))
        assert selected == [Coordinate(3, 2)]
        await pilot.click(SeatGrid, offset=(1, 0))  # the header: nothing moves
        assert grid.cursor_coordinate == Coordinate(3, 2)
