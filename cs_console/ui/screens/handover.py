"""Screen 5: the handover between the outgoing and the incoming squad leader (HO-06/HO-07)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from cs_console.services.roll_view import staffing_changes
from cs_console.services.shift_view import ShiftOverview, equipment_notes, overview, shift_at
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
        yield Static("", id="handover-equipment")
        yield Static("", id="handover-staffing")
        yield Static(
            "The handover log holds equipment status, difficult problems and staffing changes "
            "(HO-03); the outgoing and the incoming squad leader each sign with time and staff "
            "number (HO-06/HO-07).",
            id="handover-body",
        )

    def fetch(self) -> tuple[ShiftOverview, ShiftOverview, list[str], list[str]]:
        ctx = self.console_app.cs
        current = shift_at(ctx, 0)
        changes = staffing_changes(ctx, current) if current else []
        outages = equipment_notes(ctx, current) if current else []
        return overview(ctx, current), overview(ctx, shift_at(ctx, 1)), changes, outages

    def show(self, data: tuple[ShiftOverview, ShiftOverview, list[str], list[str]]) -> None:
        outgoing, incoming, changes, outages = data
        self.query_one("#handover-equipment", Static).update(
            "Equipment status (faults and outages)\n"
            + ("\n".join(f"  {o}" for o in outages) or "  none")
        )
        self.query_one("#handover-parties", Static).update(
            f"Outgoing  {_leader(outgoing)}\nIncoming  {_leader(incoming)}"
        )
        self.query_one("#handover-staffing", Static).update(
            "Staffing changes (from the roll call)\n"
            + ("\n".join(f"  {c}" for c in changes) or "  none")
        )
