"""People's text on every screen (convention 15): markup-like text, terminal codes and line
breaks in names, summaries, notes and remarks are shown literally, never crash the console
and never reach the terminal as codes — in tables, titles, the header, the status line,
dialogs and notifications."""

from __future__ import annotations

import asyncio
import io
import shutil
import uuid
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from rich.console import Console
from textual.coordinate import Coordinate

from cs_console.clock import FixedClock
from cs_console.config import Settings
from cs_console.services.database import open_context
from cs_console.services.demo import create_demo
from cs_console.ui.app import ConsoleApp
from cs_console.ui.modals.confirm import ConfirmModal
from cs_console.ui.modals.target_picker import TargetPicker
from cs_console.ui.modals.text_result import TextResultModal
from cs_console.ui.widgets.seat_grid import SeatGrid
from cs_console.ui.widgets.status_line import StatusLine
from tests.conftest import NOW, ZONE
from tests.people_text import (
    AWAY,
    CONTROL,
    LEADER,
    NASTY,
    REMARKED,
    Stored,
    framed,
    people_text,
    shown,
    store_text,
)
from tests.ui.conftest import SIZE, rows, settle, sign_in, until_modal


def drawn(app: ConsoleApp) -> str:
    """What the terminal is sent for the whole screen, as text (cursor moves left out)."""
    console = Console(file=io.StringIO(), record=True, width=SIZE[0], height=SIZE[1],
                      force_terminal=True, color_system="truecolor")  # fmt: skip
    console.print(app.screen._compositor.render_update(full=True))
    return console.export_text(styles=False)


def assert_drawn_clean(app: ConsoleApp, where: str) -> None:
    found = CONTROL.search(drawn(app))
    assert found is None, f"{where}: {found.group()!r} reached the terminal"


def content(app: ConsoleApp, selector: str) -> str:
    return str(app.screen.query_one(selector).content)


async def select_row(pilot, app: ConsoleApp, key: str) -> None:  # noqa: ANN001
    table = app.screen.query_one("#table")  # the clock board's, drawn line by line
    table.move_cursor(row=list(rows(app)).index(key))
    await pilot.pause()


async def every_screen(app: ConsoleApp, stored: Stored) -> None:
    text, ticket = stored.text, stored.ticket
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)  # "Signed in as 1001 «…»": a notification with the name
        assert app.is_running and app.signed_in is not None
        assert shown(text) in content(app, "#header-line")
        assert_drawn_clean(app, "roll call")
        roll = rows(app)
        assert roll[LEADER][1] == shown(text)
        assert shown(text) in roll[REMARKED][7]

        await pilot.press("2")
        await settle(pilot)
        assert_drawn_clean(app, "seat board")
        grid = app.screen.query_one("#table", SeatGrid)
        assert shown(text) in str(grid.get_row_at(1)[1])  # A06, where 1008 is away
        grid.cursor_coordinate = Coordinate(1, 1)
        await pilot.press("o")
        await until_modal(pilot)
        assert isinstance(app.screen, ConfirmModal)
        assert f"Sign out {AWAY} {shown(text)}" in content(app, "#confirm-question")
        assert_drawn_clean(app, "sign-out question")
        await pilot.press("n")
        await settle(pilot)

        await pilot.press("3")
        await settle(pilot)
        assert_drawn_clean(app, "ticket queue")
        await pilot.press("colon", *f"show {ticket}", "enter")
        await settle(pilot)
        assert shown(text) in str(app.screen.query_one(StatusLine).content)
        assert_drawn_clean(app, "status line")
        await pilot.press("d")
        await until_modal(pilot)
        assert isinstance(app.screen, TargetPicker)
        assert_drawn_clean(app, "target picker")
        await pilot.press("escape")
        await settle(pilot)

        await pilot.press("4")
        await settle(pilot)
        assert_drawn_clean(app, "escalations")
        assert rows(app)[ticket][2] == shown(text)
        await select_row(pilot, app, ticket)
        await pilot.press("enter")
        await until_modal(pilot)
        assert isinstance(app.screen, TextResultModal)
        detail = content(app, "#dialog-text")
        assert f"Summary: {shown(text)}" in detail
        assert f"Customer: {shown(text)} · 13812345678" in detail  # its own detail (D-12)
        assert_drawn_clean(app, "ticket detail")
        await pilot.press("escape")
        await settle(pilot)
        app.cs.clock.advance(minutes=2)  # the complaint's clock enters warning (D-07)
        app.tick()
        await pilot.pause()
        warned = [n.message for n in app._notifications]
        assert any(shown(text) in m and "warning" in m for m in warned), warned
        assert_drawn_clean(app, "clock alert")

        await pilot.press("5")
        await settle(pilot)
        assert_drawn_clean(app, "handover")
        assert shown(text) in content(app, "#handover-text")
        assert shown(text) in content(app, "#handover-parties")
        assert app.is_running


def console_with(template: Path, folder: Path, text: str) -> tuple[ConsoleApp, Stored]:
    copy = folder / f"{uuid.uuid4().hex}.db"
    shutil.copy(template, copy)
    centre = Settings(timezone=ZONE, centre_name=framed(text))
    ctx = open_context(str(copy), centre, FixedClock(NOW))
    return ConsoleApp(ctx), store_text(ctx, text)


SLOW = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]


@settings(max_examples=2, deadline=None, suppress_health_check=SLOW)
@example(NASTY)
@given(people_text())
def test_people_text_on_every_screen_is_shown_literally(tmp_path: Path, text: str):
    template = tmp_path / "template.db"
    if not template.exists():
        ctx = open_context(str(template), Settings(timezone=ZONE), FixedClock(NOW))
        create_demo(ctx)
        ctx.engine.dispose()
    app, stored = console_with(template, tmp_path, text)
    try:
        asyncio.run(every_screen(app, stored))
    finally:
        app.cs.engine.dispose()


async def test_a_refusal_shows_its_rule_id_on_screen(demo_ctx):
    """`refused [SW-05]: …` is drawn with its rule id, not as `refused : …`."""
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("colon", *"swap 1003 2026-11-23 D with 1024", "enter")
        await settle(pilot)
        assert "refused [SW-05]: 1003 is junior but 1024 is senior" in drawn(app)


async def test_a_typed_staff_number_at_sign_in_is_shown_as_typed(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press(*"[/x]", "enter", *"1234", "enter")
        await settle(pilot)
        assert app.is_running
        assert "Unknown staff number '[/x]'." in drawn(app)


async def test_pasted_terminal_codes_never_reach_the_command_line(app):
    from textual import events

    from cs_console.ui.widgets.input_bar import CommandLine

    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("colon")
        bar = app.screen.query_one(CommandLine)
        bar.post_message(events.Paste("show \x1b]0;pwned\x07[/x]"))
        await pilot.pause()
        assert bar.value == "show ]0;pwned[/x]"
        assert_drawn_clean(app, "command line")
