"""The shift's statistics (RP-02) with tickets and complaints per hour drawn as sparklines."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Sparkline, Static

from cs_console.services.stats import ShiftStats
from cs_console.ui import keys


class StatsModal(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = keys.DISMISS

    def __init__(self, stats: ShiftStats) -> None:
        super().__init__()
        self._stats = stats

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(f"Statistics · {self._stats.shift}", id="dialog-title")
            yield Static("\n".join(self._stats.lines()[1:]), markup=False, id="stats-text")
            yield Static(f"Tickets per hour {self._stats.tickets_per_hour}", id="tickets-label")
            yield Sparkline(self._stats.tickets_per_hour, id="tickets-per-hour")
            yield Static(
                f"Complaints per hour {self._stats.complaints_per_hour}", id="complaints-label"
            )
            yield Sparkline(self._stats.complaints_per_hour, id="complaints-per-hour")
            yield Static("esc closes", id="dialog-hint")

    def action_dismiss_modal(self) -> None:
        self.dismiss(None)
