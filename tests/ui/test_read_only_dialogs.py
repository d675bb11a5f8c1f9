"""A console that only looks opens no dialog that would write: the key is refused at once and
the sign-in offered; before, the whole form was filled in and then refused."""

from __future__ import annotations

from cs_console.ui.app import ConsoleApp
from cs_console.ui.modals.form import FormModal
from cs_console.ui.modals.sign_in import SignInModal
from cs_console.ui.modals.target_picker import TargetPicker
from cs_console.ui.widgets.status_line import StatusLine
from tests.ui.conftest import SIZE, open_screen, settle, sign_in, until_modal


def said(app: ConsoleApp) -> str:
    return app._console_screen().query_one(StatusLine).said


async def test_nobody_signed_in_a_form_key_offers_the_sign_in_instead(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await until_modal(pilot)
        await pilot.press("escape")  # continue read-only
        await open_screen(pilot, "3")
        for key in ("n", "d"):
            await pilot.press(key)
            await until_modal(pilot)
            assert isinstance(app.screen, SignInModal), key
            assert said(app) == "This console is read-only; sign in to change anything."
            await pilot.press("escape")
            await settle(pilot)
        await pilot.press("n")  # the sign-in it offers, answered
        await until_modal(pilot)
        await sign_in(pilot)
        await pilot.press("n")
        await until_modal(pilot)
        assert isinstance(app.screen, FormModal)  # signed in: the form opens


async def test_started_read_only_a_form_key_says_so_and_opens_nothing(demo_ctx):
    app = ConsoleApp(demo_ctx, read_only=True)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "3")
        await pilot.press("d")
        await settle(pilot)
        assert not isinstance(app.screen, TargetPicker | SignInModal | FormModal)
        assert said(app) == "This console was started read-only (--read-only)."
