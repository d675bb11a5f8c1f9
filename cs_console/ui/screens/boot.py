"""The first frame: painted while the database layer is imported and the database opened."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Static

from cs_console import __version__
from cs_console.i18n import N_, _

OPENING = N_("Opening the database …")


class BootScreen(Screen[None]):
    DEFAULT_CSS = """
    BootScreen {
        #boot-header { background: $primary; color: $text; padding: 0 1; height: 2; }
        #boot-status { padding: 1 1; color: $text-muted; }
    }
    """

    def compose(self) -> ComposeResult:
        yield Static(f"cs-console {__version__}", id="boot-header")
        yield Static(_(OPENING), id="boot-status", markup=False)
