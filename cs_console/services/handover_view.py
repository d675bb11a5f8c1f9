"""What screen 5 and the printed summary show of a handover log (D-10): its sections, the items
it carried on with their acknowledgements, the close-down, and whether its signed rows still
match the chain."""

from __future__ import annotations

import json
from dataclasses import dataclass

from cs_console.domain.escalation import left_words
from cs_console.domain.handover_log import LogView
from cs_console.domain.shifts import ShiftInstance
from cs_console.services import closedown, handover_chain
from cs_console.services.context import Context
from cs_console.services.handover_chain import ChainHead
from cs_console.services.handover_items import as_shown, handed
from cs_console.services.handover_logs import entries, following, handed_over, log_of
from cs_console.services.roll_view import staffing_changes
from cs_console.services.shift_view import equipment_notes, running_clocks
from cs_console.store import repos


@dataclass(frozen=True)
class HandoverDesk:
    """Screen 5: the log being handed over, where others' notes go, and the chain head."""

    log: LogView
    due: ShiftInstance | None
    head: ChainHead


def facts(ctx: Context, inst: ShiftInstance) -> dict[str, list[str]]:
    """What the console already knows, drafted for the leader to confirm (D-10)."""
    now = ctx.now()
    tz = ctx.settings.tz
    clocks = [
        f"{c.ref} {c.kind} clock, {left_words(c.deadline, now)}, due "
        f"{c.deadline.astimezone(tz):%H:%M} · {c.summary}"
        for c in running_clocks(ctx)
    ]
    with ctx.reading() as session:
        open_tickets = repos.count_open_tickets(session)
    return {
        "equipment": equipment_notes(ctx, inst),
        "staffing": staffing_changes(ctx, inst),
        "clocks": clocks,
        "tickets": [f"{open_tickets} tickets open"],
    }


def view(ctx: Context, inst: ShiftInstance) -> LogView:
    nxt = following(ctx, inst).key
    with ctx.reading() as session:
        log = log_of(session, inst)
        rows = entries(session, log.id) if log and log.id else []
        carried = as_shown(session, handed(session, log.id)) if log and log.id else ()
        check = closedown.state(ctx, session, log) if closedown.needed(ctx, inst) else None
        matches = log is None or log.status != "signed" or handover_chain.log_matches(session, log)
    shown = tuple((e.id or 0, e.section, e.kind, e.text, e.author, e.at,
                   e.acked_by) for e in rows)  # fmt: skip
    drafted = json.loads(log.content)["facts"] if log and log.content else facts(ctx, inst)
    if log is None:
        return LogView(inst, "draft", "", None, "", None, None, "", shown, drafted,
                       next_key=nxt, closedown=check)  # fmt: skip
    return LogView(
        inst,
        log.status,
        log.out_staff_no,
        log.out_signed_at,
        log.in_staff_no,
        log.in_signed_at,
        log.seq,
        log.fingerprint,
        shown,
        drafted,
        log.version,
        carried,
        nxt,
        check,
        matches,
    )


def desk(ctx: Context) -> HandoverDesk:
    with ctx.reading() as session:
        inst, due = handed_over(ctx, session)
        head = handover_chain.head(session)
    return HandoverDesk(view(ctx, inst), due, head)
