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
from cs_console.ui.steady_styles import SteadyStyles
from cs_console.ui.underlay import DimmedUnderlay


class HelpModal(DimmedUnderlay, SteadyStyles, ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = keys.DISMISS

    def __init__(self, title: str, rows: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self._title = title
        self._rows = rows

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(self._title_text(), id="dialog-title")
            table: DataTable[Text] = DataTable(id="help-keys", cursor_type="row")
            table.add_columns(_("Key"), _("What it does"), _("Binding id"))
            table.add_rows(self._cells())
            yield table
            yield Static(
                _(": opens the command line (help lists the commands) · esc closes"),
                id="dialog-hint",
            )

    def _title_text(self) -> Text:
        return literal(_("Keys · {screen}").format(screen=self._title))

    def _cells(self) -> list[tuple[Text, ...]]:
        return [tuple(map(cell, row)) for row in self._rows]  # "[" is a key here

    def reopen(self, title: str, rows: list[tuple[str, str, str]]) -> None:
        """Kept between openings (ui/kept_modals.py): this opening's screen and keys."""
        table = self.query_one("#help-keys", DataTable)
        if (title, rows) != (self._title, self._rows):
            self._title, self._rows = title, rows
            self.query_one("#dialog-title", Static).update(self._title_text())
            table.clear()
            table.add_rows(self._cells())
        table.move_cursor(row=0, animate=False)
        table.focus()

    def action_dismiss_modal(self) -> None:
        self.dismiss(None)
