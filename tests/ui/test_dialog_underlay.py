"""A dialog's dimmed underlay is drawn from the strips of the screen beneath, each style tinted
once (ui/underlay.py): the dialog's frame is the one Textual's own underlay makes."""

import pytest
from rich.segment import Segment
from textual._context import visible_screen_stack
from textual.screen import ModalScreen

from cs_console.ui.app import ConsoleApp
from cs_console.ui.underlay import DimmedUnderlay, Underlay
from tests.ui.conftest import SIZE, new_ticket_form, settle, until_modal


def _frame(dialog, beneath) -> list[list[tuple[str, object]]]:  # noqa: ANN001
    """The dialog's whole frame as drawn now, as (text, style) runs per line."""
    dialog.refresh()
    visible_screen_stack.set([beneath])
    strips = dialog._compositor.render_strips()
    return [[(text, style) for text, style, _ in Segment.simplify(strip)] for strip in strips]


@pytest.mark.parametrize(("screen", "key"), [("3", "question_mark"), ("3", "n"), ("2", "f2")])
async def test_a_dialog_dims_the_screen_beneath_as_textual_does(demo_ctx, monkeypatch, screen, key):
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(screen)
        await settle(pilot)
        if key == "n":
            await new_ticket_form(pilot)
        else:
            await pilot.press(key)
            await until_modal(pilot)
        await settle(pilot)
        dialog, beneath = app.screen, app.screen_stack[-2]
        visible_screen_stack.set([beneath])
        drawn = dialog.render()
        assert isinstance(drawn, Underlay)
        assert drawn.screen is beneath
        ours = _frame(dialog, beneath)
        monkeypatch.setattr(DimmedUnderlay, "render", lambda self: ModalScreen.render(self))
        assert ours == _frame(dialog, beneath)


async def test_opening_a_dialog_leaves_the_screen_beneath_nothing_to_repaint(demo_ctx):
    """Its first frame draws the screen beneath: no later frame redraws the whole dialog."""
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await settle(pilot)
        beneath = app.screen
        app.action_help()
        assert app.screen is not beneath
        assert not beneath._repaint_required
