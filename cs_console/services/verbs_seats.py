"""Seat-board verbs: seat, free, state, away, back, fault, fixed, signout."""

from __future__ import annotations

from cs_console.domain.errors import UserError
from cs_console.domain.seats import SeatState, parse_state
from cs_console.services import seat_actions
from cs_console.services.commands import verb
from cs_console.services.context import Context


@verb(
    "seat SEAT STAFF [cover]",
    "assign or move a person to a seat for this shift; cover: the seat of someone not arrived "
    "(ST-05)",
    2,
    3,
)
def _seat(ctx: Context, args: tuple[str, ...]) -> str:
    if len(args) == 3 and args[2].lower() != "cover":
        raise UserError("Usage: seat SEAT STAFF [cover]")
    return seat_actions.assign(ctx, args[0], args[1], cover=len(args) == 3)


@verb("free SEAT", "release a seat for this shift", 1, 1)
def _free(ctx: Context, args: tuple[str, ...]) -> str:
    return seat_actions.free(ctx, args[0])


@verb("state STAFF ready|call|acw|break|away|out", "a person's seat state (ST-04)", 2, 2)
def _state(ctx: Context, args: tuple[str, ...]) -> str:
    state = parse_state(args[1])
    if state is SeatState.OUT:
        return seat_actions.sign_out(ctx, args[0])
    return seat_actions.set_state(ctx, args[0], state, approved=state is SeatState.BREAK)


@verb("away STAFF [approved]", "leaves the seat: an unreported away starts its clock (D-06)", 1, 2)
def _away(ctx: Context, args: tuple[str, ...]) -> str:
    if len(args) == 2 and args[1].lower() != "approved":
        raise UserError("Usage: away STAFF [approved]")
    if len(args) == 2:
        return seat_actions.set_state(ctx, args[0], SeatState.BREAK, approved=True)
    return seat_actions.set_state(ctx, args[0], SeatState.AWAY)


@verb("back STAFF", "back at the seat: prints the away time and any points (RC-08, RC-07)", 1, 1)
def _back(ctx: Context, args: tuple[str, ...]) -> str:
    return seat_actions.set_state(ctx, args[0], SeatState.READY)


@verb("fault SEAT headset|pc|phone|other NOTE…", "faulty equipment on a seat", 2)
def _fault(ctx: Context, args: tuple[str, ...]) -> str:
    return seat_actions.fault(ctx, args[0], args[1].lower(), " ".join(args[2:]))


@verb("fixed SEAT [NOTE…]", "the seat's equipment works again", 1)
def _fixed(ctx: Context, args: tuple[str, ...]) -> str:
    return seat_actions.fixed(ctx, args[0], " ".join(args[1:]))


@verb(
    "signout STAFF",
    "the outgoing person leaves the seat (refused while the incoming one is missing, HO-02)",
    1,
    1,
)
def _signout(ctx: Context, args: tuple[str, ...]) -> str:
    return seat_actions.sign_out(ctx, args[0])
