"""No database work on the UI thread (Typed intents issue; convention 4): every statement a key
causes runs in a worker. The engine refuses any statement sent from the main thread, where the
app's event loop runs under Pilot, and the test walks the screens and their keys."""

from __future__ import annotations

import threading

from sqlalchemy import event

from cs_console.ui.app import ConsoleApp
from tests.ui.conftest import SIZE, settle, sign_in, until_modal


def _on_main_thread(demo_ctx) -> list[str]:  # noqa: ANN001
    seen: list[str] = []

    @event.listens_for(demo_ctx.engine, "before_cursor_execute")
    def check(conn, cursor, statement, params, context, executemany) -> None:  # noqa: ANN001, ARG001
        if threading.current_thread() is threading.main_thread():
            seen.append(" ".join(statement.split())[:80])

    return seen


async def test_screens_and_their_keys_read_only_in_workers(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        seen = _on_main_thread(demo_ctx)
        for screen in "123456":
            await pilot.press(screen)
            await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("d")  # the dispatch picker reads its targets
        await until_modal(pilot)
        await settle(pilot)
        await pilot.press("escape")
        await pilot.press("4")
        await settle(pilot)
        await pilot.press("d")
        await until_modal(pilot)
        await settle(pilot)
        await pilot.press("escape")
        await pilot.press("5")
        await settle(pilot)
        await pilot.press("p")  # the print asks which shift: read in a worker
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert seen == []
