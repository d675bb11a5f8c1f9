"""The first frame: painted while the database layer is imported and the database opened.
From a SQLite file, the roll call due now comes up on it before the database layer is in
(#23, P2); the roll call screen takes its place once the database is open."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Static

from cs_console import __version__
from cs_console.i18n import N_, _
from cs_console.ui.literal import cell, literal, literal_lines

if TYPE_CHECKING:
    from textual.widget import AwaitMount

    from cs_console.services.roll_rows import RollCall

OPENING = N_("Opening the database …")


class BootScreen(Screen[None]):
    DEFAULT_CSS = """
    BootScreen {
        #boot-header { background: $primary; color: $text; padding: 0 1; height: 2; }
        #boot-status { padding: 1 1; color: $text-muted; }
        #boot-title { text-style: bold; color: $accent; padding: 0 1; height: 1; }
        #boot-summary { color: $text-muted; padding: 0 1; height: auto; }
        #boot-roll { height: 1fr; }
    }
    """

    def compose(self) -> ComposeResult:
        yield Static(f"cs-console {__version__}", id="boot-header")
        yield Static(_(OPENING), id="boot-status", markup=False)

    def show_roll(self, roll: RollCall, now: datetime, tz: tzinfo) -> AwaitMount:
        """The roll call due now, as its screen writes it; nothing on it answers keys yet."""
        from textual.widgets import DataTable

        from cs_console.ui.screens.roll_table import (
            ROLL_COLUMNS,
            column_title,
            roll_rows,
            roll_summary,
            roll_title,
        )

        table: DataTable[str] = DataTable(id="boot-roll")
        table.can_focus = False
        for label, width in ROLL_COLUMNS:
            table.add_column(column_title(label), width=width)
        table.add_rows([tuple(cell(c) for c in row) for row in roll_rows(roll, now, tz)])
        status = self.query_one("#boot-status")  # under the roll call, where a screen says things
        status.styles.dock, status.styles.padding = "bottom", (0, 1)
        return self.mount_all([
            Static(literal(roll_title(roll, 0, tz)), id="boot-title"),
            Static(literal_lines(roll_summary(roll, now)), id="boot-summary"),
            table,
        ])  # fmt: skip
