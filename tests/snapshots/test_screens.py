"""One picture per screen at 120×36 with a fixed clock and the seeded demo centre."""

from datetime import UTC, date, datetime

import pytest

from cs_console.domain.leave import LeaveKind
from cs_console.services.attendance import arrive, call_in
from cs_console.services.database import open_context
from cs_console.services.handover import ack_all, note, sign_incoming, sign_outgoing
from cs_console.services.imports import import_file
from cs_console.services.leave import approve_leave, request_leave
from cs_console.ui.app import ConsoleApp
from tests.ui.conftest import SIZE, settle


async def _settled(pilot) -> None:
    await settle(pilot)


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("roll_call", ["1"]),
        ("seat_board", ["2"]),
        ("ticket_queue", ["3"]),
        ("escalations", ["4"]),
        ("handover", ["5"]),
        ("help", ["3", "question_mark"]),
        ("filtered_roll_call", ["slash", "a", "g", "e", "n", "t", "enter"]),
        ("ticket_history", ["3", "slash", "T", "-", "6", "4", "enter", "enter"]),
        ("statistics", ["f2"]),
        ("month", ["6"]),
    ],
)
def test_screen(snap_compare, demo_ctx, name, keys):
    from cs_console.services.settlement import settle as settle_due

    settle_due(demo_ctx)  # what fell due is proposed before the first frame, not at a tick
    app = ConsoleApp(demo_ctx, sign_in=False)

    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press(*keys)
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_sign_in(snap_compare, demo_ctx):
    assert snap_compare(ConsoleApp(demo_ctx), terminal_size=SIZE, run_before=_settled)


def test_roll_call_mid_roll_call(snap_compare, early_demo_ctx, clock):
    """07:53 on the day shift's roll call: on time, late for roll call, called in, on leave."""
    demo_ctx = early_demo_ctx
    tz = demo_ctx.settings.tz

    def local(text: str) -> datetime:
        return datetime.fromisoformat(f"2026-11-22T{text}").replace(tzinfo=tz).astimezone(UTC)

    clock.set(local("07:40"))
    leader = demo_ctx.acting_as("1001")
    request_leave(demo_ctx, "1007", LeaveKind.SICK, date(2026, 11, 22), date(2026, 11, 22))
    approve_leave(leader, 1, None)  # phoned in before the shift: LV-03's approver (D-04)
    call_in(demo_ctx, "1006", local("07:41"), "bus broke down")
    for staff_no, at in (
        ("1001", "07:30"),
        ("1003", "07:45"),
        ("1004", "07:50"),
        ("1005", "07:52:30"),
    ):
        arrive(demo_ctx, staff_no, local(at))
    clock.set(local("07:53"))
    assert snap_compare(
        ConsoleApp(demo_ctx, sign_in=False), terminal_size=SIZE, run_before=_settled
    )


def test_seat_board_with_500_seats(snap_compare, sqlite_target, settings, clock, tmp_path):
    """Five zones of 10 × 10 seats: the grid scrolls and stays a grid."""
    seats = tmp_path / "seats.csv"
    lines = ["seat,row,col,zone,extension"]
    for zone in "ABCDE":
        lines += [f"{zone}{r:02d}{c:02d},{r},{c},{zone},"
                  for r in range(1, 11) for c in range(1, 11)]  # fmt: skip
    seats.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ctx = open_context(sqlite_target, settings, clock)
    import_file(ctx, "seats", seats)
    app = ConsoleApp(ctx, sign_in=False)

    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        assert app.screen.query_one("#table").row_count == 50

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


@pytest.mark.parametrize("state", ["draft", "awaiting", "signed"])
def test_handover_states(snap_compare, early_demo_ctx, clock, state):
    """Screen 5 with a draft log, a log awaiting the incoming leader, and a signed one."""
    ctx = early_demo_ctx
    tz = ctx.settings.tz
    clock.set(datetime(2026, 11, 22, 15, 50, tzinfo=tz).astimezone(UTC))
    out = ctx.acting_as("1001", "1234")
    note(out, "equipment", "Switch 3 repaired; watch zone B")
    note(out, "problems", "none")
    note(out, "staffing", "1014 absent, seat A12 free")
    if state != "draft":
        sign_outgoing(out)
    if state == "signed":
        clock.set(datetime(2026, 11, 22, 16, 2, tzinfo=tz).astimezone(UTC))
        incoming = ctx.acting_as("1015", "1234")
        ack_all(incoming)
        sign_incoming(incoming)
        clock.set(datetime(2026, 11, 22, 15, 58, tzinfo=tz).astimezone(UTC))
    app = ConsoleApp(ctx, sign_in=False)

    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("5")
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_month_with_results_sorted_by_final(snap_compare, demo_ctx):
    """Screen 6 (issue 21): inspections (QI-04), exam points (TR-04…TR-06) confirmed and the
    list of what is missing; `o` twice sorts by final."""
    from cs_console.commands.registry import execute

    leader = demo_ctx.acting_as("1001")
    for line in (
        "inspect 1003 90", "inspect 1003 80", "inspect 1004 70",
        "exam 1003 knowledge 100 operation 100", "exam 1004 knowledge 70 operation 60",
        "exam 1005 no-show", "confirm P-5", "confirm P-6", "confirm P-7", "confirm P-8",
        "confirm P-9",
    ):  # fmt: skip
        execute(leader, line)

    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("6", "o", "o")
        await settle(pilot)

    app = ConsoleApp(demo_ctx, sign_in=False)
    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@pytest.mark.parametrize("screen", ["1", "2", "3", "4", "5"])
def test_screen_at_size(snap_compare, demo_ctx, screen, size):
    """At 80×24 the key columns stay, the footer keeps to one line, the header is cut."""
    app = ConsoleApp(demo_ctx, sign_in=False)

    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press(screen)
        await settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


def test_sign_in_at_80_by_24(snap_compare, demo_ctx):
    assert snap_compare(ConsoleApp(demo_ctx), terminal_size=(80, 24), run_before=_settled)
