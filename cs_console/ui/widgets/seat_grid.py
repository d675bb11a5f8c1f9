"""A grid of two-line cells with a cell cursor (the seat board), drawn line by line.

Only the rows and columns in view are drawn, each cell from its own cached lines, with the
row labels and the column headers fixed at the left and the top. A key moves the cursor and
redraws the lines of the two cells it leaves and reaches, or scrolls and joins the cached
cells now in view; ``update_cells`` drops the cached lines of the cells it changes and redraws
their lines only. Nothing is laid out after the grid is built."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.coordinate import Coordinate
from textual.geometry import Region, Size
from textual.message import Message
from textual.strip import Strip

from cs_console.ui import keys
from cs_console.ui.widgets.cursor_view import CursorView

ROW_HEIGHT = 2
PAD = 1  # blank cells either side of a cell's text
LINES_KEPT = 16  # a row's lines kept as shown (its two lines at a few scrolls and cursors)
HEADER = "seat-grid--header"
CURSOR = "seat-grid--cursor"
CURSOR_BLURRED = "seat-grid--cursor-blurred"


class SeatGrid(CursorView, can_focus=True):
    BINDINGS: ClassVar[list[BindingType]] = keys.SEAT_GRID
    COMPONENT_CLASSES: ClassVar[set[str]] = {HEADER, CURSOR, CURSOR_BLURRED}
    # The cursor's two looks are two classes, not a :focus rule: a focus change then restyles
    # nothing and redraws the cursor's cell only.
    DEFAULT_CSS = """
    SeatGrid {
        background: $surface;
        color: $foreground;
        & > .seat-grid--header { text-style: bold; background: $panel; color: $foreground; }
        & > .seat-grid--cursor-blurred {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
        & > .seat-grid--cursor {
            background: $block-cursor-background; color: $block-cursor-foreground;
            text-style: $block-cursor-text-style;
        }
    }
    """

    def __init__(self, cell_width: int, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.cell_width = cell_width
        self.columns: list[str] = []
        self.labels: list[str] = []
        self._cells: dict[tuple[int, int], Text] = {}
        self.cursor = Coordinate(0, 0)
        self._label_width = 0
        self._drawn: dict[tuple[int, int, str], list[Strip]] = {}  # (row, col, component)
        self._fixed: dict[int, list[Strip]] = {}  # row labels (-1: the header row)
        # each row's lines as shown: (line, scroll x, the cursor's look if it is on the row)
        self._lines: dict[int, dict[tuple[int, int, str], Strip]] = {}
        self._warming = 0  # the cache's drawing ahead, counted to stop an older one

    # the data
    @property
    def row_count(self) -> int:
        return len(self.labels)

    @property
    def column_count(self) -> int:
        return len(self.columns)

    @property
    def _column_width(self) -> int:
        return self.cell_width + 2 * PAD

    def set_grid(
        self, columns: list[str], labels: list[str], cells: dict[tuple[int, int], Text]
    ) -> None:
        """A new grid: column headers, row labels and the cells by (row, column)."""
        self.columns, self.labels, self._cells = columns, labels, dict(cells)
        self._label_width = max((cell_len(label) for label in labels), default=0) + 2 * PAD
        self._drawn.clear()
        self._fixed.clear()
        self._lines.clear()
        self.virtual_size = Size(
            self._label_width + self._column_width * len(columns), 1 + ROW_HEIGHT * len(labels)
        )
        self.cursor = self.validate(self.cursor)
        self._keep_cursor_in_view()
        self.refresh()
        self._warm_all()

    def update_cells(self, changes: Iterable[tuple[Coordinate, Text]]) -> None:
        """Put each value at its coordinate; only the lines of those cells are drawn again
        (at once: a key that scrolls to them later finds them drawn)."""
        for (row, column), value in changes:
            self._cells[row, column] = value
            for component in (CURSOR, CURSOR_BLURRED):
                self._drawn.pop((row, column, component), None)
            self._drawn[row, column, ""] = self._render(value, "", ROW_HEIGHT, self._column_width)
            self._lines.pop(row, None)
            self._refresh_cell(row, column)

    def _warm_all(self) -> None:
        """Draws every cell in the cache, a row at a time, each row queued behind the messages
        already waiting (a key is answered between two rows), so that a key that scrolls finds
        the cells it shows already drawn."""
        self._warming += 1
        self.call_later(self._warm, 0, self._warming)

    def _warm(self, row: int, warming: int) -> None:
        if warming != self._warming or row >= self.row_count:
            return  # the grid was built or restyled again: a newer warming runs
        for column in range(self.column_count):
            self._lines_of(row, column, "")
        self.call_later(self._warm, row + 1, warming)

    def get_cell_at(self, coordinate: Coordinate) -> Text:
        return self._cells.get((coordinate.row, coordinate.column), Text(""))

    def get_row_at(self, row: int) -> list[Text]:
        return [self.get_cell_at(Coordinate(row, c)) for c in range(self.column_count)]

    def validate(self, coordinate: Coordinate) -> Coordinate:
        row = max(0, min(coordinate.row, self.row_count - 1))
        return Coordinate(row, max(0, min(coordinate.column, self.column_count - 1)))

    # the cursor
    @property
    def cursor_coordinate(self) -> Coordinate:
        return self.cursor

    @cursor_coordinate.setter
    def cursor_coordinate(self, coordinate: Coordinate) -> None:
        self.move_to(coordinate)

    def move_to(self, coordinate: Coordinate) -> None:
        if not self.row_count or not self.column_count:
            return
        old, self.cursor = self.cursor, self.validate(coordinate)
        if old != self.cursor and not self._keep_cursor_in_view():
            self._refresh_cell(*old)
            self._refresh_cell(*self.cursor)

    def _step(self, rows: int = 0, columns: int = 0) -> None:
        self.move_to(Coordinate(self.cursor.row + rows, self.cursor.column + columns))

    def action_cursor_up(self) -> None:
        self._step(rows=-1)

    def action_cursor_down(self) -> None:
        self._step(rows=1)

    def action_cursor_left(self) -> None:
        self._step(columns=-1)

    def action_cursor_right(self) -> None:
        self._step(columns=1)

    def action_page_up(self) -> None:
        self._step(rows=-self._rows_in_view())

    def action_page_down(self) -> None:
        self._step(rows=self._rows_in_view())

    def action_scroll_top(self) -> None:
        self.move_to(Coordinate(0, self.cursor.column))

    def action_scroll_bottom(self) -> None:
        self.move_to(Coordinate(self.row_count - 1, self.cursor.column))

    def action_scroll_home(self) -> None:
        self.move_to(Coordinate(self.cursor.row, 0))

    def action_scroll_end(self) -> None:
        self.move_to(Coordinate(self.cursor.row, self.column_count - 1))

    # the mouse (the console is run from the keys; a click does what it did on a table)
    @dataclass
    class Selected(Message):
        """The seat the cursor is on was clicked."""

        grid: SeatGrid
        coordinate: Coordinate

    def on_click(self, event: events.Click) -> None:
        """A seat clicked gets the cursor; the seat the cursor is on, clicked, is selected."""
        if event.x < self._label_width or event.y < 1:
            return  # a row's label or the column headers
        row = (event.y - 1 + int(self.scroll_y)) // ROW_HEIGHT
        column = (event.x - self._label_width + int(self.scroll_x)) // self._column_width
        if row >= self.row_count or column >= self.column_count:
            return
        event.stop()
        if Coordinate(row, column) == self.cursor_coordinate:
            self.selected()
        else:
            self.move_to(Coordinate(row, column))

    def selected(self) -> None:
        self.post_message(self.Selected(self, self.cursor_coordinate))

    def _rows_in_view(self) -> int:
        return max(1, (self.size.height - 1) // ROW_HEIGHT)

    def _keep_cursor_in_view(self) -> bool:
        """Scrolls so the cursor's cell is in view; whether it scrolled."""
        x, y = int(self.scroll_x), int(self.scroll_y)
        width = max(1, self.size.width - self._label_width)
        height = max(ROW_HEIGHT, self.size.height - 1)
        left, top = self.cursor.column * self._column_width, self.cursor.row * ROW_HEIGHT
        new_x = min(left, max(x, left + self._column_width - width))
        new_y = min(top, max(y, top + ROW_HEIGHT - height))
        if (new_x, new_y) == (x, y):
            return False
        self.scroll_to(x=new_x, y=new_y, animate=False, immediate=True)
        self.refresh()
        return True

    def _refresh_cell(self, row: int, column: int) -> None:
        """Redraws the cell's region only (the terminal is sent that much)."""
        x = self._label_width + column * self._column_width - int(self.scroll_x)
        y = 1 + row * ROW_HEIGHT - int(self.scroll_y)
        cell = Region(x, y, self._column_width, ROW_HEIGHT)
        body = Region(self._label_width, 1, self.size.width - self._label_width, self.size.height)
        shown = cell.intersection(body)
        if shown:
            self.refresh(shown)

    # the focus: only the cursor's cell changes its look
    def refresh_cursor(self) -> None:
        self._refresh_cell(*self.cursor)

    def notify_style_update(self) -> None:
        """Restyled: the lines drawn are kept while the styles are the same."""
        super().notify_style_update()
        drawn_with = [self._styles.get(c) for c in ("", HEADER, CURSOR, CURSOR_BLURRED)]
        self._styles.clear()
        if not self._drawn:
            return  # nothing drawn yet (the component styles may not be there either)
        if drawn_with != [self._style(c) for c in ("", HEADER, CURSOR, CURSOR_BLURRED)]:
            self._drawn.clear()
            self._fixed.clear()
            self._lines.clear()
            self._warm_all()

    # the drawing
    def render_line(self, y: int) -> Strip:
        if y == 0:
            return self._line(-1, 0, "")
        row, line = divmod(int(self.scroll_y) + y - 1, ROW_HEIGHT)
        if row >= self.row_count:
            return Strip.blank(self.size.width, self._style(""))
        look = ""
        if row == self.cursor.row:
            look = f"{self.cursor.column}{CURSOR if self.has_focus else CURSOR_BLURRED}"
        return self._line(row, line, look)

    def _line(self, row: int, line: int, look: str) -> Strip:
        """One line of a row (-1: the column headers) as shown at the present scroll; ``look``
        says where the cursor is on the row and how it looks."""
        x, width = int(self.scroll_x), self.size.width
        key, kept = (line, x, look), self._lines.setdefault(row, {})
        strip = kept.get(key)
        if strip is not None and strip.cell_length == width:
            return strip
        body = max(0, width - self._label_width)
        first = x // self._column_width
        columns = range(first, min(self.column_count, (x + body - 1) // self._column_width + 1))
        if row < 0:
            cells = [self._header_line(column) for column in columns]
        else:
            cells = [self._cell_lines(row, column)[line] for column in columns]
        start = x - first * self._column_width
        shown = Strip.join(cells).crop(start, start + body)
        shown = shown.extend_cell_length(body, self._style(""))
        strip = Strip.join([self._fixed_lines(row)[line], shown]).crop(0, width).simplify()
        if len(kept) >= LINES_KEPT:
            kept.clear()
        kept[key] = strip
        return strip

    def _header_line(self, column: int) -> Strip:
        key = (-1, column, HEADER)
        if key not in self._drawn:
            self._drawn[key] = self._render(
                Text(self.columns[column]), HEADER, 1, self._column_width
            )
        return self._drawn[key][0]

    def _fixed_lines(self, row: int) -> list[Strip]:
        """The row's label (the corner above the labels for -1), in the header's style."""
        lines = self._fixed.get(row)
        if lines is None:
            text = Text(self.labels[row] if row >= 0 else "")
            height = ROW_HEIGHT if row >= 0 else 1
            lines = self._fixed[row] = self._render(text, HEADER, height, self._label_width)
        return lines

    def _cell_lines(self, row: int, column: int) -> list[Strip]:
        component = ""
        if (row, column) == self.cursor:
            component = CURSOR if self.has_focus else CURSOR_BLURRED
        return self._lines_of(row, column, component)

    def _lines_of(self, row: int, column: int, component: str) -> list[Strip]:
        key = (row, column, component)
        lines = self._drawn.get(key)
        if lines is None:
            text = self._cells.get((row, column), Text(""))
            lines = self._drawn[key] = self._render(text, component, ROW_HEIGHT, self._column_width)
        return lines

    def _render(self, text: Text, component: str, height: int, width: int) -> list[Strip]:
        """A cell's lines: each line of its text cut to the cell's width (an ellipsis where it
        is cut) between padding, the cursor's colour over the text's own."""
        style = self._style(component)
        post = Style(color=style.color) if component in (CURSOR, CURSOR_BLURRED) else None
        pad = Segment(" " * PAD, style)
        strips = []
        console = self.app.console
        for line in text.split("\n", allow_blank=True)[:height]:
            line.truncate(width - 2 * PAD, overflow="ellipsis", pad=True)
            line_style = style + console.get_style(line.style) if line.style else style
            segments = [pad]
            for segment in line.render(console):
                segment_style = line_style + segment.style if segment.style else line_style
                segments.append(
                    Segment(segment.text, segment_style + post if post else segment_style)
                )
            segments.append(pad)
            strips.append(Strip(segments, width).simplify())
        strips += [Strip.blank(width, style)] * (height - len(strips))
        return strips
