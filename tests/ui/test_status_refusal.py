"""A refusal on the status line answers the key before: the next key takes it away, so a
red sentence never stands beside a row it is not about. A result stays until the next."""

from __future__ import annotations

import html

from cs_console.ui.app import ConsoleApp
from cs_console.ui.widgets.status_line import StatusLine
from tests.ui.conftest import SIZE, open_screen, settle
from tests.ui.test_escalations_keys import select


def line(app: ConsoleApp) -> StatusLine:
    return app._console_screen().query_one(StatusLine)


async def test_the_next_key_takes_a_refusal_away_and_a_result_stays(demo_ctx):
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "4")
        await select(pilot, app, "E-2/report")
        await pilot.press("d")  # an event: nothing to dispatch
        await settle(pilot)
        assert line(app).said == "Select a complaint (T-n) to dispatch."
        assert line(app).has_class("-refused")
        await pilot.press("k")
        await settle(pilot)
        assert line(app).said == "" and not line(app).has_class("-refused")
        app.screen.say("E-2 reported to duty manager via phone at 10:30 · on time")
        await pilot.press("k")
        await settle(pilot)
        assert line(app).said.startswith("E-2 reported")


async def test_a_long_sentence_takes_up_to_three_lines_and_one_again_after(demo_ctx):
    """A refusal's reason was cut at the width ('… a shift follows within 4 hours, or it')."""
    long = (
        "refused [HO-15]: no close-down is due: a shift follows within 4 hours, or it is not "
        "the last shift of the day; the log is closed at the handover as usual (HO-06)."
    )
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.screen.say(long, ok=False)
        await settle(pilot)
        assert line(app).size.height > 1
        shown = html.unescape(app.export_screenshot()).replace("\xa0", " ")
        assert "last shift of the day;" in shown and "(HO-06)." in shown
        app.screen.say("done")
        await settle(pilot)
        assert line(app).size.height == 1


async def test_the_pointer_to_a_window_goes_with_the_window(demo_ctx):
    """': help — see the window (esc closes)' stayed after esc had closed it."""
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("colon", *"help", "enter")
        await settle(pilot)
        assert line(app).said == ": help — see the window (esc closes)"
        await pilot.press("escape")
        await settle(pilot)
        assert line(app).said == ""
