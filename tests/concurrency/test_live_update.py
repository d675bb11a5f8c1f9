"""A write by another process appears in a running console, at one of its polls, without
moving the cursor. The bound only catches a write that never shows (no timing is asserted)."""

from __future__ import annotations

import subprocess
import time

from textual.widgets import DataTable

from cs_console.services.database import open_context
from cs_console.ui.app import ConsoleApp
from tests.ui.conftest import SIZE, settle

WITHIN = 60.0  # seconds: far above the half-second poll, on a loaded machine


def late_state(table: DataTable) -> str:
    row = next(r for r in map(table.get_row_at, range(table.row_count)) if str(r[0]) == "1014")
    return str(row[5])


async def test_a_do_write_appears_without_moving_the_cursor(
    shared_db, console_command, console_env, settings, clock
):
    ctx = open_context(shared_db, settings, clock)
    app = ConsoleApp(ctx, sign_in=False)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            table = app.screen.query_one(DataTable)
            table.move_cursor(row=5)
            assert late_state(table) != "late for shift, 150 min"
            leader = console_command("--as", "1001", "do", "arrive 1014")
            subprocess.run(leader, env=console_env, check=True, capture_output=True)
            written = time.monotonic()
            while late_state(table) != "late for shift, 150 min":
                assert time.monotonic() - written < WITHIN, "the write never appeared"
                await pilot.pause(0.02)
            assert table.cursor_row == 5  # the other user's change does not move the cursor
    finally:
        ctx.engine.dispose()
