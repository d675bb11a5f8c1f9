"""Forms in the language (convention 18): a picker shows its choices translated and sends the
stored English word; the hint and the field checks speak the language."""

import pytest
from textual.widgets import Select, Static

from cs_console import i18n
from cs_console.ui.app import ConsoleApp
from cs_console.ui.widgets.status_line import StatusLine
from tests.ui.conftest import SIZE, new_ticket_form, settle


@pytest.fixture
def chinese():
    i18n.use("zh_CN")
    yield
    i18n.use("en")


async def test_category_picker_in_chinese_sends_the_stored_word(demo_ctx, chinese):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await new_ticket_form(pilot)
        form = app.screen
        category = form.query_one("#field-category", Select)
        options = dict((value, str(label)) for label, value in category._options)
        assert options["consultation"] == "咨询"
        assert options["complaint"] == "投诉"  # D-09's categories, stored in English
        assert str(form.query_one("#dialog-hint", Static).content) == (
            "enter：下一栏 / 提交 · esc 取消"
        )
        await pilot.press("enter", *"Meter stuck", "enter", *"13x", "enter", "enter")
        await pilot.pause()
        assert str(form.query_one("#error-phone").content) == "只能填数字。"
        await pilot.press("backspace", "enter", "enter")
        await settle(pilot)
        assert str(app.screen.query_one(StatusLine).content).startswith("T-70 consultation · 到期")


def test_ticket_words_keep_unknown_words_and_tell_the_contexts_apart(chinese):
    from cs_console.domain.ticket_words import fault_word, sort_word, state_cell, view_word

    assert state_cell("in_progress", True, False) == "处理中 +回访"
    assert view_word("pending") == "待处理"  # not a request's 待审批
    assert sort_word("due") == "到期时间"  # not the roll call's shift due (当前)
    assert fault_word("phone") == "话机"
    assert view_word("someday") == "someday"
