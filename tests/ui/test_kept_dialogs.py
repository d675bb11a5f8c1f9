"""? and the new-ticket form are built once and kept (ui/kept_modals.py): opened again they
are as new — the form's fields at their first values with nothing said under them, the keys
those of the screen they are opened on."""

from textual.widgets import DataTable, Select

from cs_console.ui.app import ConsoleApp
from cs_console.ui.modals.form import FormModal
from cs_console.ui.modals.help import HelpModal
from tests.ui.conftest import SIZE, form_refusal, new_ticket_form, settle, until_modal


async def test_the_new_ticket_form_opened_again_is_as_new(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await new_ticket_form(pilot)
        form = app.screen
        await pilot.press("down", "enter", "enter", *"Meter", "enter", *"13x")
        await pilot.pause()
        assert form_refusal(app) == "Digits only."
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("n")
        await until_modal(pilot)
        assert app.screen is form  # the same dialog, shown again
        assert isinstance(form, FormModal)
        assert form.query_one("#field-category", Select).value == "consultation"
        assert [form.query_one(f"#field-{n}").value for n in ("summary", "phone", "agent")] == [
            "",
            "",
            "",
        ]
        await pilot.pause()
        assert form_refusal(app) == ""
        assert form.focused is form.query_one("#field-category")
        await pilot.press("enter", *"Meter stuck", "enter", "enter", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, FormModal)  # sent: a new ticket (TK-01)


def _help_keys(app: ConsoleApp) -> set[str]:
    table = app.screen.query_one("#help-keys", DataTable)
    return {str(table.get_row_at(i)[2]) for i in range(table.row_count)}


async def test_help_opened_again_lists_the_keys_of_the_screen_under_it(demo_ctx):
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("question_mark")
        await until_modal(pilot)
        help_modal = app.screen
        assert isinstance(help_modal, HelpModal)
        on_queue = _help_keys(app)
        await pilot.press("escape", "2")
        await settle(pilot)
        await pilot.press("question_mark")
        await until_modal(pilot)
        assert app.screen is help_modal
        on_board = _help_keys(app)
        assert on_queue != on_board
        assert "queue.page_down" in on_queue and "queue.page_down" not in on_board
        assert str(help_modal.query_one("#dialog-title").content) == "Keys · Seats"


async def test_the_dispatch_picker_opened_again_is_for_the_ticket_selected_now(demo_ctx):
    from textual.widgets import Input, OptionList

    from cs_console.ui.modals.target_picker import TargetPicker

    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("d")
        await until_modal(pilot)
        await settle(pilot)  # the targets are read in a worker
        picker = app.screen
        assert isinstance(picker, TargetPicker)
        first = str(picker.query_one("#dialog-title").content)
        everyone = picker.query_one(OptionList).option_count
        await pilot.press(*"zzz")
        await pilot.pause()
        assert picker.query_one(OptionList).option_count == 0
        await pilot.press("escape", "down")
        await settle(pilot)
        await pilot.press("d")
        await until_modal(pilot)
        await settle(pilot)
        assert app.screen is picker
        assert str(picker.query_one("#dialog-title").content) != first
        assert picker.query_one("#picker-filter", Input).value == ""
        assert picker.query_one(OptionList).option_count == everyone
        assert picker.query_one(OptionList).highlighted == 0


async def open_picker(pilot) -> None:  # noqa: ANN001
    """The ticket queue's dispatch picker, open on the selected ticket with its targets read."""
    await pilot.press("3")
    await settle(pilot)
    await pilot.press("d")
    await until_modal(pilot)
    await settle(pilot)


async def test_the_dispatch_picker_opened_again_shows_its_targets_in_its_first_frame(
    demo_ctx, monkeypatch
):
    """The targets of the last opening are listed at once, unfiltered; the read that follows
    redraws the list only if they changed, and an enter waits for it."""
    from textual.widgets import OptionList

    from cs_console.ui.modals.target_picker import TargetPicker

    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await open_picker(pilot)
        picker = app.screen
        everyone = picker.query_one(OptionList).option_count
        await pilot.press(*"zzz", "escape")
        await settle(pilot)
        reads = []
        monkeypatch.setattr(TargetPicker, "_read_targets", lambda self: reads.append(1))
        redrawn = []
        monkeypatch.setattr(OptionList, "clear_options", lambda self: redrawn.append(1) or self)
        await pilot.press("d")
        await until_modal(pilot)
        assert reads == [1]
        assert picker.query_one(OptionList).option_count == everyone
        assert picker.query_one(OptionList).highlighted == 0
        picker._show(list(picker._targets))  # the same targets read again: nothing redrawn
        assert redrawn == [1]  # the list unfiltered as it opened, once


async def test_the_picker_read_again_keeps_the_target_the_leader_moved_to(demo_ctx, monkeypatch):
    """Opened again, the picker lists the last targets while it reads them: a read that comes
    back changed keeps the highlight on the target the leader moved to, and an enter pressed
    before it never chooses another target than the one highlighted (TK-01)."""
    from textual.widgets import OptionList

    from cs_console.ui.modals.target_picker import TargetPicker

    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await open_picker(pilot)
        await pilot.press("escape")
        await settle(pilot)
        monkeypatch.setattr(TargetPicker, "_read_targets", lambda self: None)  # read held
        sent = []
        await pilot.press("d")
        await until_modal(pilot)
        picker = app.screen
        monkeypatch.setattr(picker, "_send", lambda code, reply: sent.append(code))
        options = picker.query_one(OptionList)
        await pilot.press("down", "down")
        chosen = options.get_option_at_index(options.highlighted).id
        targets = list(picker._targets)
        moved = [t for t in targets if t.code != chosen]
        picker._show([moved[-1], *moved[:-1], *[t for t in targets if t.code == chosen]])
        assert options.get_option_at_index(options.highlighted).id == chosen
        picker._read = False  # read again, and an enter pressed before it comes back
        await pilot.press("enter")
        picker._show(moved)  # the highlighted target left the shift: nothing is chosen
        await settle(pilot)
        assert sent == []
        assert app.screen is picker
