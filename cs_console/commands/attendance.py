"""Roll-call verbs: arrivals, call-ins, absences, remarks, leave, swaps and their approvals."""

from __future__ import annotations

from datetime import datetime

from cs_console.commands.intents_attendance import (
    Absent,
    Approve,
    Arrive,
    CallIn,
    LeaveRequest,
    Reject,
    Remark,
    SwapRequest,
)
from cs_console.commands.parsing import TIME_LIKE, instant, ref_number
from cs_console.commands.registry import handles, verb, with_staffing
from cs_console.domain.errors import UserError, usage
from cs_console.domain.leave import LeaveKind
from cs_console.domain.shifts import shift_instance
from cs_console.domain.timeparse import parse_date
from cs_console.i18n import N_, _
from cs_console.services import attendance, leave, swaps
from cs_console.services.context import Context
from cs_console.services.roll_view import roll_call
from cs_console.services.shift_view import roll_call_shift

SWAP_USAGE = "swap STAFF DATE SHIFT with STAFF [return DATE SHIFT]"
APPROVE_USAGE = "approve leave L-n [as ROLE] | approve swap S-n [as manager]"


def _arrival(args: tuple[str, ...]) -> Arrive:
    return Arrive(args[0], args[1] if len(args) > 1 else "")


def _arrival_access(ctx: Context, args: tuple[str, ...]) -> tuple[str, None]:
    return _arrival(args).permission(ctx), None


@verb(
    "arrive STAFF [TIME]",
    N_("mark an arrival; prints the roll-call classification"),
    1,
    2,
    access=_arrival_access,
)
def _arrive(ctx: Context, args: tuple[str, ...]) -> str:
    return arrive(ctx, _arrival(args))


@handles(Arrive)
def arrive(ctx: Context, i: Arrive) -> str:
    return attendance.arrive(ctx, i.staff, _time(ctx, i.at))


def _time(ctx: Context, text: str) -> datetime | None:
    """A time as typed (empty: now)."""
    if not text:
        return None
    if not TIME_LIKE.fullmatch(text):
        raise UserError(
            _("'{text}' is not a time; use HH:MM, HH:MM:SS or YYYY-MM-DDTHH:MM.").format(text=text)
        )
    return instant(ctx, text)


@verb("callin STAFF [TIME] NOTE…", N_("a phone call from someone who will be late (RC-06)"), 2)
def _callin(ctx: Context, args: tuple[str, ...]) -> str:
    at = args[1] if TIME_LIKE.fullmatch(args[1]) else ""
    return callin(ctx, CallIn(args[0], " ".join(args[2 if at else 1 :]), at))


@handles(CallIn)
def callin(ctx: Context, i: CallIn) -> str:
    at = _time(ctx, i.at)
    if not i.note.strip():
        raise usage("callin STAFF [TIME] NOTE…")
    return attendance.call_in(ctx, i.staff, at, i.note)


@verb("absent STAFF [REASON…]", N_("mark absenteeism on the current shift (D-03)"), 1)
def _absent(ctx: Context, args: tuple[str, ...]) -> str:
    return absent(ctx, Absent(args[0], " ".join(args[1:])))


@handles(Absent)
def absent(ctx: Context, i: Absent) -> str:
    return attendance.mark_absent(ctx, i.staff, i.reason)


@verb("remark STAFF TEXT…", N_("a remark on a person's roll-call line"), 2)
def _remark(ctx: Context, args: tuple[str, ...]) -> str:
    return remark(ctx, Remark(args[0], " ".join(args[1:])))


@handles(Remark)
def remark(ctx: Context, i: Remark) -> str:
    if not i.text.strip():
        raise usage("remark STAFF TEXT…")
    return attendance.remark(ctx, i.staff, i.text)


@verb(
    "roll [DATE SHIFT]",
    N_("the roll-call counts of the shift due (or a given one), then the day's training (TR-03)"),
    0,
    2,
    lines=True,
)
def _roll(ctx: Context, args: tuple[str, ...]) -> str:
    if len(args) == 1:
        raise usage("roll [DATE SHIFT]")
    if args:
        inst = shift_instance(ctx.settings.shift(args[1]), parse_date(args[0]), ctx.settings.tz)
    else:
        found = roll_call_shift(ctx)
        if found is None:
            raise UserError(_("No shift at this hour."))
        inst = found
    view = roll_call(ctx, inst)
    cutoff = view.cutoff.astimezone(ctx.settings.tz).strftime("%H:%M")
    counts = _("{key} (roll call {cutoff}): {counts}").format(
        key=inst.key, cutoff=cutoff, counts=view.summary(ctx.now(), _)
    )
    return "\n".join([counts, *view.training_lines()])


@verb(
    "leave STAFF personal|sick|emergency FROM [TO] [by STAFF] [at TIME] [exceptional]",
    N_("ask for leave → L-n with the notice and approvals it needs (LV-01…LV-07)"),
    3,
)
def _leave(ctx: Context, args: tuple[str, ...]) -> str:
    staff_no, kind, first, *rest = args
    last = rest.pop(0) if rest and rest[0][:1].isdigit() else ""
    options: dict[str, str] = {}
    exceptional = False
    while rest:
        word = rest.pop(0).lower()
        if word in ("by", "at") and rest:
            options[word] = rest.pop(0)
        elif word == "exceptional":
            exceptional = True
        else:
            raise UserError(
                _(
                    "Unexpected '{word}'; usage: leave STAFF KIND FROM [TO] [by STAFF] [at TIME] "
                    "[exceptional]"
                ).format(word=word)
            )
    return leave_request(
        ctx,
        LeaveRequest(staff_no, kind, first, last, options.get("by", ""), options.get("at", ""),
                     exceptional),
    )  # fmt: skip


@handles(LeaveRequest)
def leave_request(ctx: Context, i: LeaveRequest) -> str:
    try:
        kind = LeaveKind(i.kind.lower())
    except ValueError:
        raise UserError(
            _("Leave is personal, sick or emergency, not '{kind}'.").format(kind=i.kind)
        ) from None
    first = parse_date(i.first)
    last = parse_date(i.last) if i.last else first
    at = instant(ctx, i.at) if i.at else None
    return leave.request_leave(ctx, i.staff, kind, first, last, i.by or None, at, i.exceptional)


@verb(
    "swap STAFF DATE SHIFT with STAFF [return DATE SHIFT]",
    N_("ask for a shift swap → S-n, or a refusal with the rule id (SW-03…SW-08)"),
    5,
    8,
)
def _swap(ctx: Context, args: tuple[str, ...]) -> str:
    if args[3].lower() != "with" or len(args) not in (5, 8):
        raise usage(SWAP_USAGE)
    back = ("", "")
    if len(args) == 8:
        if args[5].lower() != "return":
            raise usage(SWAP_USAGE)
        back = (args[6], args[7])
    return swap(ctx, SwapRequest(args[0], args[1], args[2], args[4], *back))


@handles(SwapRequest)
def swap(ctx: Context, i: SwapRequest) -> str:
    key = (parse_date(i.day), ctx.settings.shift(i.shift).code)
    back = None
    if i.return_day or i.return_shift:
        back = (parse_date(i.return_day), ctx.settings.shift(i.return_shift).code)
    return swaps.request_swap(ctx, i.staff, key, i.taker, back)


@verb(
    "approve leave L-n [as ROLE] | approve swap S-n [as manager]",
    N_("record an approval; the roster changes when the chain is complete"),
    2,
    4,
)
def _approve(ctx: Context, args: tuple[str, ...]) -> str:
    what, ref, *rest = args
    if rest and (len(rest) != 2 or rest[0].lower() != "as"):
        raise usage(APPROVE_USAGE)
    return approve(ctx, Approve(what, ref, rest[1] if rest else ""))


@handles(Approve)
def approve(ctx: Context, i: Approve) -> str:
    role = i.role.lower() or None
    if i.what.lower() == "leave":
        return with_staffing(ctx, leave.approve_leave(ctx, ref_number(i.ref, "L"), role))
    if i.what.lower() == "swap":
        if role not in (None, "manager"):
            raise UserError(_("A swap is approved by squad leaders, then 'as manager'."))
        return swaps.approve_swap(ctx, ref_number(i.ref, "S"), as_manager=role == "manager")
    raise usage(APPROVE_USAGE)


@verb(
    "reject leave L-n REASON… | reject swap S-n REASON…", N_("refuse a request, with a reason"), 3
)
def _reject(ctx: Context, args: tuple[str, ...]) -> str:
    what, ref, *reason = args
    return reject(ctx, Reject(what, ref, " ".join(reason)))


@handles(Reject)
def reject(ctx: Context, i: Reject) -> str:
    if i.what.lower() not in ("leave", "swap") or not i.reason.strip():
        raise usage("reject leave L-n REASON… | reject swap S-n REASON…")
    if i.what.lower() == "leave":
        return leave.reject_leave(ctx, ref_number(i.ref, "L"), i.reason)
    return swaps.reject_swap(ctx, ref_number(i.ref, "S"), i.reason)


@verb("certificate L-n", N_("the medical certificate of a sick leave was handed in (LV-05)"), 1, 1)
def _certificate(ctx: Context, args: tuple[str, ...]) -> str:
    return leave.certificate_in(ctx, ref_number(args[0], "L"))
