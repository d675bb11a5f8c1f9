"""Screen 3: the pending tickets, most urgent first (a window of the indexed queue query)."""

from __future__ import annotations

from datetime import datetime

from cs_console.domain.records import TicketLine
from cs_console.services.shift_view import open_tickets
from cs_console.ui.screens.base import TableScreen

WINDOW = 200


def age(since: datetime, now: datetime) -> str:
    minutes = int((now - since).total_seconds() // 60)
    if minutes < 60:
        return f"{minutes}m"
    if minutes < 48 * 60:
        return f"{minutes // 60}h{minutes % 60:02d}"
    return f"{minutes // 1440}d"


class TicketQueueScreen(TableScreen):
    TITLE_TEXT = "3 Ticket queue · pending, most urgent first"
    COLUMNS = (
        ("Id", 8),
        ("Age", 6),
        ("Category", 12),
        ("Summary", 24),
        ("Customer", 9),
        ("Phone", 14),
        ("Agent", 6),
        ("Target", 8),
        ("State", 12),
    )

    def fetch(self) -> list[TicketLine]:
        return open_tickets(self.console_app.cs, limit=WINDOW)

    def show(self, data: list[TicketLine]) -> None:
        now = self.console_app.cs.now()
        self.set_summary(f"{len(data)} pending shown (window of {WINDOW})")
        self.set_rows(
            [
                (
                    t.ref,
                    age(t.accepted_at, now),
                    t.category,
                    t.summary,
                    t.customer,
                    t.phone,
                    t.first_agent,
                    t.target or "—",
                    t.state,
                )
                for t in data
            ]
        )
