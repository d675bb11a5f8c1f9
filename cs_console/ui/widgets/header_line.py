"""The top line of every screen: centre, shift, leader on duty, who is signed in, the clock."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from rich.cells import cell_len
from textual.content import Content
from textual.widgets import Static

from cs_console.domain.reports import Reminder, time_left
from cs_console.domain.text import one_line
from cs_console.i18n import _, date_text, instant_text, week_time_text

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
    width: int | None = None,
) -> str:
    """Two lines: centre, shift, leader, who is signed in, the clock; then one of the reports
    due in the next 7 days, each in turn for ``ROTATE_SECONDS`` so that none hides another
    (RP-01), or a ``warning`` in its place (the database out of reach). In ``width`` cells
    the centre goes first, then the shift's date: who acts and the time always show."""
    rule = " | " if plain else " │ "
    day = ""
    if view is None:
        shift, leader = "…", "…"
    elif view.shift is None:
        shift, leader = _("no shift at this hour"), "—"
    else:
        shift, day = view.shift.shift.label(), f" ({date_text(view.shift.day)})"
        leader = f"{view.leader.staff_no} {view.leader.name}" if view.leader else _("none rostered")
    leader = _("leader {leader}").format(leader=leader)
    clock = instant_text(now, tz)
    ways = (
        (centre, shift + day, leader, signed_in, clock),
        (shift + day, leader, signed_in, clock),
        (shift, leader, signed_in, clock),
    )
    line = next(
        (rule.join(w) for w in ways if width is None or cell_len(rule.join(w)) <= width),
        rule.join(ways[-1]),
    )
    if warning:
        mark = "!" if plain else "⚠"
        return line + f"\n{mark} {warning}"
    first = one_line(line)
    if not due_soon:
        return f"{first}\n" + _("no report due in the next 7 days")
    local = now.astimezone(tz)
    due = due_soon[(local.minute * 60 + local.second) // ROTATE_SECONDS % len(due_soon)]
    overdue = time_left(due.due, now) == "overdue"
    text = _("next report: {rule} {title} by {when} ({left})").format(
        rule=due.rule, title=_(due.title), when=week_time_text(due.due, tz),
        left=time_left(due.due, now, _),
    )  # fmt: skip
    return f"{first}\n" + (_("OVERDUE {report}").format(report=text) if overdue else text)


class HeaderLine(Static):
    """Refreshed by the app's one-second tick; shows its text as written, never as markup."""

    def show(self, text: str) -> None:
        self.update(Content(text), layout=False)  # a fixed height: redrawn in place
