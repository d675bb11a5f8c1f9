from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable

from cs_console.services.context import Context
from cs_console.ui.app import ConsoleApp

SIZE = (120, 36)


@pytest.fixture
def app(demo_ctx: Context) -> ConsoleApp:
    return ConsoleApp(demo_ctx, sign_in=False)


async def settle(pilot: Pilot) -> None:
    """Let every worker finish and the screen stop changing (robust on a loaded machine)."""
    previous = None
    for _ in range(100):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        # A DataTable sizes its columns on idle; under load that may not have happened yet.
        sizing = any(t._require_update_dimensions for t in pilot.app.screen.query(DataTable))
        shot = pilot.app.export_screenshot()
        if not sizing and shot == previous:
            return
        previous = shot


async def sign_in(pilot: Pilot, staff_no: str = "1001", pin: str = "1234") -> None:
    await pilot.pause()
    await pilot.press(*staff_no, "enter", *pin, "enter")
    await settle(pilot)


def rows(app) -> dict[str, tuple[str, ...]]:  # noqa: ANN001
    table = app.screen.query_one(DataTable)
    return {
        str(r[0]): tuple(map(str, r)) for r in (table.get_row_at(i) for i in range(table.row_count))
    }
