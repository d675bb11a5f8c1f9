"""ctrl+a: the open alerts, oldest first; enter acknowledges the one under the cursor."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from cs_console.domain.text import one_line
from cs_console.i18n import _
from cs_console.services.alerts import AlertLine
from cs_console.ui import keys
from cs_console.ui.literal import literal
from cs_console.ui.underlay import DimmedUnderlay


class AlertListModal(DimmedUnderlay, ModalScreen[int | None]):
    BINDINGS: ClassVar[list[BindingType]] = keys.DISMISS

    def __init__(self, alerts: list[AlertLine], tz) -> None:  # noqa: ANN001
        super().__init__()
        self._alerts = alerts
        self._tz = tz

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="wide"):
            yield Static(
                literal(_("Open alerts ({n})").format(n=len(self._alerts))), id="dialog-title"
            )
            options = [
                Option(
                    Text(one_line(f"A-{a.id} {a.raised_at.astimezone(self._tz):%H:%M} {a.text}")),
                    id=str(a.id),
                )  # fmt: skip
                for a in self._alerts
            ]
            yield OptionList(*options, id="alert-list")
            yield Static(_("enter acknowledges · esc closes"), id="dialog-hint")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id or 0))

    def action_dismiss_modal(self) -> None:
        self.dismiss(None)
