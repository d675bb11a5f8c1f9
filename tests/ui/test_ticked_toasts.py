"""Notifications are taken down by the clock's tick, in the frame it draws anyway, not by a
timer of their own that lands just after it (a second frame and a layout of the screen)."""

from __future__ import annotations

import time

from textual.widgets._toast import Toast, ToastHolder

from cs_console.ui.app import ConsoleApp
from tests.ui.conftest import SIZE, settle


def toasts(app: ConsoleApp) -> list[str]:
    return [t._notification.message for t in app.screen.query(Toast)]


async def test_a_toast_whose_time_is_up_goes_at_the_tick_and_the_others_stay(demo_ctx):
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        app.notify("gone [x] 旷工", timeout=60)
        app.notify("stays '\"", timeout=60)
        await pilot.pause()
        assert toasts(app) == ["gone [x] 旷工", "stays '\""]
        assert all(t._notification.timeout > 3600 for t in app.screen.query(Toast))  # no own timer
        for key, (shown, _until) in list(app._toasts_until.items()):
            if shown.message.startswith("gone"):  # its time is up (a tick of the app's own
                app._toasts_until[key] = (shown, time.monotonic() - 1)  # never comes first)
        app.tick()
        await pilot.pause()
        assert toasts(app) == ["stays '\""]
        assert len(app.screen.query(ToastHolder)) == 1  # the holder goes with its toast


async def test_a_toast_shown_on_a_screen_left_goes_there_too(demo_ctx):
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        first = app.screen
        app.notify("said on screen 1", timeout=0)
        await pilot.pause()
        await pilot.press("3")
        await settle(pilot)
        app.tick()
        await pilot.pause()
        assert not first.query(ToastHolder) and not app.screen.query(ToastHolder)
