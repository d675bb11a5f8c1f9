"""Lists move as k9s and lazygit do: j/k/g/G/ctrl+d/ctrl+u in every table; the action keys
that collided moved (binding ids kept); a created row gets the cursor."""

import pytest

from cs_console.ui.app import ConsoleApp
from cs_console.ui.modals.form import FormModal
from cs_console.ui.widgets.status_line import StatusLine
from tests.ui.conftest import SIZE, new_ticket_form, settle, sign_in, until_modal


def status(app: ConsoleApp) -> str:
    return str(app.screen.query_one(StatusLine).content)


@pytest.mark.parametrize(("screen", "table"), [("1", "#table"), ("3", "#table"), ("4", "#table")])
async def test_j_k_g_G_ctrl_d_ctrl_u_move_in_the_table(demo_ctx, screen, table):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press(screen)
        await settle(pilot)
        rows = app.screen.query_one(table)
        assert rows.row_count > 2
        await pilot.press("j", "j")
        assert rows.cursor_row == 2
        await pilot.press("k")
        assert rows.cursor_row == 1
        await pilot.press("G")
        assert rows.cursor_row == rows.row_count - 1
        await pilot.press("g")
        assert rows.cursor_row == 0
        await pilot.press("ctrl+d")
        assert rows.cursor_row > 1
        await pilot.press("ctrl+u")
        assert rows.cursor_row == 0
        assert not isinstance(app.screen, FormModal)


async def test_moved_action_keys_keep_their_binding_ids(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("b")
        await until_modal(pilot)
        assert isinstance(app.screen, FormModal) and "TK-14" in app.screen._title
        await pilot.press("escape")
        await pilot.press("1")
        await settle(pilot)
        await pilot.press("e")
        await until_modal(pilot)
        assert isinstance(app.screen, FormModal) and "Leave" in app.screen._title
        await pilot.press("escape")
        ids = {a.binding.id for a in app.screen.active_bindings.values()}
        assert {"roll_call.leave", "list.down", "list.up"} <= ids


async def test_a_new_ticket_gets_the_cursor(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await new_ticket_form(pilot)
        app.screen.query_one("#field-category").value = "complaint"
        await pilot.press("tab", *"Bill doubled", "enter", "enter", "enter")
        await settle(pilot)
        assert status(app).startswith("T-70 ")
        assert app.screen.selected_key() == "T-70"
