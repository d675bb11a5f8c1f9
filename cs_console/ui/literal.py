"""Stored or typed text on screen as it is (convention 15): never read as markup, with the
control characters and bidi overrides stripped (``domain.text``)."""

from __future__ import annotations

from rich.text import Text
from textual.content import Content

from cs_console.domain.text import clean, one_line


def literal(text: str) -> Content:
    """One line, exactly as written (a line break shows as ⏎)."""
    return Content(one_line(text))


def literal_lines(text: str) -> Content:
    """Lines of text, each exactly as written."""
    return Content(clean(text))


def cell(text: str | Text) -> Text:
    """A table cell: one line of plain text, ending in '…' where its column cuts it; a Text
    the console styled keeps its style."""
    if isinstance(text, Text):
        return text
    return Text(one_line(text), overflow="ellipsis", no_wrap=True)
