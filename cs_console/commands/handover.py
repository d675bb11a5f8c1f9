"""Handover verbs: note, ack, sign outgoing|incoming, closedown, addendum, blame, print (HO-03,
HO-06, HO-08, HO-15/HO-16, D-10)."""

from __future__ import annotations

from cs_console.commands.intents import (
    AckItem,
    Addendum,
    CloseDownSign,
    CloseDownTick,
    Note,
    PrintSummary,
    Sign,
)
from cs_console.commands.registry import handles, verb
from cs_console.domain.errors import UserError, usage
from cs_console.domain.handover import SECTIONS
from cs_console.i18n import N_, _
from cs_console.services import closedown, handover, handover_blame, handover_print
from cs_console.services.context import Context
from cs_console.services.handover_summary import shift_of


@verb(
    f"note {'|'.join(SECTIONS)} TEXT…",
    N_(
        "an entry in the handover log: the outgoing leader's own unsigned log, else the shift due's"
    ),
    2,
)
def _note(ctx: Context, args: tuple[str, ...]) -> str:
    return note(ctx, Note(args[0], " ".join(args[1:])))


@handles(Note)
def note(ctx: Context, i: Note) -> str:
    return handover.note(ctx, i.section, i.text)


@verb(
    "ack ITEM|all",
    N_("the incoming leader acknowledges an item the log being handed over carried (#n), or all"),
    1,
    1,
)
def _ack(ctx: Context, args: tuple[str, ...]) -> str:
    if args[0].lower() == "all":
        return ack(ctx, AckItem(None))
    number = args[0].lstrip("#")
    if not number.isdigit():
        raise UserError(_("'{word}' is not an item number such as #12.").format(word=args[0]))
    return ack(ctx, AckItem(int(number)))


@handles(AckItem)
def ack(ctx: Context, i: AckItem) -> str:
    return handover.ack_all(ctx) if i.item is None else handover.ack(ctx, i.item)


@verb("sign outgoing|incoming", N_("sign the handover log with staff number, time and PIN"), 1, 1)
def _sign(ctx: Context, args: tuple[str, ...]) -> str:
    return sign(ctx, Sign(args[0]))


@handles(Sign)
def sign(ctx: Context, i: Sign) -> str:
    side = i.side.lower()
    if side == "outgoing":
        return handover.sign_outgoing(ctx)
    if side == "incoming":
        return handover.sign_incoming(ctx)
    raise usage("sign outgoing|incoming")


def _closedown_access(ctx: Context, args: tuple[str, ...]) -> tuple[str, None]:
    """Signing the close-down is the squad leader's, as signing the log is (D-10)."""
    return ("closedown.sign" if args[0].lower() == "sign" else "closedown"), None


@verb(
    "closedown tick ITEM|sign",
    N_(
        "the close-down checklist when nobody takes over (HO-15/HO-16): tick an item, or sign it "
        "with the PIN"
    ),
    1,
    2,
    access=_closedown_access,
)
def _closedown(ctx: Context, args: tuple[str, ...]) -> str:
    action = args[0].lower()
    if action == "tick" and len(args) == 2:
        return closedown_tick(ctx, CloseDownTick(args[1]))
    if action == "sign" and len(args) == 1:
        return closedown_sign(ctx, CloseDownSign())
    raise usage("closedown tick ITEM|sign")


@handles(CloseDownTick)
def closedown_tick(ctx: Context, i: CloseDownTick) -> str:
    return closedown.tick(ctx, i.item)


@handles(CloseDownSign)
def closedown_sign(ctx: Context, i: CloseDownSign) -> str:
    return closedown.sign(ctx)


@verb("addendum TEXT…", N_("a correction to the last signed log, with author and time"), 1)
def _addendum(ctx: Context, args: tuple[str, ...]) -> str:
    return addendum(ctx, Addendum(" ".join(args)))


@handles(Addendum)
def addendum(ctx: Context, i: Addendum) -> str:
    return handover.addendum(ctx, i.text)


@verb(
    "blame INCIDENT omitted|mis-handed|mis-received [ITEM]",
    N_(
        "attribute a problem (T-n, E-n) to the outgoing or incoming leader of the last signed "
        "log, or of the log holding item #n (HO-08)"
    ),
    2,
    3,
)
def _blame(ctx: Context, args: tuple[str, ...]) -> str:
    item = None
    if len(args) == 3:
        number = args[2].lstrip("#")
        if not number.isdigit():
            raise UserError(_("'{word}' is not an item number such as #12.").format(word=args[2]))
        item = int(number)
    return handover_blame.blame(ctx, args[0], args[1], item)


@verb(
    "print [DATE/CODE]",
    N_("print the handover summary on the default printer (default: the log being handed over)"),
    0,
    1,
)
def _print(ctx: Context, args: tuple[str, ...]) -> str:
    return print_summary(ctx, PrintSummary(args[0] if args else None))


@handles(PrintSummary)
def print_summary(ctx: Context, i: PrintSummary) -> str:
    return handover_print.send_to_printer(ctx, shift_of(ctx, i.shift))
