"""The status line says a filter's count while the filter holds, and no longer once esc has
cleared it (it kept saying `filter 'squad': 2 of 14 rows` over every row)."""

from __future__ import annotations

from cs_console.ui.app import ConsoleApp
from cs_console.ui.widgets.status_line import StatusLine
from tests.ui.conftest import SIZE, settle


def status(app: ConsoleApp) -> str:
    return str(app.screen.query_one(StatusLine).content)


async def test_the_filters_count_goes_with_the_filter(demo_ctx):
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("6", "slash", *"squad")
        await settle(pilot)
        assert status(app).startswith("filter 'squad': ")
        await pilot.press("escape")
        await settle(pilot)
        assert "filter" not in status(app)


async def test_a_sentence_said_after_the_filter_stays_when_it_is_cleared(demo_ctx):
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("6", "slash", *"squad")
        await settle(pilot)
        app.screen.say("1042 already arrived [x]")
        await pilot.press("escape")
        await settle(pilot)
        assert status(app) == "1042 already arrived [x]"
