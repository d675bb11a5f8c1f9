"""One terminal, several people: ctrl+l locks, sign-in and switch-user from the palette and
from the read-only refusal, the idle lock on the real clock, clock alerts while locked."""

from dataclasses import replace

import pytest
from pydantic import ValidationError

from cs_console.config import Settings
from cs_console.domain.records import StaffMember
from cs_console.services.context import READ_ONLY
from cs_console.ui.app import ConsoleApp
from cs_console.ui.modals.form import FormModal
from cs_console.ui.modals.lock import LockScreen
from cs_console.ui.modals.sign_in import SignInModal
from cs_console.ui.widgets.header_line import HeaderLine
from tests.conftest import ZONE
from tests.ui.conftest import SIZE, settle, sign_in, until_modal


def test_idle_lock_minutes_is_a_bounded_setting():
    assert Settings(timezone=ZONE).idle_lock_minutes == 10
    assert Settings(timezone=ZONE, idle_lock_minutes=60).idle_lock_minutes == 60
    for bad in (0, 61):
        with pytest.raises(ValidationError, match="idle_lock_minutes"):
            Settings(timezone=ZONE, idle_lock_minutes=bad)


async def test_ctrl_l_locks_and_the_next_leader_signs_in(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot, "1001")
        await pilot.press("ctrl+l")
        await until_modal(pilot)
        assert isinstance(app.screen, LockScreen)
        assert app.signed_in is None and app.cs.read_only  # nobody acts while locked
        assert "1001 王芳" in str(app.screen.query_one("#lock-who").content)
        await pilot.press("escape")  # esc does not get past the lock
        await settle(pilot)
        assert isinstance(app.screen, LockScreen)
        await pilot.press(*"1015", "enter", *"1234", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, LockScreen)
        assert app.signed_in is not None and app.signed_in.staff_no == "1015"
        assert app.cs.actor == "1015" and not app.cs.read_only
        assert "signed in 1015" in str(app.screen.query_one(HeaderLine).content)


async def test_a_clock_alert_rings_and_shows_its_line_while_locked(demo_ctx, clock):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("ctrl+l")
        await until_modal(pilot)
        for _ in range(12):  # five minutes at a time: every running clock changes band
            clock.advance(minutes=5)
            app.tick()
            await pilot.pause()
        alert = str(app.screen.query_one("#lock-alert").content)
        assert alert.startswith("T-") or alert.startswith("E-")


async def test_idle_for_the_setting_locks_on_the_real_clock(demo_ctx, clock):
    settings = demo_ctx.settings.model_copy(update={"idle_lock_minutes": 2})
    app = ConsoleApp(replace(demo_ctx, settings=settings))
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        clock.advance(seconds=119)
        app.tick()
        await pilot.pause()
        assert app.locked is None
        await pilot.press("1")  # a key: someone is there
        clock.advance(seconds=119)
        app.tick()
        await pilot.pause()
        assert app.locked is None
        clock.advance(seconds=1)
        app.tick()
        await until_modal(pilot)
        assert isinstance(app.screen, LockScreen)


async def test_the_read_only_refusal_offers_the_sign_in(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("escape")  # continue read-only
        await settle(pilot)
        await pilot.press("colon", *"note problems Line 3 noisy", "enter")
        await until_modal(pilot)
        assert isinstance(app.screen, SignInModal)
        await pilot.press(*"1001", "enter", *"1234", "enter")
        await settle(pilot)
        assert app.cs.actor == "1001" and not app.cs.read_only
        assert READ_ONLY not in str(app.screen.query_one(HeaderLine).content)


async def test_switch_user_from_the_palette(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot, "1001")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"switch user")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await until_modal(pilot)
        assert isinstance(app.screen, SignInModal)
        await pilot.press(*"1015", "enter", *"1234", "enter")
        await settle(pilot)
        assert app.signed_in is not None and app.signed_in.staff_no == "1015"


async def test_the_pin_window_names_the_signer_and_the_log(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot, "1001")
        await pilot.press("5")
        await settle(pilot)
        await pilot.press("o")
        await until_modal(pilot)
        assert isinstance(app.screen, FormModal)
        title = str(app.screen.query_one("#dialog-title").content)
        assert title == "Sign outgoing (HO-06): the log of 2026-11-22/D as 1001 王芳"


async def test_a_console_started_read_only_cannot_be_signed_into_from_the_lock(demo_ctx):
    """--read-only is for a screen anyone may look at: ctrl+l there offered a sign-in that
    made it a console that writes."""
    app = ConsoleApp(demo_ctx, read_only=True)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+l")
        await settle(pilot)
        assert not isinstance(app.screen, LockScreen)
        assert app.cs.read_only and app.signed_in is None
        app._signed_in(StaffMember("1001", "王芳", "squad_leader", "senior", "D", True))
        assert app.cs.read_only and app.signed_in is None  # nobody signs in, however asked
