"""``?``: the keys that work on the current screen, generated from its active bindings."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from cs_console.i18n import _
from cs_console.ui import keys
from cs_console.ui.literal import cell, literal


class HelpModal(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = keys.DISMISS

    def __init__(self, title: str, rows: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self._title = title
        self._rows = rows

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(
                literal(_("Keys · {screen}").format(screen=self._title)), id="dialog-title"
            )
            table: DataTable[Text] = DataTable(id="help-keys", cursor_type="row")
            table.add_columns(_("Key"), _("What it does"), _("Binding id"))
            table.add_rows([tuple(map(cell, row)) for row in self._rows])  # "[" is a key here
            yield table
            yield Static(
                _(": opens the command line (help lists the commands) · esc closes"),
                id="dialog-hint",
            )

    def action_dismiss_modal(self) -> None:
        self.dismiss(None)
