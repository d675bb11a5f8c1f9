"""A yes/no question before an action that leaves the console (printing)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from cs_console.ui import keys


class ConfirmModal(ModalScreen[bool]):
    BINDINGS: ClassVar[list[BindingType]] = keys.CONFIRM

    def __init__(self, title: str, question: str) -> None:
        super().__init__()
        self._title = title
        self._question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(self._title, id="dialog-title")
            yield Static(self._question, markup=False, id="confirm-question")
            yield Static("y yes · n or esc no", id="dialog-hint")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
