"""Screen 5: notes, the PIN window, and both signatures from the keyboard."""

from dataclasses import replace
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


async def test_p_asks_first_then_prints_the_summary_on_the_default_printer(demo_ctx, clock):
    from sqlmodel import select

    from cs_console.store.models import AuditEntry
    from cs_console.ui.modals.confirm import ConfirmModal
    from tests.cli.test_handover_print import QUEUE

    printing = demo_ctx.settings.model_copy(update={"default_printer": QUEUE})
    clock.set(datetime(2026, 11, 22, 7, 50, tzinfo=UTC))  # 15:50 in the centre
    app = ConsoleApp(replace(demo_ctx, settings=printing))
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("5", "p")
        await until_modal(pilot)
        assert isinstance(app.screen, ConfirmModal)
        question = str(app.screen.query_one("#confirm-question").content)
        assert question == f"Print the handover summary of 2026-11-22/D on {QUEUE}?"
        await pilot.press("n")
        await settle(pilot)
        await pilot.press("p")
        await until_modal(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert status(app).startswith(f"Handover summary of 2026-11-22/D sent to {QUEUE} as ")
    with demo_ctx.reading() as session:
        prints = session.exec(select(AuditEntry).where(AuditEntry.action == "handover.print")).all()
    assert [p.actor for p in prints] == ["1001"]
    assert f"printer {QUEUE} job" in (prints[0].after or "")
