"""A DataTable whose cells can follow the clock every second.

``DataTable.update_cell`` counts one update for the whole table, and every cached render
(cells, rows, lines) carries that count in its key: one changed cell redraws every cell in
view. ``update_cells`` drops only the renders of the cells it changes and repaints only their
rows (#8, P5). It reads DataTable's caches, which is why Textual is pinned to one version."""

from __future__ import annotations

from collections.abc import Iterable

from textual.coordinate import Coordinate
from textual.widgets import DataTable
from textual.widgets._data_table import CellType, ColumnKey, RowKey


class LiveTable(DataTable[CellType]):
    def update_cells(self, changes: Iterable[tuple[Coordinate, CellType]]) -> None:
        """Put each value at its coordinate; the widths stay as they are."""
        cells: set[tuple[RowKey, ColumnKey]] = set()
        rows: dict[RowKey, int] = {}
        for coordinate, value in changes:
            row_key, column_key = self.coordinate_to_cell_key(coordinate)
            self._data[row_key][column_key] = value
            cells.add((row_key, column_key))
            rows[row_key] = coordinate.row
        if not rows:
            return
        cell_cache, row_cache = self._cell_render_cache, self._row_render_cache
        renderables, indexes = self._row_renderable_cache, set(rows.values())
        for key in [k for k in renderables.keys() if k[1] in indexes]:  # noqa: SIM118
            renderables.discard(key)  # LRUCache has keys() but no iteration of its own
        cached_cells = cell_cache.keys()  # up to 10,000: the row is checked first, cheaply
        for key in [k for k in cached_cells if k[0] in rows and (k[0], k[1]) in cells]:
            cell_cache.discard(key)
        for key in [k for k in row_cache.keys() if k[0] in rows]:  # noqa: SIM118
            row_cache.discard(key)
        self._line_cache.clear()  # lines are keyed by y; rebuilt from the cached rows
        for index in rows.values():
            self.refresh_row(index)
