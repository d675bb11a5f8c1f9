"""Which columns of a table fit the width it has."""

from __future__ import annotations


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
