"""The clock board's table, drawn line by line (#23, P5): every row is held, each cell's
segments are kept, and a cell that follows the clock redraws only its own line, with no cell
cache to drop, no layout and no restyle. It answers what a table screen asks of its table
(``TableScreen``: columns, rows, cursor, cells updated in place)."""

from __future__ import annotations

from collections.abc import Iterable

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.coordinate import Coordinate
from textual.geometry import Size
from textual.strip import Strip

from cs_console.ui.literal import cell
from cs_console.ui.widgets.queue_view import Cells, QueueView

KEPT_CELLS = 4_000  # cells' segments kept before the store starts again
CURSOR = {"queue-view--cursor", "queue-view--cursor-blurred"}


class ClockTable(QueueView):
    DEFAULT_CSS = """
    ClockTable { height: 1fr; }
    """

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__((), id=id)
        self._cells: dict[tuple[str, str, int, str], list[Segment]] = {}

    # what a table screen asks of its table
    def add_column(self, label: str, width: int) -> None:
        self.columns = (*self.columns, (label, width))
        self.column_indexes = tuple(range(len(self.columns)))
        self._width = sum(w + 2 for _label, w in self.columns)
        self.virtual_size = Size(self._width, self.total + 1)
        self._lines.clear()
        self.refresh()

    def clear(self, columns: bool = False) -> None:
        if columns:
            self.columns, self.column_indexes = (), ()
            self._width = 0
        self.reset(0)

    def add_row(self, *cells: str | Text, key: str | None = None) -> None:  # noqa: ARG002
        """One row more; its size set as the queue's is, without a layout (a layout asked for
        each of 200 rows took 5–8 ms)."""
        self._rows[self.total] = cells
        self.total += 1
        self._set_virtual_size(Size(self._width, self.total + 1))
        self.refresh()

    def get_row_at(self, index: int) -> list[str | Text]:
        return list(self._rows[index])

    def move_cursor(self, *, row: int) -> None:
        self.move_to(row)

    def update_cells(self, changes: Iterable[tuple[Coordinate, str | Text]]) -> None:
        """Put each value at its coordinate and redraw the lines changed, only them."""
        changed: set[int] = set()
        for coordinate, value in changes:
            row = list(self._rows[coordinate.row])
            row[coordinate.column] = value
            self._rows[coordinate.row] = tuple(row)
            changed.add(coordinate.row)
        for index in changed:
            for component in ("", "queue-view--even", *CURSOR):
                self._lines.pop((index, component), None)
            self._refresh_row(index)

    # the drawing: each cell's segments are drawn once and kept
    def _text_line(self, cells: Cells, component: str) -> Strip:
        base = self._style(component)
        segments: list[Segment] = []
        if len(self._cells) > KEPT_CELLS:
            self._cells.clear()
        for index in self.column_indexes:
            width = self.columns[index][1]
            text = cell(cells[index]) if index < len(cells) else Text()
            key = (text.plain, str(text.style), width, component)
            kept = None if text.spans else self._cells.get(key)
            if kept is None:
                kept = self._cell_segments(text, width, base, component)
                if not text.spans:
                    self._cells[key] = kept
            segments.extend(kept)
        return Strip(segments).extend_cell_length(self._width, base)

    def _cell_segments(self, text: Text, width: int, base: Style, component: str) -> list[Segment]:
        """A cell as its column draws it: padded by a space each side, cut with an ellipsis,
        in the cell's own style over the line's."""
        own = base
        if text.style:  # the cursor's colours go over the cell's, as on a DataTable
            style = self.app.console.get_style(text.style)
            own = style + base if component in CURSOR else base + style
        text = text.copy()
        text.truncate(width, overflow="ellipsis")
        return [
            Segment(" ", base),
            *(
                Segment(s.text, own + s.style if s.style else own)
                for s in text.render(self.app.console)
            ),
            Segment(" " * (width - text.cell_len + 1), base),
        ]

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cells.clear()
