"""A virtual table over a query (convention 5): as many lines as the query has rows, drawn
line by line from a cache of the rows read around the cursor.

It never reads the database: a row that is not in the cache draws as a blank line and is
asked for (``Wanted``); the screen's worker reads its page and hands it back with ``put``.
The pages home, end and the page keys would show next are asked for ahead, once a key's frame
is out, so those keys draw from the cache. A key moves the cursor and redraws two lines, or
scrolls and redraws the lines in view: no layout, whatever the number of rows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.text import Text
from textual.binding import BindingType
from textual.geometry import Size
from textual.message import Message
from textual.strip import Strip
from textual.timer import Timer

from cs_console.domain.text import one_line
from cs_console.i18n import _
from cs_console.ui import keys
from cs_console.ui.literal import cell
from cs_console.ui.widgets.cursor_view import CursorView

Cells = tuple[str | Text, ...]
PAGE = 60  # rows read at once
KEEP = 6  # pages kept around the cursor (and the first and the last page)
AHEAD_AFTER = 0.03  # seconds after a key's frame before the pages it may need next are read


class QueueView(CursorView, can_focus=True):
    BINDINGS: ClassVar[list[BindingType]] = keys.QUEUE_VIEW
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "queue-view--header",
        "queue-view--cursor",
        "queue-view--cursor-blurred",
        "queue-view--even",
    }
    # The cursor's two looks are two classes, not a :focus rule: a focus change then restyles
    # nothing, and redraws the cursor's line only (render_line picks the class).
    DEFAULT_CSS = """
    QueueView {
        background: $surface;
        color: $foreground;
        & > .queue-view--header { text-style: bold; background: $panel; color: $foreground; }
        & > .queue-view--cursor-blurred { background: $block-cursor-blurred-background; }
        & > .queue-view--cursor {
            background: $block-cursor-background; color: $block-cursor-foreground;
            text-style: $block-cursor-text-style;
        }
        & > .queue-view--even { background: $surface-lighten-1 20%; }
    }
    """

    @dataclass
    class Wanted(Message):
        """The row at ``index`` is to be drawn and is not in the cache."""

        view: QueueView
        index: int

    def __init__(self, columns: tuple[tuple[str, int], ...], *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.columns = columns
        self.column_indexes = tuple(
            range(len(columns))
        )  # the columns shown (a narrow terminal hides some)
        self.total = 0
        self.cursor = 0
        self._rows: dict[int, Cells] = {}
        self._asked: set[int] = set()  # pages asked for and not yet put
        self._width = sum(w + 2 for _label, w in columns)
        self._lines: dict[tuple[int, str], Strip] = {}  # (index, component) → line as drawn
        self._cut = (0, 0)  # (scroll_x, width) the lines kept were cut to
        self._ahead: Timer | None = None

    @property
    def row_count(self) -> int:
        return self.total

    @property
    def cursor_row(self) -> int:
        return self.cursor

    def shown_columns(self) -> list[tuple[str, int]]:
        return [self.columns[i] for i in self.column_indexes]

    def show_columns(self, indexes: tuple[int, ...]) -> None:
        """Show only the columns at ``indexes`` (in their order)."""
        if indexes == self.column_indexes:
            return
        self.column_indexes = indexes
        self._width = sum(w + 2 for _label, w in self.shown_columns())
        self._set_virtual_size(Size(self._width, self.total + 1))
        self._lines.clear()
        self.refresh()

    # the data
    def reset(self, total: int, cursor: int | None = None) -> None:
        """A new result: ``total`` rows, the cache emptied (the rows put next are shown)."""
        self.total = total
        self.cursor = max(0, min(self.cursor if cursor is None else cursor, total - 1))
        self._rows.clear()
        self._asked.clear()
        self._lines.clear()
        self._set_virtual_size(Size(self._width, total + 1))  # the header line, then the rows
        self._keep_cursor_in_view()
        self.refresh()

    def _set_virtual_size(self, size: Size) -> None:
        """A new number of rows lays out nothing: the scroll bar follows (a layout only when it
        appears or goes)."""
        if size != self.virtual_size:
            self.set_reactive(QueueView.virtual_size, size)
            self._scroll_update(size)

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        """A layout of the screen around it (a bar opened or closed) leaves it as it was:
        Textual's would redraw its scroll bar, one frame later than the layout's."""
        if size == self._size and size - self.styles.gutter.totals == self._container_size:
            return False
        return super()._size_updated(size, virtual_size, container_size, layout)

    def put(self, offset: int, rows: list[Cells]) -> None:
        """Rows read for ``offset`` onwards; pages far from the cursor are forgotten."""
        self._asked.discard(offset // PAGE)
        for n, row in enumerate(rows):
            self._rows[offset + n] = row
        fresh = range(offset, offset + len(rows))
        for key in [k for k in self._lines if k[0] in fresh]:
            del self._lines[key]
        held = self._held_pages()
        for index in [i for i in self._rows if i // PAGE not in held]:
            del self._rows[index]
        if len(self._lines) > 4 * PAGE:
            self._lines.clear()
        top = int(self.scroll_y)
        if offset < top + self.size.height and offset + len(rows) > top:
            self.refresh()  # (rows read ahead, out of view, draw nothing now)
        if rows:  # (none: the query has fewer rows than when counted; it is read again)
            self._read_ahead_soon()

    def _next_pages(self) -> set[int]:
        """The pages a key may show next, so that it draws from the cache: those home and end
        show, and a page either side of those in view (the page keys)."""
        top, rows, last = int(self.scroll_y), self.size.height, max(self.total - 1, 0)
        low = max(0, min(top, self.cursor) - PAGE) // PAGE
        high = min(last, max(top + rows, self.cursor) + PAGE) // PAGE
        home = range(min(last, rows) // PAGE + 1)
        end = range(max(0, last - rows) // PAGE, last // PAGE + 1)
        return {*home, *end, *range(low, high + 1)}

    def _held_pages(self) -> set[int]:
        around = self.cursor // PAGE
        return self._next_pages() | set(range(around - KEEP // 2, around + KEEP // 2 + 1))

    def _read_ahead_soon(self) -> None:
        """Once the frame is on the terminal: the threads that read would take the
        interpreter from the one that writes the frame out, a few milliseconds each."""
        self.call_after_refresh(self._read_ahead_later)

    def _read_ahead_later(self) -> None:
        if self._ahead is not None:
            self._ahead.stop()
        self._ahead = self.set_timer(AHEAD_AFTER, self.read_ahead, name="read ahead")

    def read_ahead(self) -> None:
        """Asks for the pages a key may show next that are not held."""
        if self.total:
            for page in sorted(self._next_pages()):
                if page * PAGE not in self._rows:
                    self._want(page * PAGE)

    def row(self, index: int) -> Cells | None:
        return self._rows.get(index)

    def selected(self) -> Cells | None:
        return self._rows.get(self.cursor) if self.total else None

    def loaded(self) -> list[Cells]:
        """The rows in the cache, in order."""
        return [self._rows[i] for i in sorted(self._rows)]

    def cached(self) -> list[tuple[int, Cells]]:
        """The rows in the cache with their index, in order."""
        return sorted(self._rows.items())

    # the keys (also DataTable's cursor actions, which j/k/g/G/ctrl+d/ctrl+u call)
    def action_cursor(self, step: int) -> None:
        self.move_to(self.cursor + step)

    def action_cursor_down(self) -> None:
        self.action_cursor(1)

    def action_cursor_up(self) -> None:
        self.action_cursor(-1)

    def action_page_down(self) -> None:
        self.action_page(1)

    def action_page_up(self) -> None:
        self.action_page(-1)

    def action_scroll_top(self) -> None:
        self.action_to(0)

    def action_scroll_bottom(self) -> None:
        self.action_to(-1)

    def action_page(self, step: int) -> None:
        self.move_to(self.cursor + step * max(1, self.size.height - 1))

    def action_to(self, index: int) -> None:
        self.move_to(index if index >= 0 else self.total - 1)

    def move_to(self, index: int) -> None:
        if not self.total:
            return
        old, self.cursor = self.cursor, max(0, min(index, self.total - 1))
        if not self._keep_cursor_in_view():
            self._refresh_row(old)
            self._refresh_row(self.cursor)
        elif old // PAGE != self.cursor // PAGE:
            self._read_ahead_soon()

    def _keep_cursor_in_view(self) -> bool:
        """Scrolls so the cursor is in view; whether it scrolled."""
        rows = max(1, self.size.height - 1)
        top = int(self.scroll_y)
        if self.cursor < top:
            top = self.cursor
        elif self.cursor >= top + rows:
            top = self.cursor - rows + 1
        else:
            return False
        self.scroll_to(y=top, animate=False, immediate=True)
        self.refresh()
        return True

    def _refresh_row(self, index: int) -> None:
        y = index - int(self.scroll_y) + 1
        if 1 <= y < self.size.height:
            self.refresh_line(y)

    def refresh_cursor(self) -> None:
        self._refresh_row(self.cursor)

    def notify_style_update(self) -> None:
        """Restyled (a focus change restyles it too): the lines drawn are kept while its own
        style is the same."""
        super().notify_style_update()
        if self._styles.get("") != self.rich_style:
            self._lines.clear()
        self._styles.clear()

    # the drawing
    def render_line(self, y: int) -> Strip:
        width = self.size.width
        scroll_x = int(self.scroll_x)
        if (scroll_x, width) != self._cut:  # the lines kept are cut to the view's width
            self._cut = (scroll_x, width)
            self._lines.clear()
        if y == 0:
            key = (-1, "queue-view--header")
            line = self._lines.get(key)
            if line is None:
                labels = tuple(_(label) for label, _w in self.columns)
                line = self._lines[key] = self._cut_line(self._text_line(labels, key[1]), key[1])
            return line
        index = int(self.scroll_y) + y - 1
        if index >= self.total:
            return Strip.blank(width, self.rich_style)
        component = (
            ("queue-view--cursor" if self.has_focus else "queue-view--cursor-blurred")
            if index == self.cursor
            else "queue-view--even"
            if index % 2
            else ""
        )
        key = (index, component)
        line = self._lines.get(key)
        if line is None:
            cells = self._rows.get(index)
            if cells is None:
                self._want(index)
                return self._cut_line(self._text_line(("…",), component), component)
            line = self._lines[key] = self._cut_line(self._text_line(cells, component), component)
        return line

    def _cut_line(self, line: Strip, component: str) -> Strip:
        scroll_x, width = self._cut
        return line.crop(scroll_x, scroll_x + width).extend_cell_length(
            width, self._style(component)
        )

    def _want(self, index: int) -> None:
        page = index // PAGE
        if page not in self._asked:
            self._asked.add(page)
            self.post_message(self.Wanted(self, page * PAGE))

    def _text_line(self, cells: Cells, component: str) -> Strip:
        base = self._style(component)
        shown = [(self.columns[i][1], cells[i]) for i in self.column_indexes if i < len(cells)]
        if len(cells) < len(self.columns):  # the placeholder of a row not read yet
            shown = [(self.columns[self.column_indexes[0]][1], cells[0])]
        segments: list[Segment] = []
        plain: list[str] = []  # cells of plain text run together into one segment
        for width, value in shown:
            if isinstance(value, str):
                plain.append(f" {fit(one_line(value), width)} ")
                continue
            if plain:
                segments.append(Segment("".join(plain), base))
                plain = []
            text = cell(value).copy()
            text.truncate(width, overflow="ellipsis", pad=True)
            segments.append(Segment(" ", base))
            segments.extend(
                Segment(s.text, base + s.style if s.style else base)
                for s in text.render(self.app.console)
            )
            segments.append(Segment(" ", base))
        if plain:
            segments.append(Segment("".join(plain), base))
        line = Strip(segments)
        return line.extend_cell_length(self._width, base)


def fit(text: str, width: int) -> str:
    """``text`` in ``width`` cells as Rich's ``Text.truncate(width, "ellipsis", pad=True)``
    puts it, without building a Text."""
    if cell_len(text) > width:
        return set_cell_size(text, width - 1) + "…"
    return set_cell_size(text, width)
