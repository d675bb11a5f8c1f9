"""`/` filters a screen's table: screen 5 (the handover: its log and the items it carries)
has none to filter, and neither lists the key nor answers it, so letters typed after it are
not taken for a filter that is not there."""

from __future__ import annotations

from cs_console.ui.app import ConsoleApp
from cs_console.ui.widgets.input_bar import FilterBar
from tests.ui.conftest import SIZE, open_screen, settle


def bound(app: ConsoleApp) -> set[str]:
    return {a.binding.id for a in app.screen.active_bindings.values() if a.enabled}


async def test_the_filter_key_is_only_where_there_is_a_table(demo_ctx):
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "3")
        assert "filter" in bound(app)
        await pilot.press("5")
        await settle(pilot)
        assert "filter" not in bound(app)
        await pilot.press("slash")
        await settle(pilot)
        assert not app.screen.query_one(FilterBar).display
        assert app.screen.query_one("StatusLine").said == ""
