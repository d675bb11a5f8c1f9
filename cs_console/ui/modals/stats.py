"""The shift's statistics (RP-02) with its charts: per hour and per day of the week."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from cs_console.domain.charts import bar_lines
from cs_console.domain.text import one_line
from cs_console.i18n import _
from cs_console.services.stats import ShiftStats
from cs_console.ui import keys
from cs_console.ui.literal import literal, literal_lines
from cs_console.ui.underlay import DimmedUnderlay

CHART_WIDTH = 52


class StatsModal(DimmedUnderlay, ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = keys.DISMISS

    def __init__(self, stats: ShiftStats) -> None:
        super().__init__()
        self._stats = stats

    def compose(self) -> ComposeResult:
        plain = getattr(self.app, "plain", False)
        charts = ["\n".join(bar_lines(c, CHART_WIDTH, plain)) for c in self._stats.charts()]
        with Vertical(id="dialog", classes="wide"):
            yield Static(
                literal(_("Statistics · {shift}").format(shift=self._stats.shift)),
                id="dialog-title",
            )
            with VerticalScroll(id="dialog-scroll"):
                text = "\n".join(map(one_line, self._stats.lines()[1:]))
                yield Static(literal_lines(text), id="stats-text")
                with Horizontal(id="charts"):
                    yield Static(literal_lines("\n\n".join(charts[:2])), classes="chart")
                    yield Static(literal_lines("\n\n".join(charts[2:])), classes="chart")
            yield Static(_("esc closes"), id="dialog-hint")

    def action_dismiss_modal(self) -> None:
        self.dismiss(None)
