"""Ticket verbs: ticket, accept, dispatch, resolve, reopen, close, visit, kb, transfer
(TK, RV, D-08, D-09)."""

from __future__ import annotations

from cs_console.commands.intents import (
    Accept,
    Close,
    Dispatch,
    KbUpdate,
    NewTicket,
    Reopen,
    Resolve,
    Visit,
)
from cs_console.commands.parsing import instant, options
from cs_console.commands.registry import handles, verb
from cs_console.domain.errors import usage
from cs_console.domain.tickets import TicketRef
from cs_console.i18n import N_
from cs_console.services import tickets, transfers
from cs_console.services.context import Context
from cs_console.services.dispatch import dispatch_ticket


@verb(
    "ticket CATEGORY SUMMARY… [phone N] [name NAME] [agent STAFF] [at TIME]",
    N_(
        "a new ticket T-n (consultation, inquiry, complaint, fault, suggestion, technical, website)"
    ),
    2,
)
def _ticket(ctx: Context, args: tuple[str, ...]) -> str:
    summary, opts = options(args[1:], {"phone", "name", "agent", "at", "reason"})
    at = instant(ctx, opts["at"]) if "at" in opts else None
    intent = NewTicket(
        args[0],
        " ".join(summary),
        opts.get("phone", ""),
        opts.get("name", ""),
        opts.get("agent"),
        at,
        opts.get("reason", ""),
    )
    return new_ticket(ctx, intent)


@handles(NewTicket)
def new_ticket(ctx: Context, i: NewTicket) -> str:
    return tickets.create_ticket(ctx, i.category, i.summary, i.phone, i.name, i.agent, i.at,
                                 i.reason)  # fmt: skip


@verb("accept T-n", N_("the target starts work on a dispatched ticket"), 1, 1)
def _accept(ctx: Context, args: tuple[str, ...]) -> str:
    return accept(ctx, Accept(TicketRef.parse(args[0])))


@handles(Accept)
def accept(ctx: Context, i: Accept) -> str:
    return tickets.accept(ctx, i.ticket.number)


@verb("resolve T-n [NOTE…]", N_("resolved: the 72-hour return visit starts (RV-01)"), 1)
def _resolve(ctx: Context, args: tuple[str, ...]) -> str:
    return resolve(ctx, Resolve(TicketRef.parse(args[0]), " ".join(args[1:])))


@handles(Resolve)
def resolve(ctx: Context, i: Resolve) -> str:
    return tickets.resolve(ctx, i.ticket.number, i.note)


@verb("reopen T-n REASON…", N_("back to work; it can be dispatched again"), 2)
def _reopen(ctx: Context, args: tuple[str, ...]) -> str:
    return reopen(ctx, Reopen(TicketRef.parse(args[0]), " ".join(args[1:])))


@handles(Reopen)
def reopen(ctx: Context, i: Reopen) -> str:
    if not i.reason.strip():
        raise usage("reopen T-n REASON…")
    return tickets.reopen(ctx, i.ticket.number, i.reason)


@verb("close T-n", N_("close a resolved ticket whose return visit is done or validly closed"), 1, 1)
def _close(ctx: Context, args: tuple[str, ...]) -> str:
    return close(ctx, Close(TicketRef.parse(args[0])))


@handles(Close)
def close(ctx: Context, i: Close) -> str:
    return tickets.close(ctx, i.ticket.number)


@verb("visit T-n reached|failed|wrong-number [NOTE…]", N_("a return-visit attempt (D-08)"), 2)
def _visit(ctx: Context, args: tuple[str, ...]) -> str:
    return visit(ctx, Visit(TicketRef.parse(args[0]), args[1], " ".join(args[2:])))


@handles(Visit)
def visit(ctx: Context, i: Visit) -> str:
    return tickets.visit(ctx, i.ticket.number, i.outcome.lower(), i.note)


@verb("kb T-n NOTE…", N_("script and knowledge base updated: closes the follow-up (TK-14)"), 2)
def _kb(ctx: Context, args: tuple[str, ...]) -> str:
    return kb(ctx, KbUpdate(TicketRef.parse(args[0]), " ".join(args[1:])))


@handles(KbUpdate)
def kb(ctx: Context, i: KbUpdate) -> str:
    if not i.note.strip():
        raise usage("kb T-n NOTE…")
    return tickets.kb_update(ctx, i.ticket.number, i.note)


def _transfer_access(ctx: Context, args: tuple[str, ...]) -> tuple[str, None]:
    """Only the squad leader moves a ticket to a back office (D-09)."""
    back_office = args[1].lower() in ctx.settings.team_codes()
    return ("transfer.back_office" if back_office else "transfer"), None


@verb(
    "transfer T-n TARGET REASON…",
    N_(
        "move a dispatched ticket to another agent, the leader desk or a back office (TK-05, TK-07)"
    ),
    2,
    access=_transfer_access,
)
def _transfer(ctx: Context, args: tuple[str, ...]) -> str:
    return transfers.transfer(ctx, TicketRef.parse(args[0]).number, args[1], " ".join(args[2:]))


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
    return dispatch(ctx, Dispatch(TicketRef.parse(args[0]), args[1]))


@handles(Dispatch)
def dispatch(ctx: Context, i: Dispatch) -> str:
    return dispatch_ticket(ctx, i.ticket.number, i.target)
