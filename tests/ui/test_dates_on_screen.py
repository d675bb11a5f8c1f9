"""The header and the roll call write dates in the language's form (Babel)."""

from __future__ import annotations

from textual.widgets import Static

from cs_console import i18n
from cs_console.ui.app import ConsoleApp
from cs_console.ui.widgets.header_line import HeaderLine
from tests.ui.conftest import SIZE, settle


async def test_header_and_roll_call_title_in_chinese_dates(demo_ctx):
    i18n.use("zh_CN")
    try:
        app = ConsoleApp(demo_ctx, sign_in=False)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            header = str(app.screen.query_one(HeaderLine).content)
            assert "(2026年11月22日)" in header and "2026年11月22日 10:30:00" in header
            title = str(app.screen.query_one("#screen-title", Static).content)
            assert "2026年11月22日（当前班次）" in title
    finally:
        i18n.use("en")
