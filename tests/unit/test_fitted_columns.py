"""A table whose one long column narrows to the width before others go (screen 4's clocks
stopped, screen 5's carried items): at 80 columns both scrolled sideways."""

from __future__ import annotations

from cs_console.ui.screens.fitting import fitted
from cs_console.ui.screens.handover import ITEM_COLUMNS, ITEM_DROP_FIRST, ITEM_LEAST, ITEM_TEXT


def drawn(shown: tuple[tuple[int, int], ...]) -> int:
    return sum(width + 2 for _index, width in shown) + 2  # padding and the scroll bar


def test_wide_every_column_at_its_own_width():
    shown = fitted(ITEM_COLUMNS, 200, ITEM_DROP_FIRST, ITEM_TEXT, ITEM_LEAST)
    assert shown == tuple((n, w) for n, (_label, w) in enumerate(ITEM_COLUMNS))


def test_at_80_the_text_narrows_and_acknowledged_goes():
    shown = fitted(ITEM_COLUMNS, 80, ITEM_DROP_FIRST, ITEM_TEXT, ITEM_LEAST)
    labels = [ITEM_COLUMNS[n][0] for n, _w in shown]
    assert labels == ["Item", ITEM_TEXT, "State"]
    assert drawn(shown) <= 80 and dict(shown)[1] >= ITEM_LEAST


def test_between_the_text_narrows_and_every_column_stays():
    shown = fitted(ITEM_COLUMNS, 100, ITEM_DROP_FIRST, ITEM_TEXT, ITEM_LEAST)
    assert len(shown) == len(ITEM_COLUMNS) and drawn(shown) <= 100
