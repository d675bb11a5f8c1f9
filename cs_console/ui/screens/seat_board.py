"""Screen 2: the seats of the floor and who sits where on the current shift."""

from __future__ import annotations

from collections import Counter

from cs_console.domain.records import SeatInfo
from cs_console.services.shift_view import seats
from cs_console.ui.screens.base import TableScreen


class SeatBoardScreen(TableScreen):
    TITLE_TEXT = "2 Seat board"
    COLUMNS = (
        ("Seat", 5),
        ("Zone", 5),
        ("Row", 3),
        ("Col", 3),
        ("Ext", 6),
        ("Staff no", 8),
        ("Name", 16),
    )

    def fetch(self) -> list[SeatInfo]:
        return seats(self.console_app.cs)

    def show(self, data: list[SeatInfo]) -> None:
        taken = Counter(s.zone for s in data if s.occupant)
        total = Counter(s.zone for s in data)
        zones = " · ".join(f"zone {z}: {taken[z]}/{total[z]} taken" for z in sorted(total))
        self.set_summary(f"{len(data)} seats · {zones}")
        self.set_rows(
            [
                (
                    s.code,
                    s.zone,
                    str(s.row),
                    str(s.col),
                    s.extension,
                    s.occupant.staff_no if s.occupant else "",
                    s.occupant.name if s.occupant else "",
                )
                for s in data
            ]
        )
