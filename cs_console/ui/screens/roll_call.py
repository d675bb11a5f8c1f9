"""Screen 1: the roll call of a shift (RC-01/RC-02: cut-off = shift start − lead minutes)."""

from __future__ import annotations

from datetime import timedelta
from typing import ClassVar

from textual.binding import BindingType

from cs_console.services.shift_view import ShiftOverview, overview, shift_at
from cs_console.ui import keys
from cs_console.ui.screens.base import TableScreen


class RollCallScreen(TableScreen):
    BINDINGS: ClassVar[list[BindingType]] = keys.ROLL_CALL
    TITLE_TEXT = "1 Roll call"
    COLUMNS = (
        ("Staff no", 8),
        ("Name", 16),
        ("Role", 20),
        ("Grade", 12),
        ("Seat", 5),
        ("Status", 24),
    )

    def __init__(self) -> None:
        super().__init__()
        self.step = 0

    def fetch(self) -> ShiftOverview:
        ctx = self.console_app.cs
        return overview(ctx, shift_at(ctx, self.step))

    def show(self, data: ShiftOverview) -> None:
        tz = self.console_app.cs.settings.tz
        if data.shift is None:
            self.set_title("1 Roll call · no shift at this hour")
            self.set_rows([])
            return
        lead = timedelta(minutes=self.console_app.cs.settings.rules.roll_call_lead_minutes)
        cut_off = (data.shift.start - lead).astimezone(tz).strftime("%H:%M")
        start = data.shift.start.astimezone(tz).strftime("%H:%M")
        where = {0: "current shift", -1: "previous shift", 1: "next shift"}.get(
            self.step, f"{self.step:+d} shifts"
        )
        self.set_title(
            f"1 Roll call · {data.shift.shift.label()} {data.shift.day.isoformat()} ({where})"
            f" · roll-call cut-off {cut_off} · shift start {start}"
        )
        self.set_summary(f"rostered {len(data.roster)}")
        self.set_rows(
            [
                (
                    ln.person.staff_no,
                    ln.person.name,
                    ln.person.role,
                    ln.person.grade,
                    ln.seat or "—",
                    "expected",
                )
                for ln in data.roster
            ]
        )

    def action_step_shift(self, delta: int) -> None:
        self.step += delta
        self.reload()
