"""A screen whose body is one table of rows: columns of fixed widths that a narrow terminal
hides in turn, cells updated in place each second, the cursor kept on its row."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.coordinate import Coordinate
from textual.widgets import Static

from cs_console.i18n import _
from cs_console.ui.literal import cell, literal_lines
from cs_console.ui.screens.base import ConsoleScreen
from cs_console.ui.screens.fitting import fitting
from cs_console.ui.widgets.clock_table import ClockTable
from cs_console.ui.widgets.live_table import LiveTable
from cs_console.ui.widgets.status_line import StatusLine
from cs_console.ui.wrapped import show_wrapped

Cell = str | Text


class TableScreen(ConsoleScreen):
    """A screen whose body is one table of rows (tuples of cells).

    Setting rows with the same keys in the same order updates only the cells that changed,
    so a table can follow the clock every second without being rebuilt.
    """

    COLUMNS: tuple[tuple[str, int], ...] = ()
    """(label, width): fixed widths, so nothing is measured row by row; the labels are marked
    with ``N_`` and translated where the header is drawn (DROP_FIRST names them in English)."""
    DROP_FIRST: tuple[str, ...] = ()
    """Columns a narrow terminal hides, first to last; the others (the key columns, the sorted
    one) are always shown."""

    def __init__(self) -> None:
        super().__init__()
        self._columns = self.COLUMNS
        self._visible = tuple(range(len(self.COLUMNS)))  # the columns that fit the width
        self._rows: list[tuple[Cell, ...]] = []
        self._shown: list[tuple[Cell, ...]] = []
        self._filter = ""
        self._filter_said = ""  # the filter's count as the status line says it
        self._summary_text = ""  # the summary as last set
        self._cursor_to: str | None = None  # the row the cursor goes to once it is shown

    def compose_body(self) -> ComposeResult:
        yield Static("", id="summary")
        table = self.make_table()
        for label, width in self.COLUMNS:
            table.add_column(self.column_title(label), width=width)
        yield table

    def make_table(self) -> LiveTable[Cell] | ClockTable:
        """The table, ``#table``: a DataTable whose cells follow the clock, or the clock
        board's table drawn line by line."""
        return LiveTable(id="table", cursor_type="row", zebra_stripes=True)

    def column_title(self, label: str) -> str:
        """A column's header as the language writes it."""
        return _(label)

    def on_resize(self) -> None:
        self.call_after_refresh(self._wrap_summary_again)  # at the width it has then
        visible = self._fitting(self.size.width)
        if visible != self._visible:
            self._visible = visible
            self._add_columns()
            self._shown = []
            self._render_rows()

    def _fitting(self, width: int) -> tuple[int, ...]:
        return fitting(self._columns, width, self.drop_first())

    def drop_first(self) -> tuple[str, ...]:
        return self.DROP_FIRST

    def _add_columns(self) -> None:
        self.table.clear(columns=True)
        for index in self._visible:
            label, width = self._columns[index]
            self.table.add_column(self.column_title(label), width=width)

    def _cells(self, row: tuple[Cell, ...]) -> tuple[Cell, ...]:
        return tuple(row[i] for i in self._visible)

    @property
    def table(self) -> LiveTable[Cell] | ClockTable:
        return self.query_one("#table")  # type: ignore[return-value]

    def row_key(self, cells: tuple[Cell, ...]) -> str:
        return str(cells[0])

    def set_columns(self, columns: tuple[tuple[str, int], ...]) -> None:
        self._columns = columns
        self._visible = self._fitting(self.size.width or sum(w + 2 for _l, w in columns) + 2)
        self._add_columns()
        self._rows, self._shown = [], []

    def selected_key(self) -> str | None:
        """The key of the row under the cursor, from all its cells: a narrow terminal hides
        some columns, never the key."""
        row = self.table.cursor_row
        return self.row_key(self._shown[row]) if 0 <= row < len(self._shown) else None

    def set_rows(self, rows: list[tuple[Cell, ...]], visible_only: bool = False) -> None:
        """Show ``rows``; with ``visible_only`` (the per-second tick) cells that changed are
        redrawn only on the rows in view, the others when they next come into view."""
        self._rows = rows
        self._render_rows(visible_only)

    def set_summary(self, text: str) -> None:
        """On the lines it takes at the width, up to three (a training session's line on the
        roll call, a narrow terminal)."""
        self._summary_text = text
        show_wrapped(self.query_one("#summary", Static), literal_lines(text), 3)

    def _wrap_summary_again(self) -> None:
        if self._summary_text:
            self.set_summary(self._summary_text)

    def follow(self, ref: str) -> None:
        self._cursor_to = ref
        self._move_to_followed()

    def _move_to_followed(self) -> None:
        keys_ = [self.row_key(r) for r in self._shown]
        if self._cursor_to in keys_:
            self.table.move_cursor(row=keys_.index(self._cursor_to))
            self._cursor_to = None

    def apply_filter(self, text: str) -> None:
        """The rows holding ``text``, and their count on the status line while it holds."""
        self._filter = text.strip().casefold()
        self._render_rows()
        status = self.query_one(StatusLine)
        status.unsay(self._filter_said)
        self._filter_said = ""
        if self._filter:
            self._filter_said = _("filter '{text}': {shown} of {total} rows").format(
                text=self._filter, shown=len(self._shown), total=len(self._rows)
            )
            status.say(self._filter_said)

    def _render_rows(self, visible_only: bool = False) -> None:
        needle = self._filter
        shown = [r for r in self._rows if not needle or any(needle in str(c).casefold() for c in r)]
        table = self.table
        if [self.row_key(r) for r in shown] == [self.row_key(r) for r in self._shown]:
            top = int(table.scroll_y)
            in_view = range(top, top + table.size.height) if visible_only else range(len(shown))
            changes = []
            for y, (old, new) in enumerate(zip(self._shown, shown, strict=True)):
                if y not in in_view:
                    shown[y] = old  # still shown as it was: redrawn when it comes into view
                    continue
                changes += [
                    (Coordinate(y, x), cell(b))
                    for x, (a, b) in enumerate(zip(self._cells(old), self._cells(new), strict=True))
                    if a != b
                ]
            table.update_cells(changes)
            self._shown = shown
            self._move_to_followed()
            return
        row = table.cursor_row
        table.clear()
        for cells in shown:
            table.add_row(*map(cell, self._cells(cells)), key=self.row_key(cells))
        if shown:
            table.move_cursor(row=min(row, len(shown) - 1))
        self._shown = shown
        self._move_to_followed()
