"""A fault that is not the user's never ends the console (convention 19): a command, a
screen's load or a key's action that fails shows one sentence without customer data on the
status line, and the details go to the rotated log file; the console never prints locals."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cs_console.services.context import Context
from cs_console.ui.app import ConsoleApp
from cs_console.ui.widgets.status_line import StatusLine
from tests.ui.conftest import SIZE, settle, sign_in, until_modal

PHONE = "13812345678"


def status(app: ConsoleApp) -> str:
    return str(app.screen.query_one(StatusLine).content)


def damage(ctx: Context, table: str) -> None:
    """A table gone from under the console: every use of it is an internal error."""
    with sqlite3.connect(str(ctx.engine.url.database)) as conn:
        conn.execute(f"DROP TABLE {table}")


def sentence(doing: str, log_folder: Path) -> str:
    return (
        f"internal error (OperationalError) while {doing}; the details are in "
        f"{log_folder / 'cs-console.log'}."
    )


async def test_a_failing_command_and_screen_load_leave_the_console_running(
    demo_ctx: Context, log_folder: Path
):
    damage(demo_ctx, "clock")
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("4")
        await settle(pilot)
        assert app.is_running
        # the screen and the header's shift view both read the clocks: whichever fails last
        # is said, in one sentence, and the console goes on
        loads = ("loading the screen", "loading the shift")
        assert status(app) in {sentence(doing, log_folder) for doing in loads}
        await pilot.press("colon", *f"complaint no dial tone phone {PHONE} name 张三丰", "enter")
        await settle(pilot)
        assert app.is_running
        assert status(app) == sentence("running complaint", log_folder)
        await pilot.press("1")
        await settle(pilot)
        assert len(app.screen.query_one("#table").rows) == 14  # still working
    log = (log_folder / "cs-console.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "no such table: clock" in log
    assert PHONE not in log and "张三丰" not in log


async def test_a_failing_signature_never_shows_the_pin(demo_ctx: Context, log_folder: Path):
    damage(demo_ctx, "handover_entry")
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("5")
        await settle(pilot)
        await pilot.press("o")
        await until_modal(pilot)
        await pilot.press(*"4711", "enter")
        await settle(pilot)
        assert app.is_running
        assert status(app) == sentence("running sign", log_folder)


async def test_a_failing_key_action_is_one_sentence(demo_ctx: Context, log_folder: Path):
    """`p` reads which log to print (in a worker) before it asks y/n."""
    damage(demo_ctx, "handover_log")
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("5")
        await settle(pilot)
        app._poll()  # the sign-in's writes seen (a screen read again fails in its own sentence)
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        assert app.is_running
        assert status(app) == sentence("finding the log to print", log_folder)


async def test_an_error_outside_commands_ends_the_app_with_one_sentence_and_no_locals(
    app: ConsoleApp, log_folder: Path, capsys: pytest.CaptureFixture[str]
):
    def broken_callback() -> None:
        pin = "4711"  # a local that Textual's crash screen would print
        raise ValueError(f"bad {len(pin)}")

    with pytest.raises(ValueError):
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            app.set_timer(0.01, broken_callback)
            await pilot.pause(0.5)
    printed = capsys.readouterr().err
    assert "4711" not in printed and "pin" not in printed
    assert "internal error (ValueError)" in printed
    assert "bad 4" in (log_folder / "cs-console.log").read_text(encoding="utf-8")


async def test_a_screen_built_away_says_its_failed_read_when_shown(
    demo_ctx: Context, log_folder: Path
):
    """Built in the background, its read fails: nothing is said on the screen shown then; it
    reads again when shown, and says so there."""
    damage(demo_ctx, "handover_log")
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(100):
            await settle(pilot)
            if len(app.built_screens) == 6:
                break
        await settle(pilot)
        assert status(app) == ""
        await pilot.press("5")
        await settle(pilot)
        assert status(app) == sentence("loading the screen", log_folder)
