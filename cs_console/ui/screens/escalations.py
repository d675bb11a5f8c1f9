"""Screen 4: running 60-minute complaint dispatch clocks (CP-01, D-07), least time left first.

The clocks are computed from stored timestamps; the one-second tick only recomputes the
time-left and band cells, without touching the database.
"""

from __future__ import annotations

from datetime import datetime

from cs_console.domain.escalation import ClockLine, clock_band, format_left
from cs_console.services.shift_view import complaint_clocks
from cs_console.ui.screens.base import TableScreen


class EscalationsScreen(TableScreen):
    TITLE_TEXT = "4 Escalations · complaint dispatch clocks"
    COLUMNS = (
        ("Id", 8),
        ("Summary", 26),
        ("Customer", 9),
        ("Agent", 6),
        ("Accepted", 8),
        ("Deadline", 8),
        ("Left", 8),
        ("Band", 14),
        ("Pts", 4),
    )

    def __init__(self) -> None:
        super().__init__()
        self._clocks: list[ClockLine] = []

    def fetch(self) -> list[ClockLine]:
        return complaint_clocks(self.console_app.cs)

    def show(self, data: list[ClockLine]) -> None:
        self._clocks = data
        self.tick(self.console_app.cs.now())

    def tick(self, now: datetime) -> None:
        if not self.is_mounted:
            return
        rules = self.console_app.cs.settings.rules
        bands = tuple((b.up_to_minutes, b.points) for b in rules.overrun_bands)
        tz = self.console_app.cs.settings.tz
        rows = []
        overrun = warning = 0
        for c in self._clocks:
            band = clock_band(
                c.started, now, rules.complaint_dispatch_minutes, rules.warn_at_minutes, bands
            )
            overrun += band.name.startswith("overrun")
            warning += "warning" in band.name
            rows.append(
                (
                    c.ref,
                    c.summary,
                    c.customer,
                    c.first_agent,
                    c.started.astimezone(tz).strftime("%H:%M"),
                    c.deadline.astimezone(tz).strftime("%H:%M"),
                    format_left(c.deadline, now),
                    band.name,
                    str(band.points or ""),
                )
            )
        self.set_summary(f"running {len(rows)} · in warning {warning} · overrun {overrun}")
        self.set_rows(rows)
