from __future__ import annotations

import pytest
from textual.pilot import Pilot

from cs_console.services.context import Context
from cs_console.ui.app import ConsoleApp

SIZE = (120, 36)


@pytest.fixture
def app(demo_ctx: Context) -> ConsoleApp:
    return ConsoleApp(demo_ctx, sign_in=False)


async def settle(pilot: Pilot) -> None:
    """Let every worker finish and its messages be handled."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
