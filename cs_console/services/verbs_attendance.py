"""Roll-call verbs: arrivals, call-ins, absences, remarks, leave, swaps and their approvals."""

from __future__ import annotations

import re
from datetime import datetime

from cs_console.domain.errors import UserError
from cs_console.domain.leave import LeaveKind
from cs_console.domain.shifts import shift_instance
from cs_console.domain.timeparse import parse_date, parse_instant
from cs_console.services import attendance, leave, swaps
from cs_console.services.commands import verb
from cs_console.services.context import Context
from cs_console.services.roll_view import roll_call
from cs_console.services.shift_view import roll_call_shift

TIME_LIKE = re.compile(r"(\d{4}-\d{2}-\d{2}T)?\d{1,2}:\d{2}(:\d{2})?")


def _instant(ctx: Context, text: str) -> datetime:
    return parse_instant(text, ctx.today(), ctx.settings.tz)


def _split_time(ctx: Context, words: tuple[str, ...]) -> tuple[datetime | None, tuple[str, ...]]:
    """An optional leading time, then the rest of the words."""
    if words and TIME_LIKE.fullmatch(words[0]):
        return _instant(ctx, words[0]), words[1:]
    return None, words


def _ref(text: str, prefix: str) -> int:
    match = re.fullmatch(rf"{prefix}-(\d+)", text, re.IGNORECASE)
    if not match:
        raise UserError(f"'{text}' is not a {prefix}-n reference.")
    return int(match.group(1))


def _arrival_access(ctx: Context, args: tuple[str, ...]) -> tuple[str, None]:
    """An arrival at a given time, or under a moved clock (``--now``), needs a leader."""
    return ("arrive.at_time" if len(args) > 1 or ctx.clock.training else "arrive"), None


@verb(
    "arrive STAFF [TIME]",
    "mark an arrival; prints the roll-call classification",
    1,
    2,
    access=_arrival_access,
)
def _arrive(ctx: Context, args: tuple[str, ...]) -> str:
    at, rest = _split_time(ctx, args[1:])
    if rest:
        raise UserError(f"'{rest[0]}' is not a time; use HH:MM, HH:MM:SS or YYYY-MM-DDTHH:MM.")
    return attendance.arrive(ctx, args[0], at)


@verb("callin STAFF [TIME] NOTE…", "a phone call from someone who will be late (RC-06)", 2)
def _callin(ctx: Context, args: tuple[str, ...]) -> str:
    at, note = _split_time(ctx, args[1:])
    if not note:
        raise UserError("Usage: callin STAFF [TIME] NOTE…")
    return attendance.call_in(ctx, args[0], at, " ".join(note))


@verb("absent STAFF [REASON…]", "mark absenteeism on the current shift (D-03)", 1)
def _absent(ctx: Context, args: tuple[str, ...]) -> str:
    return attendance.mark_absent(ctx, args[0], " ".join(args[1:]))


@verb("remark STAFF TEXT…", "a remark on a person's roll-call line", 2)
def _remark(ctx: Context, args: tuple[str, ...]) -> str:
    return attendance.remark(ctx, args[0], " ".join(args[1:]))


@verb("roll [DATE SHIFT]", "the roll-call counts of the shift due (or a given one)", 0, 2)
def _roll(ctx: Context, args: tuple[str, ...]) -> str:
    if len(args) == 1:
        raise UserError("Usage: roll [DATE SHIFT]")
    if args:
        inst = shift_instance(ctx.settings.shift(args[1]), parse_date(args[0]), ctx.settings.tz)
    else:
        found = roll_call_shift(ctx)
        if found is None:
            raise UserError("No shift at this hour.")
        inst = found
    view = roll_call(ctx, inst)
    cutoff = view.cutoff.astimezone(ctx.settings.tz).strftime("%H:%M")
    return f"{inst.key} (roll call {cutoff}): {view.summary(ctx.now())}"


@verb(
    "leave STAFF personal|sick|emergency FROM [TO] [by STAFF] [at TIME] [exceptional]",
    "ask for leave → L-n with the notice and approvals it needs (LV-01…LV-07)",
    3,
)
def _leave(ctx: Context, args: tuple[str, ...]) -> str:
    staff_no, kind_text, first_text, *rest = args
    try:
        kind = LeaveKind(kind_text.lower())
    except ValueError:
        raise UserError(f"Leave is personal, sick or emergency, not '{kind_text}'.") from None
    first = parse_date(first_text)
    last = first
    if rest and rest[0][:1].isdigit():
        last = parse_date(rest.pop(0))
    by = at = None
    exceptional = False
    while rest:
        word = rest.pop(0).lower()
        if word in ("by", "at") and rest:
            value = rest.pop(0)
            by, at = (value, at) if word == "by" else (by, _instant(ctx, value))
        elif word == "exceptional":
            exceptional = True
        else:
            raise UserError(
                f"Unexpected '{word}'; usage: leave STAFF KIND FROM [TO] [by STAFF] "
                "[at TIME] [exceptional]"
            )
    return leave.request_leave(ctx, staff_no, kind, first, last, by, at, exceptional)


@verb(
    "swap STAFF DATE SHIFT with STAFF [return DATE SHIFT]",
    "ask for a shift swap → S-n, or a refusal with the rule id (SW-03…SW-08)",
    5,
    8,
)
def _swap(ctx: Context, args: tuple[str, ...]) -> str:
    if args[3].lower() != "with" or len(args) not in (5, 8):
        raise UserError("Usage: swap STAFF DATE SHIFT with STAFF [return DATE SHIFT]")
    key = (parse_date(args[1]), ctx.settings.shift(args[2]).code)
    back = None
    if len(args) == 8:
        if args[5].lower() != "return":
            raise UserError("Usage: swap STAFF DATE SHIFT with STAFF [return DATE SHIFT]")
        back = (parse_date(args[6]), ctx.settings.shift(args[7]).code)
    return swaps.request_swap(ctx, args[0], key, args[4], back)


@verb(
    "approve leave L-n [as ROLE] | approve swap S-n [as manager]",
    "record an approval; the roster changes when the chain is complete",
    2,
    4,
)
def _approve(ctx: Context, args: tuple[str, ...]) -> str:
    what, ref, *rest = args
    role = None
    if rest:
        if len(rest) != 2 or rest[0].lower() != "as":
            raise UserError("Usage: approve leave L-n [as ROLE] | approve swap S-n [as manager]")
        role = rest[1].lower()
    if what.lower() == "leave":
        return leave.approve_leave(ctx, _ref(ref, "L"), role)
    if what.lower() == "swap":
        if role not in (None, "manager"):
            raise UserError("A swap is approved by squad leaders, then 'as manager'.")
        return swaps.approve_swap(ctx, _ref(ref, "S"), as_manager=role == "manager")
    raise UserError("Usage: approve leave L-n [as ROLE] | approve swap S-n [as manager]")


@verb("reject leave L-n REASON… | reject swap S-n REASON…", "refuse a request, with a reason", 3)
def _reject(ctx: Context, args: tuple[str, ...]) -> str:
    what, ref, *reason = args
    if what.lower() == "leave":
        return leave.reject_leave(ctx, _ref(ref, "L"), " ".join(reason))
    if what.lower() == "swap":
        return swaps.reject_swap(ctx, _ref(ref, "S"), " ".join(reason))
    raise UserError("Usage: reject leave L-n REASON… | reject swap S-n REASON…")


@verb("certificate L-n", "the medical certificate of a sick leave was handed in (LV-05)", 1, 1)
def _certificate(ctx: Context, args: tuple[str, ...]) -> str:
    return leave.certificate_in(ctx, _ref(args[0], "L"))
