"""Seat-board verbs: seat, free, state, away, back, fault, fixed, signout.

Each verb's words become the intent the seat board builds from its keys and forms; one handler
runs both (convention 13)."""

from __future__ import annotations

from dataclasses import replace

from cs_console.commands.intents_seats import (
    Away,
    Back,
    Fault,
    Fixed,
    FreeSeat,
    SeatPerson,
    SetState,
    SignOut,
)
from cs_console.commands.registry import handles, verb, with_staffing
from cs_console.domain.errors import Ask, usage
from cs_console.domain.seats import SeatState, parse_state
from cs_console.i18n import N_
from cs_console.services import seat_actions
from cs_console.services.context import Context


@verb(
    "seat SEAT STAFF [cover]",
    N_(
        "assign or move a person to a seat for this shift; cover: the seat of someone not arrived "
        "(ST-05)"
    ),
    2,
    3,
)
def _seat(ctx: Context, args: tuple[str, ...]) -> str:
    if len(args) == 3 and args[2].lower() != "cover":
        raise usage("seat SEAT STAFF [cover]")
    return seat(ctx, SeatPerson(args[0], args[1], cover=len(args) == 3))


@handles(SeatPerson)
def seat(ctx: Context, i: SeatPerson) -> str:
    try:
        return seat_actions.assign(ctx, i.seat, i.staff, cover=i.cover)
    except Ask as ask:  # the seat's holder has not arrived: yes seats them as cover (ST-05)
        ask.intent = replace(i, cover=True)
        raise


@verb("free SEAT", N_("release a seat for this shift"), 1, 1)
def _free(ctx: Context, args: tuple[str, ...]) -> str:
    return free(ctx, FreeSeat(args[0]))


@handles(FreeSeat)
def free(ctx: Context, i: FreeSeat) -> str:
    return seat_actions.free(ctx, i.seat)


@verb("state STAFF ready|call|acw|break|away|out", N_("a person's seat state (ST-04)"), 2, 2)
def _state(ctx: Context, args: tuple[str, ...]) -> str:
    return state(ctx, SetState(args[0], args[1]))


@handles(SetState)
def state(ctx: Context, i: SetState) -> str:
    chosen = parse_state(i.state)
    if chosen is SeatState.OUT:
        return seat_actions.sign_out(ctx, i.staff)
    text = seat_actions.set_state(ctx, i.staff, chosen, approved=chosen is SeatState.BREAK)
    return with_staffing(ctx, text) if chosen is SeatState.BREAK else text


@verb(
    "away STAFF [approved]", N_("leaves the seat: an unreported away starts its clock (D-06)"), 1, 2
)
def _away(ctx: Context, args: tuple[str, ...]) -> str:
    if len(args) == 2 and args[1].lower() != "approved":
        raise usage("away STAFF [approved]")
    return away(ctx, Away(args[0], approved=len(args) == 2))


@handles(Away)
def away(ctx: Context, i: Away) -> str:
    if i.approved:
        text = seat_actions.set_state(ctx, i.staff, SeatState.BREAK, approved=True)
        return with_staffing(ctx, text)
    return seat_actions.set_state(ctx, i.staff, SeatState.AWAY)


@verb(
    "back STAFF", N_("back at the seat: prints the away time and any points (RC-08, RC-07)"), 1, 1
)
def _back(ctx: Context, args: tuple[str, ...]) -> str:
    return back(ctx, Back(args[0]))


@handles(Back)
def back(ctx: Context, i: Back) -> str:
    return seat_actions.set_state(ctx, i.staff, SeatState.READY)


@verb("fault SEAT headset|pc|phone|other NOTE…", N_("faulty equipment on a seat"), 2)
def _fault(ctx: Context, args: tuple[str, ...]) -> str:
    return fault(ctx, Fault(args[0], args[1], " ".join(args[2:])))


@handles(Fault)
def fault(ctx: Context, i: Fault) -> str:
    return seat_actions.fault(ctx, i.seat, i.kind.lower(), i.note)


@verb("fixed SEAT [NOTE…]", N_("the seat's equipment works again"), 1)
def _fixed(ctx: Context, args: tuple[str, ...]) -> str:
    return fixed(ctx, Fixed(args[0], " ".join(args[1:])))


@handles(Fixed)
def fixed(ctx: Context, i: Fixed) -> str:
    return seat_actions.fixed(ctx, i.seat, i.note)


@verb(
    "signout STAFF",
    N_("the outgoing person leaves the seat (refused while the incoming one is missing, HO-02)"),
    1,
    1,
)
def _signout(ctx: Context, args: tuple[str, ...]) -> str:
    return signout(ctx, SignOut(args[0]))


@handles(SignOut)
def signout(ctx: Context, i: SignOut) -> str:
    return with_staffing(ctx, seat_actions.sign_out(ctx, i.staff))
