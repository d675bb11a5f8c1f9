"""The shift's statistics (RP-02) with its charts: per hour and per day of the week."""

from __future__ import annotations

from typing import ClassVar

from textual import events
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
DIALOG_WIDTH = 116  # the wide dialog (app.tcss), narrower on a smaller terminal
FRAME = 8  # its border, padding and scroll bar


def chart_width(terminal_width: int) -> int:
    """Two charts side by side, each within its half of the dialog (no bar wraps at 80×24)."""
    return min(CHART_WIDTH, (min(DIALOG_WIDTH, terminal_width) - FRAME) // 2 - 1)


class StatsModal(DimmedUnderlay, ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = keys.DISMISS

    def __init__(self, stats: ShiftStats) -> None:
        super().__init__()
        self._stats = stats

    def _charts(self, width: int) -> tuple[str, str]:
        plain = getattr(self.app, "plain", False)
        charts = ["\n".join(bar_lines(c, chart_width(width), plain)) for c in self._stats.charts()]
        return "\n\n".join(charts[:2]), "\n\n".join(charts[2:])

    def compose(self) -> ComposeResult:
        left, right = self._charts(self.app.size.width)
        with Vertical(id="dialog", classes="wide"):
            yield Static(
                literal(_("Statistics · {shift}").format(shift=self._stats.shift)),
                id="dialog-title",
            )
            with VerticalScroll(id="dialog-scroll"):
                text = "\n".join(map(one_line, self._stats.lines()[1:]))
                yield Static(literal_lines(text), id="stats-text")
                with Horizontal(id="charts"):
                    yield Static(literal_lines(left), classes="chart")
                    yield Static(literal_lines(right), classes="chart")
            yield Static(_("esc closes"), id="dialog-hint")

    def on_resize(self, event: events.Resize) -> None:
        for chart, text in zip(self.query(".chart"), self._charts(event.size.width), strict=True):
            chart.update(literal_lines(text))  # type: ignore[attr-defined]

    def action_dismiss_modal(self) -> None:
        self.dismiss(None)
