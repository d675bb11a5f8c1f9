"""Every dialog keeps the line that says its keys in view at 80×24, the smallest terminal the
console supports: a long list gives way and scrolls, the line under it stays."""

import pytest

from cs_console.ui.app import ConsoleApp
from tests.ui.conftest import settle, sign_in


@pytest.mark.parametrize(
    "keys", [("question_mark",), ("f2",), ("ctrl+a",), ("3", "n"), ("3", "d"), ("ctrl+f",)]
)
async def test_a_dialogs_hint_stays_in_view_at_80_by_24(demo_ctx, keys):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await sign_in(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        hint = app.screen.query_one("#dialog-hint")
        widget, _offset = app.screen.get_widget_at(hint.region.x, hint.region.y)
        assert widget is hint, str(hint.content)  # drawn, not cut off under the frame


async def test_a_long_forms_last_field_comes_into_view_at_80_by_24(demo_ctx):
    """The swap form has five fields: at 80×24 the form scrolls to the field tab reaches, and
    what is typed there is seen."""
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await sign_in(pilot)
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("tab", "tab", "tab", "tab")
        await settle(pilot)
        last = app.screen.query_one("#field-return_shift")
        assert app.focused is last
        widget, _offset = app.screen.get_widget_at(last.region.x + 2, last.region.y + 1)
        assert widget is last  # drawn, not cut off under the frame or the hint
