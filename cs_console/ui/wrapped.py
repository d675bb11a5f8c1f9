"""A one-line widget that grows to the lines its text takes at its width, up to a limit: a
summary or a refusal cut at the width lost its end (a forecast read as a number of points)."""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content
from textual.widgets import Static


def show_wrapped(widget: Static, content: Content, most: int) -> None:
    """``content`` in ``widget`` on the lines it takes, up to ``most``; the screen is laid out
    again only when that number changes (else the widget is redrawn in place)."""
    text, width = content.plain, widget.content_region.width
    if width <= 0:  # not laid out yet: its own lines
        lines = text.count("\n") + 1
    elif "\n" not in text and cell_len(text) <= width:
        lines = 1
    else:
        lines = content.get_height(widget.styles, width)
    lines = min(most, lines)
    height = widget.styles.height  # (None: no height was ever set on it)
    if height is not None and lines == height.value:
        widget.update(content, layout=False)
        return
    widget.styles.height = lines
    widget.update(content)
