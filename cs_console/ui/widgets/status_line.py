"""The line that shows the result or refusal of the last command: one line, or up to
``MOST`` when the sentence is longer than the width (a refusal's reason was cut)."""

from __future__ import annotations

from textual.widgets import Static

from cs_console.ui.literal import literal
from cs_console.ui.wrapped import show_wrapped

MOST = 3  # lines at most


class StatusLine(Static):
    said = ""  # the sentence shown

    def say(self, text: str, ok: bool = True) -> None:
        self.said = text
        self.set_class(not ok, "-refused")
        show_wrapped(self, literal(text), MOST)

    def unsay_refusal(self) -> None:
        """A refusal answers the key before: gone at the next (a result stays)."""
        if self.said and self.has_class("-refused"):
            self.say("")

    def unsay(self, text: str) -> None:
        """``text`` is no longer true: gone, unless something else was said since."""
        if text and self.said == text:
            self.say("")
