"""At start: whoever is on duty signs in with staff number and PIN, or continues read-only."""

from __future__ import annotations

from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from cs_console.domain.errors import UserError
from cs_console.domain.records import StaffMember
from cs_console.i18n import _
from cs_console.services.context import Context
from cs_console.services.staff import authenticate
from cs_console.ui import keys
from cs_console.ui.faults import guarded
from cs_console.ui.literal import literal
from cs_console.ui.underlay import DimmedUnderlay
from cs_console.ui.widgets.input_bar import SteadyInput


class SignInModal(DimmedUnderlay, ModalScreen[StaffMember | None]):
    """Dismisses with the signed-in person, or None for read-only."""

    BINDINGS: ClassVar[list[BindingType]] = keys.SIGN_IN

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self._ctx = ctx

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(_("Sign in"), id="dialog-title")
            yield SteadyInput(placeholder=_("staff number"), id="staff-no")
            yield SteadyInput(placeholder=_("PIN"), password=True, id="pin")
            yield Static("", id="sign-in-error")
            yield Static(_("enter signs in · esc continues read-only"), id="dialog-hint")

    def action_next_or_sign_in(self) -> None:
        """Enter: from the staff number on to the PIN, and from the PIN, sign in.

        A badge reader or a quick hand sends the PIN right behind the enter. The binding is
        taken as the key arrives, ahead of the keys still queued for the fields: the focus
        moves at once, so what follows lands in the PIN, and the fields are read only once
        each has taken the keys sent before this enter."""
        staff, pin = self.query_one("#staff-no", Input), self.query_one("#pin", Input)
        if self.focused is not pin:
            self.set_focus(pin)
            return
        staff.call_later(pin.call_later, self._sign_in)

    def _sign_in(self) -> None:
        staff, pin = self.query_one("#staff-no", Input), self.query_one("#pin", Input)
        self._check(staff.value.strip(), pin.value)

    @work(thread=True, exclusive=True)
    @guarded("signing in")
    def _check(self, staff_no: str, pin: str) -> None:
        try:
            person = authenticate(self._ctx, staff_no, pin)
        except UserError as err:
            self.app.call_from_thread(self._refused, str(err))
            return
        self.app.call_from_thread(self.dismiss, person)

    def _refused(self, text: str) -> None:
        self.query_one("#sign-in-error", Static).update(literal(text))
        pin = self.query_one("#pin", Input)
        pin.value = ""
        pin.focus()

    def action_read_only(self) -> None:
        self.dismiss(None)
