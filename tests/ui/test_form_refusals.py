"""A form that submits an intent stays open until the result comes back (convention 13): a
refusal by the service is said in the form, every value kept, so the user corrects and sends
again; a success closes it; esc on a refused form writes nothing (convention 16)."""

import pytest
from textual import events

from cs_console.commands.registry import execute
from cs_console.domain.errors import UserError
from cs_console.services.audit import list_entries
from cs_console.ui.app import ConsoleApp
from cs_console.ui.modals.form import FormModal
from cs_console.ui.screens.base import ConsoleScreen
from cs_console.ui.widgets.status_line import StatusLine
from tests.ui.conftest import SIZE, new_ticket_form, settle, sign_in, until_modal

UNKNOWN = "Unknown staff number '9999'."


def audit_rows(app: ConsoleApp) -> list[tuple]:
    return [(e.at, e.actor, e.action, e.target, e.after) for e in list_entries(app.cs)]


async def refused_new_ticket(pilot) -> FormModal:  # noqa: ANN001
    """The ticket queue's new-ticket form sent with a first-contact agent nobody has."""
    await sign_in(pilot)
    await pilot.press("3")
    await settle(pilot)
    await pilot.press("n")
    await until_modal(pilot)
    form = pilot.app.screen
    await pilot.press("enter", *"Meter stuck", "enter", *"139", "enter", *"9999", "enter")
    await settle(pilot)
    return form


async def test_a_refused_new_ticket_keeps_the_form_with_the_sentence_under_the_field(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        form = await refused_new_ticket(pilot)
        assert app.screen is form  # the service refused it: still open
        error = form.query_one("#error-agent")  # the sentence names the agent typed
        assert error.display and str(error.content) == UNKNOWN
        assert form.query_one("#field-summary").value == "Meter stuck"
        assert form.query_one("#field-phone").value == "139"
        assert form.query_one("#field-agent").value == "9999"
        assert form.focused is form.query_one("#field-agent")


async def test_correcting_a_refused_form_and_sending_again_closes_it(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        form = await refused_new_ticket(pilot)
        assert app.screen is form
        await pilot.press(*["backspace"] * 4, *"1005")
        assert not form.query_one("#error-agent").display  # typing there clears it
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConsoleScreen)
        assert str(app.screen.query_one(StatusLine).content).startswith("T-70 consultation")


async def test_esc_on_a_refused_form_writes_nothing(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        form = await refused_new_ticket(pilot)
        assert app.screen is form
        before = audit_rows(app)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ConsoleScreen)
        assert audit_rows(app) == before


async def test_a_refusal_naming_no_field_is_said_under_the_form(demo_ctx):
    """Seat a person (ST-05) on a seat whose holder is here: the sentence goes under the form,
    the staff number typed stays, the focus is on the first field."""
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("2")
        await settle(pilot)
        await pilot.press("s")  # the cursor starts on A01, held by 1003, who is here
        await until_modal(pilot)
        form = app.screen
        await pilot.press(*"1009", "enter")
        await settle(pilot)
        assert app.screen is form
        refusal = form.query_one("#form-refusal")
        assert refusal.display
        assert str(refusal.content) == "Seat A01 is taken by 1003 高翔, who is here; free it first."
        assert form.query_one("#field-staff").value == "1009"
        assert form.focused is form.query_one("#field-staff")


async def test_enter_twice_on_a_sent_form_sends_it_once(demo_ctx):
    """While the result is on its way, a second enter does not send the form again."""
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await new_ticket_form(pilot)
        await pilot.press("enter", *"Meter stuck", "enter", "enter")  # on the last field
        for _ in range(2):  # as a bouncing key sends them: no pause between
            app.post_message(events.Key("enter", None))
        await settle(pilot)
        assert isinstance(app.screen, ConsoleScreen)
        assert str(app.screen.query_one(StatusLine).content).startswith("T-70 consultation")
        with pytest.raises(UserError):
            execute(demo_ctx.acting_as("1001"), "show T-71")
