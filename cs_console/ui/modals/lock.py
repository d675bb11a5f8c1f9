"""The locked console: the screen blanks to a sign-in box. Whoever signs in works on (the same
leader, or the next one: a switch of user); clock alerts still ring and show their one line."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.widgets import Static

from cs_console.i18n import _
from cs_console.services.context import Context
from cs_console.ui import keys
from cs_console.ui.literal import literal
from cs_console.ui.modals.sign_in import SignInModal
from cs_console.ui.widgets.input_bar import SteadyInput


class LockScreen(SignInModal):
    """Dismisses with the person who signed in; there is no way past it without a PIN."""

    BINDINGS: ClassVar[list[BindingType]] = keys.LOCK
    DEFAULT_CSS = """
    LockScreen {
        background: $background;
    }
    LockScreen #lock-alert {
        color: $warning;
    }
    """

    def __init__(self, ctx: Context, locked: str) -> None:
        super().__init__(ctx)
        self._locked = locked

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(_("Locked · sign in"), id="dialog-title")
            yield Static(literal(self._locked), id="lock-who")
            yield SteadyInput(placeholder=_("staff number"), id="staff-no")
            yield SteadyInput(placeholder=_("PIN"), password=True, id="pin")
            yield Static("", id="sign-in-error")
            yield Static("", id="lock-alert")
            yield Static(_("enter signs in"), id="dialog-hint")

    def alert(self, text: str) -> None:
        """A clock alert's one line, shown while the console is locked."""
        self.query_one("#lock-alert", Static).update(literal(text))

    def action_stay_locked(self) -> None:
        """esc: a locked console stays locked."""
