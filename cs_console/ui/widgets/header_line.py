"""The top line of every screen: centre, shift, leader on duty, who is signed in, the clock."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from cs_console.domain.reports import reminders, time_left
from cs_console.domain.text import one_line
from cs_console.i18n import date_text, instant_text

if TYPE_CHECKING:
    from cs_console.services.shift_view import ShiftOverview


def header_text(
    centre: str,
    view: ShiftOverview | None,
    signed_in: str,
    now: datetime,
    tz: tzinfo,
    warning: str = "",
    plain: bool = False,
) -> str:
    """Two lines: centre, shift, leader, who is signed in, the clock; then the next report due,
    or a ``warning`` in its place (the database out of reach); ``plain``: ASCII separators."""
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
    due = reminders(now, tz)[0]
    left = time_left(due.due, now)
    flag = "OVERDUE " if left == "overdue" else ""
    first = one_line(rule.join((centre, shift, f"leader {leader}", signed_in, clock)))
    return (
        f"{first}\n"
        f"{flag}next report: {due.rule} {due.title} by {due.due.astimezone(tz):%a %m-%d %H:%M}"
        f" ({left})"
    )


class HeaderLine(Static):
    """Refreshed by the app's one-second tick; shows its text as written, never as markup."""

    def show(self, text: str) -> None:
        self.update(Content(text), layout=False)  # a fixed height: redrawn in place
