"""Screen 5: notes, the PIN window, and both signatures from the keyboard."""

from datetime import UTC, datetime

from cs_console.ui.app import ConsoleApp
from cs_console.ui.modals.form import FormModal
from cs_console.ui.widgets.status_line import StatusLine
from tests.ui.conftest import SIZE, settle, sign_in, until_modal


def status(app: ConsoleApp) -> str:
    return str(app.screen.query_one(StatusLine).content)


async def note(pilot, section: str, text: str) -> None:
    await pilot.press("n")
    await until_modal(pilot)
    field = pilot.app.screen.query_one("#field-section")
    field.value = section
    await pilot.press("enter", *text, "enter")
    await settle(pilot)


async def test_notes_then_outgoing_signature_with_pin(demo_ctx, clock):
    clock.set(datetime(2026, 11, 22, 7, 50, tzinfo=UTC))  # 15:50 in the centre
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("5")
        await settle(pilot)
        await pilot.press("o")
        await until_modal(pilot)
        await pilot.press(*"1234", "enter")
        await settle(pilot)
        assert status(app).startswith("refused [HO-03]")
        for section in ("equipment", "problems", "staffing"):
            await note(pilot, section, "none")
        text = str(app.screen.query_one("#handover-text").content)
        assert "Equipment status" in text and "system: none" not in text
        await pilot.press("o")
        await until_modal(pilot)
        assert isinstance(app.screen, FormModal)
        assert app.screen.query_one("#field-pin").password
        await pilot.press(*"9999", "enter")
        await settle(pilot)
        assert status(app) == "Wrong PIN for 1001."
        await pilot.press("o")
        await until_modal(pilot)
        await pilot.press(*"1234", "enter")
        await settle(pilot)
        assert status(app) == "2026-11-22/D signed by outgoing 1001 at 15:50; awaiting incoming"
        parties = str(app.screen.query_one("#handover-parties").content)
        assert "awaiting incoming · out 1001 15:50" in parties
