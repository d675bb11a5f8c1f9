"""The reports due in the next days (RP-01, RP-04…RP-07, RV-04, MT-06), for the header,
``status`` and ``reminders``."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from cs_console.domain.reports import Reminder, reminders_within, time_left
from cs_console.domain.roll_words import role_word
from cs_console.i18n import _, ngettext, week_time_text

if TYPE_CHECKING:  # the header imports this module before the first frame: no pydantic yet
    from cs_console.config import Settings

DAYS_AHEAD = 7


def due_soon(settings: Settings, now: datetime) -> list[Reminder]:
    """Every reminder due from ``now`` to 7 days later, soonest first."""
    return reminders_within(
        now, settings.tz, DAYS_AHEAD, settings.holidays, settings.month.to_domain()
    )


def when(settings: Settings, reminder: Reminder, now: datetime) -> str:
    """'by Mon 11-23 18:00 (1d 8h)', in the language."""
    return _("by {when} ({left})").format(
        when=week_time_text(reminder.due, settings.tz), left=time_left(reminder.due, now, _)
    )


def nearest_and_count(settings: Settings, now: datetime) -> str:
    """The end of ``status``: ' · next report RV-04 by … · 3 reports due' (empty when none)."""
    due = due_soon(settings, now)
    if not due:
        return ""
    count = ngettext("{count} report due", "{count} reports due", len(due)).format(count=len(due))
    return _(" · next report {rule} {when} · {count}").format(
        rule=due[0].rule, when=when(settings, due[0], now), count=count
    )


def listing(settings: Settings, now: datetime) -> str:
    """``reminders``: one line per report due in the next 7 days."""
    lines = [
        f"{r.rule} {_(r.title)} · {role_word(r.owner) if r.owner else '—'} · "
        + when(settings, r, now)
        for r in due_soon(settings, now)
    ]
    return "\n".join(lines) or _("no report due in the next {DAYS_AHEAD} days").format(
        DAYS_AHEAD=DAYS_AHEAD
    )
