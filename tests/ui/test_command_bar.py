"""The ``:`` bar as k9s users expect it: Tab completes and keeps the focus, ↑/↓ history kept
across restarts with customer data masked (D-12), did-you-mean, ``:q``, esc from anywhere."""

from cs_console.services.history import history_path
from cs_console.ui.app import ConsoleApp
from cs_console.ui.widgets.input_bar import CommandLine
from cs_console.ui.widgets.status_line import StatusLine
from tests.ui.conftest import SIZE, settle, sign_in


def status(app: ConsoleApp) -> str:
    return str(app.screen.query_one(StatusLine).content)


async def test_tab_completes_verbs_staff_and_tickets_and_keeps_the_focus(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("colon", *"sta")
        await settle(pilot)
        bar = app.screen.query_one(CommandLine)
        await pilot.press("tab")  # state, stats, status: as far as they agree
        assert bar.value == "stat" and app.focused is bar
        await pilot.press("u", "tab")
        assert bar.value == "status " and app.focused is bar
        bar.value = ""
        await pilot.press(*"away 100")
        await settle(pilot)
        await pilot.press("tab")
        assert bar.value.startswith("away 100") and len(bar.value.split()[1]) == 4
        assert app.focused is bar
        bar.value = ""
        await pilot.press(*"dispatch T-6")
        await settle(pilot)
        await pilot.press("tab")
        assert bar.value.startswith("dispatch T-6") and app.focused is bar
        await pilot.press("tab", "a")  # a second Tab and a letter stay in the bar
        assert bar.value.endswith("a") and app.focused is bar


async def test_unknown_verb_suggests_the_nearest(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("colon", *"stauts", "enter")
        await settle(pilot)
        assert status(app) == "Unknown command 'stauts' — did you mean 'status'?"


async def test_history_is_kept_across_restarts_with_phones_and_names_masked(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("colon", *"ticket fault Line down phone 13911112222 name Li Wei", "enter")
        await settle(pilot)
        await pilot.press("colon", *"status", "enter")
        await settle(pilot)
    saved = history_path().read_text(encoding="utf-8")
    assert "13911112222" not in saved and "139****2222" in saved
    assert "Li Wei" not in saved and "L* W**" in saved
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("colon", "up")
        bar = app.screen.query_one(CommandLine)
        assert bar.value == "status"
        await pilot.press("up")
        assert bar.value.startswith("ticket fault Line down phone 139****2222")
        await pilot.press("down")
        assert bar.value == "status"
        await pilot.press("down")
        assert bar.value == ""


async def test_esc_closes_the_bar_from_anywhere_and_q_quits(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("colon", *"sta")
        app.screen.focus_body()  # focus elsewhere: the bar is still open
        await pilot.press("escape")
        assert not app.screen.query_one(CommandLine).display
        await pilot.press("colon", "q", "enter")
        await pilot.pause()
        assert not app.is_running
