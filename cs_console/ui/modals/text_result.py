"""A command's result that takes more than one line (e.g. ``help``)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from cs_console.i18n import _
from cs_console.ui import keys
from cs_console.ui.literal import literal, literal_lines
from cs_console.ui.underlay import DimmedUnderlay


class TextResultModal(DimmedUnderlay, ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = keys.DISMISS

    def __init__(self, title: str, text: str) -> None:
        super().__init__()
        self._title = title
        self._text = text

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(literal(self._title), id="dialog-title")
            with VerticalScroll(id="dialog-scroll"):
                yield Static(literal_lines(self._text), id="dialog-text")
            yield Static(_("esc closes"), id="dialog-hint")

    def action_dismiss_modal(self) -> None:
        self.dismiss(None)
