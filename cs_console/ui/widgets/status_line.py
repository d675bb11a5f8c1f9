"""The line that shows the result or refusal of the last command: one line, or up to
``MOST`` when the sentence is longer than the width (a refusal's reason was cut)."""

from __future__ import annotations

from rich.cells import cell_len
from textual.widgets import Static

from cs_console.ui.literal import literal

MOST = 3  # lines at most


class StatusLine(Static):
    said = ""  # the sentence shown

    def say(self, text: str, ok: bool = True) -> None:
        self.said = text
        self.set_class(not ok, "-refused")
        content, width = literal(text), self.content_region.width
        fits = width <= 0 or cell_len(content.plain) <= width
        lines = 1 if fits else min(MOST, content.get_height(self.styles, width))
        if lines == self.styles.height.value:  # (CSS: one line) redrawn in place
            self.update(content, layout=False)
            return
        self.styles.height = lines  # the screen is laid out again only when it changes
        self.update(content)

    def unsay_refusal(self) -> None:
        """A refusal answers the key before: gone at the next (a result stays)."""
        if self.said and self.has_class("-refused"):
            self.say("")

    def unsay(self, text: str) -> None:
        """``text`` is no longer true: gone, unless something else was said since."""
        if text and self.said == text:
            self.say("")
