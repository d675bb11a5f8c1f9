"""Screen 5: the handover between the outgoing and the incoming squad leader (HO-06/HO-07)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from cs_console.services.shift_view import ShiftOverview, overview, shift_at
from cs_console.ui.screens.base import ConsoleScreen


def _leader(view: ShiftOverview) -> str:
    if view.shift is None:
        return "no shift"
    who = (
        f"{view.leader.staff_no} {view.leader.name}" if view.leader else "no squad leader rostered"
    )
    return f"{view.shift.shift.label()} {view.shift.day.isoformat()}: {who}"


class HandoverScreen(ConsoleScreen):
    CSS_PATH = "handover.tcss"
    TITLE_TEXT = "5 Handover"

    def compose_body(self) -> ComposeResult:
        yield Static("", id="handover-parties")
        yield Static(
            "The handover log holds equipment status, difficult problems and staffing changes "
            "(HO-03); the outgoing and the incoming squad leader each sign with time and staff "
            "number (HO-06/HO-07).",
            id="handover-body",
        )

    def fetch(self) -> tuple[ShiftOverview, ShiftOverview]:
        ctx = self.console_app.cs
        return overview(ctx, shift_at(ctx, 0)), overview(ctx, shift_at(ctx, 1))

    def show(self, data: tuple[ShiftOverview, ShiftOverview]) -> None:
        outgoing, incoming = data
        self.query_one("#handover-parties", Static).update(
            f"Outgoing  {_leader(outgoing)}\nIncoming  {_leader(incoming)}"
        )
