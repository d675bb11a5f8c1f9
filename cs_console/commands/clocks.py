"""Clock verbs: complaint, event, report, clocks (CP-01…CP-03, D-07); a dispatch stops a
complaint's clock and is a ticket verb (commands/tickets.py)."""

from __future__ import annotations

from cs_console.commands.intents import Report
from cs_console.commands.parsing import instant, options
from cs_console.commands.registry import handles, verb
from cs_console.domain.errors import UserError, usage
from cs_console.domain.escalation import format_left, kind_word
from cs_console.domain.text import one_line
from cs_console.domain.tickets import TicketRef
from cs_console.i18n import N_, _
from cs_console.services import clocks, complaint_rulings
from cs_console.services.context import Context
from cs_console.services.shift_view import running_clocks


@verb(
    "complaint SUMMARY… [phone NUMBER] [name NAME] [agent STAFF] [at TIME] [reason TEXT…]",
    N_("a complaint T-n with its {dispatch}-minute dispatch clock (CP-01)"),
    1,
)
def _complaint(ctx: Context, args: tuple[str, ...]) -> str:
    reportable = args[-1].lower() == "report" and len(args) > 1
    summary, opts = options(
        args[:-1] if reportable else args, {"phone", "name", "agent", "at", "reason"}
    )
    at = instant(ctx, opts["at"]) if "at" in opts else None
    return clocks.open_complaint(
        ctx,
        " ".join(summary),
        opts.get("phone", ""),
        opts.get("name", ""),
        opts.get("agent"),
        at,
        opts.get("reason", ""),
        reportable,
    )


@verb(
    "event [outage] SUMMARY… [at TIME] [reason TEXT…]",
    N_("a reportable event E-n with its {report}-minute report clock (CP-02)"),
    1,
)
def _event(ctx: Context, args: tuple[str, ...]) -> str:
    outage = args[0].lower() == "outage"
    summary, opts = options(args, {"at", "reason"})
    at = instant(ctx, opts["at"]) if "at" in opts else None
    return clocks.open_event(ctx, " ".join(summary), at, opts.get("reason", ""), outage)


@verb(
    "report E-n|T-n TO… [via phone|person]",
    N_("reported to the duty manager: stops the report clock (CP-02)"),
    2,
)
def _report(ctx: Context, args: tuple[str, ...]) -> str:
    ref, *rest = args
    via = "phone"
    if len(rest) >= 2 and rest[-2].lower() == "via":
        via = rest[-1].lower()
        rest = rest[:-2]
    return report(ctx, Report(ref, " ".join(rest), via))


@handles(Report)
def report(ctx: Context, i: Report) -> str:
    if i.via.lower() not in ("phone", "person"):
        raise UserError(_("Report via phone or person."))
    if not i.to.strip():
        raise usage("report E-n|T-n TO… [via phone|person]")
    return clocks.report(ctx, i.ref, i.to, i.via.lower())


@verb("clocks", N_("one line per running clock: time left and band"), 0, 0, lines=True)
def _clocks(ctx: Context, args: tuple[str, ...]) -> str:
    now = ctx.now()
    rules = ctx.settings.rules.clocks
    lines = []
    for c in running_clocks(ctx):
        band = rules.band(c, now)
        pts = _(" · {points} pts").format(points=band.points) if band.points else ""
        lines.append(
            f"{c.ref} {kind_word(c.kind)} {format_left(c.deadline, now)} {band.said()}{pts} · "
            + one_line(c.summary)
        )
    return "\n".join(lines) or _("no clocks running")


@verb("invalid T-n REASON…", N_("a supervisor rules a complaint invalid: not counted (CP-07)"), 2)
def _invalid(ctx: Context, args: tuple[str, ...]) -> str:
    return complaint_rulings.rule_invalid(ctx, TicketRef.parse(args[0]).number, " ".join(args[1:]))
