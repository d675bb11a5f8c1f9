"""Alert verbs: alerts (the open ones), ack-alert."""

from __future__ import annotations

from cs_console.commands.intents import AckAlert
from cs_console.commands.registry import handles, verb
from cs_console.i18n import N_, _
from cs_console.services.alerts import ack_alert, open_alerts, parse_number
from cs_console.services.context import Context


@verb("alerts", N_("the open alerts, oldest first"), max_args=0, lines=True)
def _alerts(ctx: Context, args: tuple[str, ...]) -> str:
    tz = ctx.settings.tz
    lines = [f"A-{a.id} {a.raised_at.astimezone(tz):%H:%M} {a.text}" for a in open_alerts(ctx)]
    return "\n".join(lines) or _("No open alerts.")


@verb("ack-alert N", N_("acknowledge an alert: it stops ringing"), 1, 1)
def _ack(ctx: Context, args: tuple[str, ...]) -> str:
    return ack(ctx, AckAlert(parse_number(args[0])))


@handles(AckAlert)
def ack(ctx: Context, i: AckAlert) -> str:
    return ack_alert(ctx, i.number)
