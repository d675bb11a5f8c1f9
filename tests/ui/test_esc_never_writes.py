"""``esc`` only backs out (convention 16): on every screen, in every form, dialog and bar, it
writes nothing. Single keys that change data irreversibly ask y/n first."""

from __future__ import annotations

import pytest
from textual.command import CommandPalette
from textual.coordinate import Coordinate
from textual.pilot import Pilot
from textual.screen import ModalScreen

from cs_console.commands.registry import execute
from cs_console.services.audit import list_entries
from cs_console.services.context import Context
from cs_console.ui.app import ConsoleApp
from cs_console.ui.modals.alert_list import AlertListModal
from cs_console.ui.modals.confirm import ConfirmModal
from cs_console.ui.modals.form import FormModal
from cs_console.ui.modals.help import HelpModal
from cs_console.ui.modals.search import SearchModal
from cs_console.ui.modals.sign_in import SignInModal
from cs_console.ui.modals.stats import StatsModal
from cs_console.ui.modals.target_picker import TargetPicker
from cs_console.ui.modals.text_result import TextResultModal
from cs_console.ui.screens.base import ConsoleScreen
from cs_console.ui.screens.seat_board import SeatBoardScreen
from cs_console.ui.widgets.input_bar import InputBar
from cs_console.ui.widgets.seat_grid import SeatGrid
from tests.ui.conftest import SIZE, settle, sign_in, until_modal

AWAY_SEAT = ("j", "l")  # seat board: from A01 to A06, where 1008 is AWAY

# (screen key, keys that open the state, what must be open): every form, dialog and bar.
STATES = [
    *((key, (), None) for key in "12345"),
    ("1", ("a",), "bar"),
    ("1", ("colon", *"status"), "bar"),
    ("1", ("slash", *"10"), "bar"),
    ("1", ("c",), FormModal),
    ("1", ("x",), FormModal),
    ("1", ("e",), FormModal),
    ("1", ("s",), FormModal),
    ("1", ("n",), FormModal),
    ("1", ("m",), FormModal),
    ("1", ("question_mark",), HelpModal),
    ("1", ("f2",), StatsModal),
    ("1", ("ctrl+p",), CommandPalette),
    ("1", ("ctrl+f",), SearchModal),
    ("1", ("ctrl+a",), AlertListModal),
    ("1", ("colon", *"help", "enter"), TextResultModal),
    ("1", ("v", "y"), ConfirmModal),  # the leave register from here on
    ("1", ("r",), FormModal),
    ("1", ("r", *"too late", "enter"), ConfirmModal),
    ("1", ("v", "v"), None),  # back to the roll call
    ("2", (), None),  # the seat board's states start on A06, where 1008 is AWAY
    ("2", ("slash", *"A0"), "bar"),
    ("2", ("colon",), "bar"),
    ("2", ("s",), FormModal),
    ("2", ("t",), FormModal),
    ("2", ("e",), FormModal),
    ("2", ("f",), ConfirmModal),
    ("2", ("x",), ConfirmModal),
    ("2", ("o",), ConfirmModal),
    ("2", ("enter",), TextResultModal),
    ("2", ("question_mark",), HelpModal),
    ("3", ("d",), TargetPicker),
    ("3", ("d", *"10"), TargetPicker),
    ("3", ("x",), FormModal),
    ("3", ("r",), FormModal),
    ("3", ("w",), FormModal),
    ("3", ("b",), FormModal),
    ("3", ("n",), FormModal),
    ("3", ("enter",), TextResultModal),
    ("3", ("slash", *"T-"), "bar"),
    ("4", ("d",), TargetPicker),
    ("4", ("r",), FormModal),
    ("4", ("enter",), TextResultModal),
    ("5", ("n",), FormModal),
    ("5", ("o",), FormModal),
    ("5", ("i",), FormModal),
    ("5", ("d",), FormModal),
    ("5", ("p",), ConfirmModal),
    ("5", ("f2",), StatsModal),
]


def audit_rows(ctx: Context) -> list[tuple]:
    return [(e.at, e.actor, e.action, e.target, e.before, e.after) for e in list_entries(ctx)]


async def quiet(pilot: Pilot) -> None:
    """Every worker a key started has finished (a write would be in the audit log)."""
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def bar_open(app: ConsoleApp) -> bool:
    return any(bar.display for bar in app.screen.query(InputBar))


async def open_state(pilot: Pilot, keys: tuple[str, ...], expected: object) -> None:
    await pilot.press(*keys)
    if isinstance(expected, type):
        await until_modal(pilot)
        assert isinstance(pilot.app.screen, expected), (keys, pilot.app.screen)
    else:
        await quiet(pilot)
        assert isinstance(pilot.app.screen, ConsoleScreen), (keys, pilot.app.screen)
        assert bar_open(pilot.app) == (expected == "bar"), keys


async def test_esc_writes_nothing_in_any_screen_form_dialog_or_bar(demo_ctx: Context):
    """Convention 16: every state is opened, esc pressed (twice on a screen: the first may
    close a bar, the second lands on the screen itself), and the audit log compared."""
    execute(demo_ctx.acting_as("1001"), "leave 1014 sick 2026-11-23")  # a row for y and r
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SignInModal)
        before = audit_rows(demo_ctx)
        await pilot.press("escape")  # esc at the sign-in continues read-only: no write
        await settle(pilot)
        assert audit_rows(demo_ctx) == before
        assert app.signed_in is None
    app = ConsoleApp(demo_ctx)
    seen: set[type] = {SignInModal}
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        for screen_key, keys, expected in STATES:
            await pilot.press(screen_key)
            await quiet(pilot)
            if isinstance(app.screen, SeatBoardScreen):
                app.screen.query_one("#table", SeatGrid).cursor_coordinate = Coordinate(1, 1)
            await open_state(pilot, keys, expected)
            if isinstance(expected, type):
                seen.add(expected)
            before = audit_rows(demo_ctx)
            for _ in range(2):  # esc backs out one level: a y/n over a form, then the form
                await pilot.press("escape")
                await quiet(pilot)
                if isinstance(app.screen, ConsoleScreen):
                    break
            assert isinstance(app.screen, ConsoleScreen), (keys, app.screen)
            assert not bar_open(app), keys
            await pilot.press("escape")
            await quiet(pilot)
            assert audit_rows(demo_ctx) == before, (screen_key, keys)
            assert app.is_running
    modals = {
        cls for cls in ModalScreen.__subclasses__() if cls.__module__.startswith("cs_console")
    }
    assert modals <= seen, f"states without an esc check: {modals - seen}"


async def test_esc_on_the_seat_board_does_not_end_an_away_clock(demo_ctx: Context):
    """The seat board's own `b` (back at seat) is not what esc runs (RC-07, RC-08)."""
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("2")
        await settle(pilot)
        await pilot.press(*AWAY_SEAT)
        before = audit_rows(demo_ctx)
        await pilot.press("escape")
        await settle(pilot)
        assert audit_rows(demo_ctx) == before
        assert "A06 AWAY" in str(app.screen.query_one("#table").get_row_at(1)[1])


@pytest.mark.parametrize(
    ("screen_keys", "keys", "written"),
    [
        (("2", *AWAY_SEAT), ("f",), "seat.free"),
        (("2", "j", "j", "j"), ("o",), "seat.signout"),  # B01: no incoming person (HO-02)
        (("2",), ("x",), "seat.fixed"),
        (("1", "v"), ("y",), "leave.approve"),
        (("1", "v"), ("r", *"too late", "enter"), "leave.reject"),
    ],
)
async def test_irreversible_keys_ask_yes_or_no_first(
    demo_ctx: Context, screen_keys: tuple[str, ...], keys: tuple[str, ...], written: str
):
    """Free seat, sign out, fixed, approve and reject: `n` keeps everything, `y` writes."""
    leader = demo_ctx.acting_as("1001")
    execute(leader, "leave 1014 sick 2026-11-23")
    execute(leader, "fault A01 headset crackles")
    execute(leader, "seat B01 1009")
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press(*screen_keys)
        await settle(pilot)
        before = audit_rows(demo_ctx)
        await pilot.press(*keys)
        await until_modal(pilot)
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("n")
        await settle(pilot)
        assert audit_rows(demo_ctx) == before
        await pilot.press(*keys)
        await until_modal(pilot)
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("y")
        await settle(pilot)
        actions = [row[2] for row in audit_rows(demo_ctx)[len(before) :]]
        assert written in actions, actions


async def test_the_confirm_dialog_carries_a_further_line(app: ConsoleApp):
    """One y/n dialog for every irreversible key; a what-if line goes under the question."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        answers: list[bool | None] = []
        app.push_screen(
            ConfirmModal("Free the seat (ST-05)", "Free seat A06?", "then: 1008 [/x] has no seat"),
            answers.append,
        )
        await until_modal(pilot)
        assert str(app.screen.query_one("#confirm-detail").content) == "then: 1008 [/x] has no seat"
        await pilot.press("escape")
        await pilot.pause()
        assert answers == [False]
