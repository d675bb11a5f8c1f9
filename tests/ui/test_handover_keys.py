"""Screen 5: notes, the PIN window, and both signatures from the keyboard."""

from dataclasses import replace
from datetime import UTC, datetime

from cs_console.ui.app import ConsoleApp
from cs_console.ui.modals.form import FormModal
from cs_console.ui.widgets.status_line import StatusLine
from tests.ui.conftest import SIZE, form_refusal, settle, sign_in, until_modal
from tests.ui.test_shift_due_screen import gap_ctx  # noqa: F401 - the fixture


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
        assert form_refusal(app).startswith("refused [HO-03]")  # said in the form, kept open
        await pilot.press("escape")
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
        assert form_refusal(app) == "Wrong PIN for 1001."
        await pilot.press("escape")
        await pilot.press("o")
        await until_modal(pilot)
        await pilot.press(*"1234", "enter")
        await settle(pilot)
        assert status(app).startswith(
            "2026-11-22/D signed by outgoing 1001 at 15:50; awaiting incoming · "
        )
        for _ in range(20):  # the log is read again after the signature; bounded on a busy machine
            parties = str(app.screen.query_one("#handover-parties").content)
            if "awaiting incoming" in parties:
                break
            await settle(pilot)
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


async def test_d10_a_and_shift_a_acknowledge_the_items_the_incoming_signature_checks(
    early_demo_ctx, clock
):
    """07:52: the night log is signed by its outgoing leader; screen 5 shows it with the items
    it carried; `a` acknowledges the selected one, `A` the rest, then `i` signs."""
    from cs_console.services.handover import note, sign_outgoing

    ctx = early_demo_ctx
    clock.set(datetime(2026, 11, 21, 23, 40, tzinfo=UTC))  # 07:40 in the centre
    night = ctx.acting_as("1029", "1234")
    for section in ("equipment", "problems", "staffing"):
        note(night, section, "Zone B headsets replaced" if section == "equipment" else "none")
    sign_outgoing(night)
    clock.set(datetime(2026, 11, 21, 23, 52, tzinfo=UTC))
    app = ConsoleApp(ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("5")
        await settle(pilot)
        parties = str(app.screen.query_one("#handover-parties").content)
        assert "Log       2026-11-22/N awaiting incoming · out 1029 07:40" in parties
        assert "others' notes go to the log of 2026-11-22/D" in parties
        items = app.screen.query_one("#items")
        first = str(items.get_row_at(0)[1])
        assert first == "from 2026-11-22/N: equipment: Zone B headsets replaced"
        total = items.row_count
        await pilot.press("a")
        await settle(pilot)
        assert status(app).endswith("acknowledged by 1001")
        assert str(app.screen.query_one("#items").get_row_at(0)[2]) == "1001 07:52"
        await pilot.press("A")
        await settle(pilot)
        assert status(app) == f"{total - 1} carried items acknowledged by 1001 (from 2026-11-22/N)"
        await pilot.press("i")
        await until_modal(pilot)
        await pilot.press(*"1234", "enter")
        await settle(pilot)
        assert status(app).startswith("2026-11-22/N signed by incoming 1001 at 07:52 · log 1")
        parties = str(app.screen.query_one("#handover-parties").content)
        assert "· SIGNED" in parties


async def test_d10_screen_5_says_signed_only_while_the_rows_match(early_demo_ctx, clock):
    from sqlalchemy import text

    from cs_console.services.handover import ack_all, note, sign_incoming, sign_outgoing

    ctx = early_demo_ctx
    clock.set(datetime(2026, 11, 22, 7, 40, tzinfo=UTC))  # 15:40 in the centre
    day = ctx.acting_as("1001", "1234")
    for section in ("equipment", "problems", "staffing"):
        note(day, section, "none")
    sign_outgoing(day)
    evening = ctx.acting_as("1015", "1234")
    ack_all(evening)
    sign_incoming(evening)

    async def parties() -> str:
        app = ConsoleApp(ctx, sign_in=False)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("5")
            await settle(pilot)
            return str(app.screen.query_one("#handover-parties").content)

    assert " · SIGNED\n" in await parties()
    with ctx.engine.begin() as conn:
        conn.execute(text("UPDATE handover_log SET in_staff_no = '1016' WHERE seq = 1"))
    shown = await parties()
    assert "SIGNATURE DOES NOT MATCH THE LOG — run cs-console db check" in shown


async def test_ho15_t_ticks_the_selected_close_down_line_and_c_signs_it(gap_ctx, clock):  # noqa: F811
    """22:50 in a centre that closes at 23:00: screen 5 lists the close-down checklist."""
    clock.set(datetime(2026, 11, 22, 14, 50, tzinfo=UTC))  # 22:50 in the centre
    app = ConsoleApp(gap_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot, "1015")
        await pilot.press("5")
        await settle(pilot)
        items = app.screen.query_one("#items")
        lines = [str(items.get_row_at(i)[0]) for i in range(items.row_count)]
        assert lines == ["seats", "lights", "windows", "doors", "power"]
        await pilot.press("t")
        await settle(pilot)
        assert status(app) == "seats ticked by 1015 at 22:50 (close-down of 2026-11-22/E; 4 left)"
        assert str(app.screen.query_one("#items").get_row_at(0)[2]) == "1015 22:50"
        await pilot.press("c")
        await until_modal(pilot)
        await pilot.press(*"1234", "enter")
        await settle(pilot)
        assert status(app) == (
            "close-down of 2026-11-22/E signed by 1015 at 22:50; not ticked: lights, windows, "
            "doors, power (carried to the next log)"
        )
