"""Forms: enumerated fields are pickers, fields say what is wrong as you type, a refused submit
keeps the form open on that field with every value kept, enter bursts land in order."""

from textual.widgets import Select

from cs_console.ui.app import ConsoleApp
from cs_console.ui.modals.form import FormModal
from cs_console.ui.widgets.status_line import StatusLine
from tests.ui.conftest import SIZE, new_ticket_form, send_burst, settle, sign_in, until_modal


def status(app: ConsoleApp) -> str:
    return str(app.screen.query_one(StatusLine).content)


async def test_wrong_phone_is_said_under_the_field_and_the_form_stays(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await new_ticket_form(pilot)
        form = app.screen
        assert isinstance(form.query_one("#field-category"), Select)
        await pilot.press("enter", *"Meter stuck", "enter", *"13x", "enter", "enter")
        await pilot.pause()
        assert app.screen is form  # refused: still open
        error = form.query_one("#error-phone")
        assert error.display and str(error.content) == "Digits only."
        assert form.focused is form.query_one("#field-phone")
        assert form.query_one("#field-summary").value == "Meter stuck"
        await pilot.press("backspace", "enter", "enter")
        await settle(pilot)
        assert status(app).startswith("T-70 consultation · due")


async def test_picker_offers_only_the_sections(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("5")
        await settle(pilot)
        await pilot.press("n")
        await until_modal(pilot)
        section = app.screen.query_one("#field-section", Select)
        from cs_console.domain.handover import SECTIONS

        assert [v for _label, v in section._options] == list(SECTIONS)


async def test_enter_burst_lands_in_order(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await new_ticket_form(pilot)
        form = app.screen
        burst = ["enter", *"Line dead", "enter", *"139", "enter", *"1005"]
        await send_burst(pilot, burst)
        assert isinstance(form, FormModal)
        assert form.query_one("#field-summary").value == "Line dead"
        assert form.query_one("#field-phone").value == "139"
        assert form.query_one("#field-agent").value == "1005"


async def test_tab_burst_lands_in_order(demo_ctx):
    """Tab and shift+tab move between the fields as the keys arrive, like enter: what is typed
    right behind them lands in the field they moved to."""
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await new_ticket_form(pilot)
        form = app.screen
        burst = ["tab", *"Line dead", "tab", *"139", "tab", *"1005", "shift+tab", *"7"]
        await send_burst(pilot, burst)
        assert isinstance(form, FormModal)
        assert form.query_one("#field-summary").value == "Line dead"
        # shift+tab went back to the phone, whose text a field entered by tab has selected
        assert form.query_one("#field-phone").value == "7"
        assert form.query_one("#field-agent").value == "1005"
