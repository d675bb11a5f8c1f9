"""The bottom line: at most seven of the screen's own keys, then ``? more`` (help lists every
key). One Text line rendered when the screen is shown, cut at the width: it never overflows,
and nothing is composed again when bindings change."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from cs_console.i18n import _
from cs_console.ui.keys import described

MOST = 7  # keys on the line; the rest are under ?


def footer_text(keys: list[tuple[str, str]], width: int = 0) -> Text:
    """``keys`` as (key shown, description): the first ``MOST - 1`` of them that fit ``width``
    (0: any), then help, which is always shown."""
    shown = keys[: MOST - 1]
    while True:
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        for i, (key, description) in enumerate([*shown, ("?", _("more"))]):
            if i:
                text.append("  ")
            text.append(key, style="bold")
            text.append(f" {description}")
        if not width or not shown or text.cell_len <= width:
            return text
        shown = shown[:-1]


class KeyFooter(Static):
    DEFAULT_CSS = """
    KeyFooter {
        height: 1;
        dock: bottom;
        padding: 0 1;
        background: $panel;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    def on_mount(self) -> None:
        self.refresh_keys()

    def on_resize(self) -> None:
        self.refresh_keys()

    def refresh_keys(self) -> None:
        """The screen's own keys in the order it declares them, as remapped by ``[keymap]``."""
        screen = self.screen
        current = {
            b.id: b
            for bindings in screen._merged_bindings.key_to_bindings.values()  # type: ignore[union-attr]
            for b in bindings
        }
        order = [b for cls in type(screen).__mro__ for b in cls.__dict__.get("BINDINGS", [])]
        keys: list[tuple[str, str]] = []
        for declared in order:
            b = current.get(getattr(declared, "id", None))
            if b is None or not b.show or not b.description:
                continue
            del current[b.id]
            keys.append((self.app.get_key_display(b), described(b)))
        self.update(footer_text(keys, self.content_size.width))
