"""Forms never refuse ordinary text: a form builds the intent itself, so quotes, ``name …``,
``phone …`` or ``at HH:MM`` typed into a field are only text (convention 13)."""

from cs_console.ui.app import ConsoleApp
from cs_console.ui.widgets.status_line import StatusLine
from tests.ui.conftest import SIZE, rows, settle, sign_in, until_modal


def status(app: ConsoleApp) -> str:
    return str(app.screen.query_one(StatusLine).content)


async def test_handover_note_with_an_apostrophe_is_kept_as_typed(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("5")
        await settle(pilot)
        await pilot.press("n")
        await until_modal(pilot)
        await pilot.press("enter", *"it's the headset again", "enter")
        await settle(pilot)
        assert "Cannot read" not in status(app)
        assert "it's the headset again" in str(app.screen.query_one("#handover-text").content)


async def test_ticket_summary_with_option_words_is_the_summary(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("3")
        await settle(pilot)
        for summary in ("wants name changed on bill", "phone dead at 10:15 again"):
            await pilot.press("n")
            await until_modal(pilot)
            await pilot.press("enter", *summary, "enter", "enter", "enter")
            await settle(pilot)
            assert status(app).startswith("T-"), status(app)
            await pilot.press("slash", *summary.split()[0], "enter")
            await settle(pilot)
            assert summary in {r[3] for r in rows(app).values()}
            await pilot.press("escape")
            await settle(pilot)


async def test_report_to_a_person_with_an_apostrophe(demo_ctx):
    from tests.ui.test_escalations_keys import select

    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("4")
        await settle(pilot)
        await select(pilot, app, "E-2/report")
        await pilot.press("r")
        await until_modal(pilot)
        app.screen.query_one("#field-to").value = "the manager's deputy"
        await pilot.press("enter", "enter")
        await settle(pilot)
        assert status(app).startswith("E-2 reported to the manager's deputy via phone")


def open_fault_notes(ctx) -> list[str]:  # noqa: ANN001
    from sqlmodel import select

    from cs_console.store.models import SeatFault

    with ctx.reading() as session:
        return [f.note for f in session.exec(select(SeatFault).where(SeatFault.fixed_at == None))]  # noqa: E711


async def test_fault_note_with_quotes_and_brackets_reaches_the_record_as_typed(demo_ctx):
    """The seat board's fault form builds the intent: quotes, brackets, double spaces and
    Chinese are the note, not words for the parser."""
    note = """it's the "left"  [ear] 耳机"""
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("2")
        await settle(pilot)
        await pilot.press("e")  # A01, the first seat
        await until_modal(pilot)
        await pilot.press("enter", *note, "enter")
        await settle(pilot)
        assert status(app).startswith("seat A01: headset fault recorded"), status(app)
    assert note in open_fault_notes(demo_ctx)
