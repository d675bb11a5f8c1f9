from __future__ import annotations

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import DataTable
from textual.worker import WorkerCancelled

from cs_console.services.context import Context
from cs_console.ui.app import ConsoleApp
from cs_console.ui.widgets.queue_view import QueueView

SIZE = (120, 36)


@pytest.fixture
def app(demo_ctx: Context) -> ConsoleApp:
    return ConsoleApp(demo_ctx, sign_in=False)


async def settle(pilot: Pilot) -> None:
    """Let every worker finish and the screen stop changing (robust on a loaded machine)."""
    previous = None
    stable = 0
    for _ in range(100):
        try:
            await pilot.app.workers.wait_for_complete()
        except WorkerCancelled:  # a newer load replaced it: wait for that one
            continue
        await pilot.pause()
        # A DataTable sizes its columns and row labels on idle; under load that comes late.
        sizing = any(t._require_update_dimensions for t in pilot.app.screen.query(DataTable))
        shot = pilot.app.export_screenshot()
        stable = stable + 1 if (not sizing and shot == previous) else 0
        if stable == 2:
            return
        previous = shot


async def sign_in(pilot: Pilot, staff_no: str = "1001", pin: str = "1234") -> None:
    await pilot.pause()
    await pilot.press(*staff_no, "enter", *pin, "enter")
    await settle(pilot)


async def open_screen(pilot: Pilot, key: str) -> None:
    """The console settled, then the screen of ``key`` (1…6) shown and settled."""
    await settle(pilot)
    await pilot.press(key)
    await settle(pilot)


def rows(app) -> dict[str, tuple[str, ...]]:  # noqa: ANN001
    """The rows of the screen's table: on the ticket queue, the rows read around the cursor."""
    views = app.screen.query(QueueView)
    if views:
        return {str(r[0]): tuple(map(str, r)) for r in views.first().loaded()}
    table = app.screen.query_one(DataTable)
    return {
        str(r[0]): tuple(map(str, r)) for r in (table.get_row_at(i) for i in range(table.row_count))
    }


async def until_modal(pilot: Pilot) -> None:
    """Wait until the dialog a key opened is on screen and ready for keys (bounded)."""
    from textual.screen import ModalScreen

    for _ in range(200):
        await pilot.pause()
        if isinstance(pilot.app.screen, ModalScreen) and pilot.app.screen.is_mounted:
            focused = pilot.app.screen.focused
            if focused is not None or not pilot.app.screen.query("Input"):
                return
    raise AssertionError("no dialog opened")


async def new_ticket_form(pilot: Pilot) -> None:
    """Signed in as the day leader, the new-ticket form of the ticket queue open."""
    await sign_in(pilot)
    await pilot.press("3")
    await settle(pilot)
    await pilot.press("n")
    await until_modal(pilot)


def form_refusal(app) -> str:  # noqa: ANN001
    """What the open form says is wrong: the sentences shown under its fields or under it."""
    from textual.widgets import Label

    from cs_console.ui.modals.form import FormModal

    assert isinstance(app.screen, FormModal), app.screen
    shown = [label for label in app.screen.query(".field-error").results(Label) if label.display]
    return " ".join(str(label.content) for label in shown)


async def send_burst(pilot: Pilot, keys: list[str]) -> None:
    """As a fast typist or a paste sends them: no pause between."""
    for key in keys:
        name = {" ": "space"}.get(key, key)
        pilot.app.post_message(events.Key(name, key if len(key) == 1 else None))
    await pilot.pause()
    await pilot.pause()
