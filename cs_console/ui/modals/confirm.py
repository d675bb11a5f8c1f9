"""A yes/no question before a key changes data irreversibly or sends something out of the
console (convention 16); it may carry a further line on what the answer will do."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from cs_console.i18n import _
from cs_console.ui import keys
from cs_console.ui.literal import literal
from cs_console.ui.underlay import DimmedUnderlay


class ConfirmModal(DimmedUnderlay, ModalScreen[bool]):
    BINDINGS: ClassVar[list[BindingType]] = keys.CONFIRM

    def __init__(self, title: str, question: str, detail: str = "") -> None:
        super().__init__()
        self._title = title
        self._question = question
        self._detail = detail

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(literal(self._title), id="dialog-title")
            yield Static(literal(self._question), id="confirm-question")
            if self._detail:
                yield Static(literal(self._detail), id="confirm-detail")
            yield Static(_("y yes · n or esc no"), id="dialog-hint")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
