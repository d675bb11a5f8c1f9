"""A line-drawn view with a cursor (the ticket queue, the seat board's grid): the cursor's two
looks are two component classes, not a :focus rule, so a focus change restyles nothing and
redraws the cursor only; each component's style is worked out once until the CSS changes."""

from __future__ import annotations

from contextlib import suppress
from typing import Self

from rich.style import Style
from textual import events
from textual.dom import NoScreen
from textual.scroll_view import ScrollView
from textual.widget import Widget


class CursorView(ScrollView):
    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self._styles: dict[str, Style] = {}  # component → its style, until the CSS changes

    def refresh_cursor(self) -> None:
        """Redraw what the cursor is on."""
        raise NotImplementedError

    def focus(self, scroll_visible: bool = True) -> Self:
        """Textual's, without its redrawing of every line: the focus change redraws the
        cursor (``_on_focus``)."""

        def set_focus(widget: Widget) -> None:
            with suppress(NoScreen):
                widget.screen.set_focus(self, scroll_visible=scroll_visible)

        self.app.call_later(set_focus, self)
        return self

    def _on_focus(self, event: events.Focus) -> None:
        event.prevent_default()
        self._focus_changed(True)

    def _on_blur(self, event: events.Blur) -> None:
        event.prevent_default()
        self._focus_changed(False)

    def watch_has_focus(self, _has_focus: bool) -> None:
        """Textual restyles a widget and its scroll bars when its focus changes; no rule of
        this one's follows the focus, and the scroll bars restyled drew a frame of their own."""

    def _focus_changed(self, focus: bool) -> None:
        self.has_focus = focus
        self.refresh_cursor()
        if self.parent is not None:
            message = events.DescendantFocus if focus else events.DescendantBlur
            self.parent.post_message(message(self))

    def _style(self, component: str) -> Style:
        style = self._styles.get(component)
        if style is None:
            base = self.rich_style
            style = base + self.get_component_rich_style(component) if component else base
            self._styles[component] = style
        return style
