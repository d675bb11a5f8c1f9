"""Handover verbs: note, ack, sign outgoing|incoming, addendum (HO-03, HO-06, D-10)."""

from __future__ import annotations

from cs_console.domain.errors import UserError
from cs_console.domain.handover import SECTIONS
from cs_console.services import handover
from cs_console.services.commands import verb
from cs_console.services.context import Context


@verb(f"note {'|'.join(SECTIONS)} TEXT…", "an entry in the current shift's handover log", 2)
def _note(ctx: Context, args: tuple[str, ...]) -> str:
    return handover.note(ctx, args[0], " ".join(args[1:]))


@verb("ack ITEM|all", "the incoming leader acknowledges a carried item (#n), or all", 1, 1)
def _ack(ctx: Context, args: tuple[str, ...]) -> str:
    if args[0].lower() == "all":
        return handover.ack_all(ctx)
    number = args[0].lstrip("#")
    if not number.isdigit():
        raise UserError(f"'{args[0]}' is not an item number such as #12.")
    return handover.ack(ctx, int(number))


@verb("sign outgoing|incoming", "sign the handover log with staff number, time and PIN", 1, 1)
def _sign(ctx: Context, args: tuple[str, ...]) -> str:
    side = args[0].lower()
    if side == "outgoing":
        return handover.sign_outgoing(ctx)
    if side == "incoming":
        return handover.sign_incoming(ctx)
    raise UserError("Usage: sign outgoing|incoming")


@verb("addendum TEXT…", "a correction to the last signed log, with author and time", 1)
def _addendum(ctx: Context, args: tuple[str, ...]) -> str:
    return handover.addendum(ctx, " ".join(args))
