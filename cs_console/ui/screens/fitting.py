"""Which columns of a table fit the width it has."""

from __future__ import annotations

from typing import Any

from textual.widgets import DataTable

from cs_console.i18n import _


def fitting(
    columns: tuple[tuple[str, int], ...], width: int, drop_first: tuple[str, ...]
) -> tuple[int, ...]:
    """The columns that fit ``width`` (each takes its width and two of padding), hiding those of
    ``drop_first`` in turn; the others (the key columns, the sorted one) are always shown."""
    labels = [label for label, _w in columns]
    visible = list(range(len(columns)))
    need = sum(w + 2 for _l, w in columns) + 2  # and the scroll bar
    for label in drop_first:
        if need <= width:
            break
        if label in labels:
            index = labels.index(label)
            visible.remove(index)
            need -= columns[index][1] + 2
    return tuple(visible)


def refit(table: DataTable[Any], columns: tuple[tuple[str, int], ...],
          shown: tuple[tuple[int, int], ...]) -> None:  # fmt: skip
    """``table`` emptied and given the ``shown`` (column, width) of ``columns``, headed in the
    language; its rows are put back by the caller."""
    table.clear(columns=True)
    for index, width in shown:
        table.add_column(_(columns[index][0]), width=width)


def fitted(
    columns: tuple[tuple[str, int], ...],
    width: int,
    drop_first: tuple[str, ...],
    flexible: str,
    least: int,
) -> tuple[tuple[int, int], ...]:
    """(column, width) of the columns that fit ``width``: chosen as ``fitting`` does with the
    ``flexible`` column counted at ``least`` cells, which then takes the width left, up to its
    own (and its padding and the scroll bar's two cells)."""
    flex = [label for label, _w in columns].index(flexible)
    narrow = tuple((label, least if n == flex else w) for n, (label, w) in enumerate(columns))
    visible = fitting(narrow, width, drop_first)
    others = sum(columns[i][1] + 2 for i in visible if i != flex)
    room = max(least, min(columns[flex][1], width - others - 4))
    return tuple((i, room if i == flex else columns[i][1]) for i in visible)
