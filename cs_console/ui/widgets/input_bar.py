"""The command line (``:``) and the filter bar (``/``): one-line inputs that hide on esc."""

from __future__ import annotations

from textual.widgets import Input

from cs_console.domain.text import one_line
from cs_console.ui import keys


class SteadyInput(Input):
    """An input with a steady cursor: the console looks the same on every terminal and in
    every screenshot."""

    def on_mount(self) -> None:
        self.cursor_blink = False

    def insert_text_at_cursor(self, text: str) -> None:
        """Typed or pasted text, without control characters (convention 15)."""
        super().insert_text_at_cursor(one_line(text))


class InputBar(SteadyInput):
    BINDINGS = keys.INPUT_BAR

    def open(self, value: str = "") -> None:
        self.value = value
        self.cursor_position = len(value)
        self.display = True
        self.focus()

    def action_close(self) -> None:
        self.display = False
        self.screen.focus_body()  # type: ignore[attr-defined]


class CommandLine(InputBar):
    """Same language as ``cs-console do``."""


class FilterBar(InputBar):
    """Filters the rows of the screen's table as you type."""

    def action_close(self) -> None:
        self.value = ""
        super().action_close()
