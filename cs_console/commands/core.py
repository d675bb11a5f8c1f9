"""The foundation verbs: help, status, show."""

from __future__ import annotations

import re

from cs_console.commands.registry import verb, verbs
from cs_console.domain.cells import cell_len, pad
from cs_console.domain.errors import NotFound
from cs_console.i18n import N_, _
from cs_console.services import lookup, reminders
from cs_console.services.context import Context
from cs_console.services.shift_view import status_line

TICKET_REF = re.compile(r"[Tt]-([0-9]{1,18})")  # (longer is no id: not found, never a fault)
EVENT_REF = re.compile(r"[Ee]-([0-9]{1,18})")


@verb("help", N_("list every command with its syntax"), max_args=0, lines=True)
def _help(ctx: Context, args: tuple[str, ...]) -> str:
    heads = [(v.shown(), v) for v in verbs()]
    width = max(cell_len(head) for head, _v in heads)
    rules = ctx.settings.rules
    return "\n".join(f"{pad(head, width)}  {v.describe(rules)}" for head, v in heads)


@verb("status", N_("one-line summary of the current shift"), max_args=0)
def _status(ctx: Context, args: tuple[str, ...]) -> str:
    return status_line(ctx)


@verb(
    "show STAFF_NO|SEAT|ID",
    N_("one line about a person, a seat, a ticket (T-n) or an event (E-n)"),
    1,
    1,
)
def _show(ctx: Context, args: tuple[str, ...]) -> str:
    key = args[0]
    match = TICKET_REF.fullmatch(key)
    if match:
        return lookup.describe_ticket(ctx, int(match.group(1)))
    match = EVENT_REF.fullmatch(key)
    if match:
        return lookup.describe_event(ctx, int(match.group(1)))
    for describe in (lookup.describe_staff, lookup.describe_seat):
        found = describe(ctx, key)
        if found is not None:
            return found
    raise NotFound(_("No staff number, seat or ticket is called '{key}'.").format(key=key))


@verb(
    "reminders",
    N_("every report due in the next 7 days, soonest first (RP, RV-04, MT-06)"),
    0,
    0,
    lines=True,
)
def _reminders(ctx: Context, args: tuple[str, ...]) -> str:
    return reminders.listing(ctx.settings, ctx.now())
