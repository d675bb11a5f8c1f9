"""The status line says a filter's count while the filter holds, and no longer once esc has
cleared it (it kept saying `filter 'squad': 2 of 14 rows` over every row)."""

from __future__ import annotations

import pytest

from cs_console.ui.app import ConsoleApp
from cs_console.ui.widgets.status_line import StatusLine
from tests.ui.conftest import SIZE, settle


def status(app: ConsoleApp) -> str:
    return str(app.screen.query_one(StatusLine).content)


@pytest.mark.parametrize("said_since", ["", "1042 already arrived [x]"])
async def test_the_filters_count_goes_with_the_filter_and_nothing_said_since(
    demo_ctx, said_since: str
):
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("6", "slash", *"squad")
        await settle(pilot)
        assert status(app).startswith("filter 'squad': ")
        if said_since:
            app.screen.say(said_since)
        await pilot.press("escape")
        await settle(pilot)
        assert status(app) == said_since
