"""The printed handover summary (HO-06, RP-02, D-10, D-12): its facts are read here, and
``printing`` lays them out."""

from __future__ import annotations

from collections import Counter

from cs_console.domain.attendance import roll_counts
from cs_console.domain.errors import UserError
from cs_console.domain.shifts import ShiftInstance, next_shift, shift_instance
from cs_console.domain.summary import Summary
from cs_console.domain.timeparse import parse_date
from cs_console.i18n import _, pgettext
from cs_console.printing.handover_summary import HandoverFacts, handover_summary
from cs_console.services.context import Context
from cs_console.services.handover_logs import handed_over
from cs_console.services.handover_view import view
from cs_console.services.integrity import chain_head
from cs_console.services.roll_view import roll_call
from cs_console.services.seat_board import board
from cs_console.services.shift_view import overview, running_clocks
from cs_console.services.stats import shift_stats
from cs_console.store import repos

LISTED_TICKETS = 40


def shift_of(ctx: Context, ref: str | None) -> ShiftInstance:
    """``DATE/CODE``, or by default the log being handed over (as screen 5 shows it)."""
    settings = ctx.settings
    if ref:
        day, _sep, code = ref.partition("/")
        if not code:
            raise UserError(
                _("Give the shift as DATE/CODE, e.g. 2026-11-23/D, not '{ref}'.").format(ref=ref)
            )
        return shift_instance(settings.shift(code), parse_date(day), settings.tz)
    with ctx.reading() as session:
        return handed_over(ctx, session)[0]


def summary(ctx: Context, inst: ShiftInstance) -> Summary:
    """The handover summary of ``inst``: everything it shows, read now and laid out."""
    now = ctx.now()
    tz = ctx.settings.tz
    log = view(ctx, inst)
    head = chain_head(ctx)
    following = next_shift(ctx.settings.shift_list, inst, tz)
    signers = (log.out_staff_no, log.in_staff_no, log.closedown.signed_by if log.closedown else "")
    with ctx.reading() as session:
        names = {
            no: row.name
            for no in signers
            if no and (row := repos.staff_row(session, no)) is not None
        }
        tickets = repos.open_tickets(session, LISTED_TICKETS)
        open_count = repos.count_open_tickets(session)
        visits = repos.visits_due(session, LISTED_TICKETS)
        printer = repos.staff_row(session, ctx.actor) if ctx.actor else None
    stats = shift_stats(ctx, inst)
    facts = HandoverFacts(
        centre=ctx.settings.centre_name,
        tz=tz,
        now=now,
        log=log,
        following=following,
        chain_head=head.text() if head.seq else pgettext("chain", "empty"),
        names=names,
        out_rostered=overview(ctx, inst).leader,
        in_rostered=overview(ctx, following).leader,
        roll_counts=roll_counts(roll_call(ctx, inst).states(min(now, inst.end))),
        seat_states=dict(Counter(cell.state for cell in board(ctx).cells)),
        statistics=tuple(stats.lines()[1:]),
        charts=tuple(stats.charts()),
        clocks=tuple(running_clocks(ctx)),
        tickets=tuple(tickets),
        open_count=open_count,
        visits=tuple(visits),
        printed_by=ctx.audit_actor,
        printer_name=printer.name if printer else "",
    )
    return handover_summary(facts)
