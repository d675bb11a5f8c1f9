"""Clock verbs: complaint, event, dispatch, report, clocks (CP-01…CP-03, D-07)."""

from __future__ import annotations

import re

from cs_console.domain.errors import UserError, usage
from cs_console.domain.escalation import band_now, format_left, kind_word
from cs_console.domain.text import one_line
from cs_console.i18n import N_, _
from cs_console.services import clocks
from cs_console.services.commands import handles, verb
from cs_console.services.context import Context
from cs_console.services.intents import Dispatch, Report
from cs_console.services.shift_view import running_clocks
from cs_console.services.verbs_attendance import TIME_LIKE, _instant, _ref

VALUE_FORMS = {
    "phone": re.compile(r"\+?[\d][\d-]{4,}"),
    "agent": re.compile(r"\d+"),
    "at": TIME_LIKE,
    "name": re.compile(r".+"),
}


def _options(words: tuple[str, ...], allowed: set[str]) -> tuple[list[str], dict[str, str]]:
    """Summary words up to the first keyword with a valid value; ``reason`` takes the rest."""
    summary: list[str] = []
    options: dict[str, str] = {}
    i = 0
    while i < len(words):
        word = words[i].lower()
        if word == "reason" and "reason" in allowed and i + 1 < len(words):
            options["reason"] = " ".join(words[i + 1 :])
            break
        form = VALUE_FORMS.get(word)
        if word in allowed and form and i + 1 < len(words) and form.fullmatch(words[i + 1]):
            options[word] = words[i + 1]
            i += 2
            continue
        if options:
            raise UserError(
                _("Unexpected '{words}' after the options; quote the summary.").format(
                    words=words[i]
                )
            )
        summary.append(words[i])
        i += 1
    if not summary:
        raise UserError(_("A summary is needed."))
    return summary, options


@verb(
    "complaint SUMMARY… [phone NUMBER] [name NAME] [agent STAFF] [at TIME] [reason TEXT…]",
    N_("a complaint T-n with its {dispatch}-minute dispatch clock (CP-01)"),
    1,
)
def _complaint(ctx: Context, args: tuple[str, ...]) -> str:
    reportable = args[-1].lower() == "report" and len(args) > 1
    summary, opts = _options(
        args[:-1] if reportable else args, {"phone", "name", "agent", "at", "reason"}
    )
    at = _instant(ctx, opts["at"]) if "at" in opts else None
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
    summary, opts = _options(args, {"at", "reason"})
    at = _instant(ctx, opts["at"]) if "at" in opts else None
    return clocks.open_event(ctx, " ".join(summary), at, opts.get("reason", ""), outage)


def _dispatch_access(ctx: Context, args: tuple[str, ...]) -> tuple[str, None]:
    """Only the squad leader routes to a back office (TK-01, TK-02)."""
    back_office = args[1].lower() in ctx.settings.team_codes()
    return ("dispatch.back_office" if back_office else "dispatch"), None


@verb(
    "dispatch T-n TARGET",
    N_("dispatch a ticket (staff number, leader, tsc, woc, duty, visits)"),
    2,
    2,
    access=_dispatch_access,
)
def _dispatch(ctx: Context, args: tuple[str, ...]) -> str:
    return dispatch(ctx, Dispatch(args[0], args[1]))


@handles(Dispatch)
def dispatch(ctx: Context, i: Dispatch) -> str:
    return clocks.dispatch(ctx, _ref(i.ref, "T"), i.target)


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
    rules = ctx.settings.rules
    lines = []
    for c in running_clocks(ctx):
        band = band_now(c, now, rules.warn_at_minutes, rules.band_pairs)
        pts = _(" · {points} pts").format(points=band.points) if band.points else ""
        lines.append(
            f"{c.ref} {kind_word(c.kind)} {format_left(c.deadline, now)} {band.said()}{pts} · "
            + one_line(c.summary)
        )
    return "\n".join(lines) or _("no clocks running")
