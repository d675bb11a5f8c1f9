"""The line that shows the result or refusal of the last command."""

from __future__ import annotations

from textual.widgets import Static

from cs_console.ui.literal import literal


class StatusLine(Static):
    def say(self, text: str, ok: bool = True) -> None:
        self.set_class(not ok, "-refused")
        self.update(literal(text), layout=False)  # one line (CSS): redrawn in place
