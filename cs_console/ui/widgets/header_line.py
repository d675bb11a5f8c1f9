"""The top line of every screen: centre, shift, leader on duty, who is signed in, the clock."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from cs_console.domain.reports import Reminder, time_left
from cs_console.domain.text import one_line
from cs_console.i18n import date_text, instant_text

if TYPE_CHECKING:
    from cs_console.services.shift_view import ShiftOverview

ROTATE_SECONDS = 5


def header_text(
    centre: str,
    view: ShiftOverview | None,
    signed_in: str,
    now: datetime,
    tz: tzinfo,
    due_soon: Sequence[Reminder] = (),
    warning: str = "",
    plain: bool = False,
) -> str:
    """Two lines: centre, shift, leader, who is signed in, the clock; then one of the reports
    due in the next 7 days, each in turn for ``ROTATE_SECONDS`` so that none hides another
    (RP-01), or a ``warning`` in its place (the database out of reach)."""
    rule = " | " if plain else " │ "
    if view is None:
        shift, leader = "…", "…"
    elif view.shift is None:
        shift, leader = "no shift at this hour", "—"
    else:
        shift = f"{view.shift.shift.label()} ({date_text(view.shift.day)})"
        leader = f"{view.leader.staff_no} {view.leader.name}" if view.leader else "none rostered"
    clock = instant_text(now, tz)
    if warning:
        mark = "!" if plain else "⚠"
        return (
            rule.join((centre, shift, f"leader {leader}", signed_in, clock)) + f"\n{mark} {warning}"
        )
    first = one_line(rule.join((centre, shift, f"leader {leader}", signed_in, clock)))
    if not due_soon:
        return f"{first}\nno report due in the next 7 days"
    local = now.astimezone(tz)
    due = due_soon[(local.minute * 60 + local.second) // ROTATE_SECONDS % len(due_soon)]
    left = time_left(due.due, now)
    flag = "OVERDUE " if left == "overdue" else ""
    return (
        f"{first}\n"
        f"{flag}next report: {due.rule} {due.title} by {due.due.astimezone(tz):%a %m-%d %H:%M}"
        f" ({left})"
    )


class HeaderLine(Static):
    """Refreshed by the app's one-second tick; shows its text as written, never as markup."""

    def show(self, text: str) -> None:
        self.update(Content(text), layout=False)  # a fixed height: redrawn in place
