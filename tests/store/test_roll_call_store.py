"""The roll call on SQLite and on PostgreSQL: arrivals, leave with certificate, a swap."""

from datetime import UTC, date, datetime

import pytest

from cs_console.domain.errors import UserError
from cs_console.domain.leave import LeaveKind
from cs_console.domain.shifts import shift_instance
from cs_console.services.attendance import arrive, call_in
from cs_console.services.context import Context
from cs_console.services.demo import create_demo
from cs_console.services.leave import approve_leave, certificate_in, request_leave
from cs_console.services.roll_view import roll_call
from cs_console.services.swaps import approve_swap, request_swap
from tests.conftest import EARLY


def at(ctx: Context, text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ctx.settings.tz).astimezone(UTC)


def states(ctx: Context, day: str, code: str) -> dict[str, str]:
    inst = shift_instance(ctx.settings.shift(code), date.fromisoformat(day), ctx.settings.tz)
    view = roll_call(ctx, inst)
    return {ln.staff_no: s.label for ln, s in zip(view.lines, view.states(ctx.now()), strict=True)}


def test_roll_call_on_both_databases(ctx: Context, clock):
    clock.set(EARLY)
    create_demo(ctx)
    clock.set(at(ctx, "2026-11-22T07:45"))
    arrive(ctx, "1003")
    call_in(ctx, "1004", None, "bus")
    with pytest.raises(UserError, match="already arrived"):
        arrive(ctx, "1003")
    clock.set(at(ctx, "2026-11-22T08:05"))
    got = states(ctx, "2026-11-22", "D")
    assert got["1003"] == "present, on time"
    assert got["1004"] == "called in before start (late)"
    assert got["1005"] == "not arrived"


def test_lv05_certificate_reminder_on_the_first_shift_back(ctx: Context, clock):
    clock.set(EARLY)
    create_demo(ctx)
    clock.set(at(ctx, "2026-11-21T18:00"))
    text = request_leave(ctx, "1003", LeaveKind.SICK, date(2026, 11, 22), date(2026, 11, 22))
    assert text.startswith("L-1 ")
    approve_leave(ctx.acting_as("1015"), 1, None)
    clock.set(at(ctx, "2026-11-22T09:00"))
    assert states(ctx, "2026-11-22", "D")["1003"] == "on leave (sick)"
    inst = shift_instance(ctx.settings.shift("D"), date(2026, 11, 23), ctx.settings.tz)
    notes = {ln.staff_no: ln.notes for ln in roll_call(ctx, inst).lines}
    assert notes["1003"] == ("certificate due for L-1 (LV-05)",)
    certificate_in(ctx.acting_as("1001"), 1)
    notes = {ln.staff_no: ln.notes for ln in roll_call(ctx, inst).lines}
    assert notes["1003"] == ()


def test_approved_swap_moves_the_roster_entry(ctx: Context, clock):
    clock.set(EARLY)
    create_demo(ctx)
    clock.set(at(ctx, "2026-11-22T17:00"))
    request_swap(ctx, "1006", (date(2026, 11, 23), "D"), "1020", None)
    approve_swap(ctx.acting_as("1001"), 1)
    approve_swap(ctx.acting_as("1016"), 1)
    got = states(ctx, "2026-11-23", "D")
    assert got["1006"] == "swapped out (1020 covers)"
    assert got["1020"] == "expected · covering for 1006"
