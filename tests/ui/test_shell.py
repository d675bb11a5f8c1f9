"""The five-screen shell driven by keys, as a squad leader would."""

from textual.command import CommandPalette
from textual.widgets import DataTable, Input

from cs_console.ui.app import ConsoleApp
from cs_console.ui.modals.help import HelpModal
from cs_console.ui.modals.sign_in import SignInModal
from cs_console.ui.modals.text_result import TextResultModal
from cs_console.ui.screens.escalations import EscalationsScreen
from cs_console.ui.screens.handover import HandoverScreen
from cs_console.ui.screens.roll_call import RollCallScreen
from cs_console.ui.screens.seat_board import SeatBoardScreen
from cs_console.ui.screens.ticket_queue import TicketQueueScreen
from cs_console.ui.widgets.header_line import HeaderLine
from cs_console.ui.widgets.input_bar import CommandLine, FilterBar
from cs_console.ui.widgets.seat_grid import SeatGrid
from cs_console.ui.widgets.status_line import StatusLine
from tests.ui.conftest import SIZE, settle, until_modal


def status_text(app: ConsoleApp) -> str:
    return str(app.screen.query_one(StatusLine).content)


async def test_keys_1_to_5_switch_screens(app):
    expected = {
        "1": RollCallScreen,
        "2": SeatBoardScreen,
        "3": TicketQueueScreen,
        "4": EscalationsScreen,
        "5": HandoverScreen,
    }
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key in "2345121":
            await pilot.press(key)
            await settle(pilot)
            assert isinstance(app.screen, expected[key])
        assert app.current_mode == "roll_call"


async def test_header_shows_centre_shift_leader_and_clock(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        header, reminder = str(app.screen.query_one(HeaderLine).content).split("\n")
        assert header.startswith("Customer Service Centre │ D Day 08:00–16:00 (2026-11-22)")
        assert "leader 1001 王芳" in header
        assert "read-only" in header
        assert header.endswith("2026-11-22 10:30:00")
        # RV-04: Monday 18:00 is the next report due on this Sunday morning
        assert reminder == "next report: RV-04 satisfaction analysis by Mon 11-23 18:00 (1d 7h)"


async def test_screens_load_their_data_through_workers(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.query_one(DataTable).row_count == 14  # today's day-shift roster
        await pilot.press("2")
        await settle(pilot)
        grid = app.screen.query_one(SeatGrid)
        assert (grid.row_count, grid.column_count) == (9, 4)  # 3 zones × 3 rows × 4 seats
        await pilot.press("4")
        await settle(pilot)
        table = app.screen.query_one("#table")  # the clock board's, drawn line by line
        assert table.row_count == 9  # 7 complaints and 2 events still running
        assert str(table.get_row_at(0)[8]) == "!! overrun >30"  # urgency readable without colour


async def test_question_mark_opens_help_from_active_bindings_and_esc_closes(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await until_modal(pilot)
        assert isinstance(app.screen, HelpModal)
        ids = {
            str(app.screen.query_one(DataTable).get_row_at(i)[2])
            for i in range(app.screen.query_one(DataTable).row_count)
        }
        assert {
            "screen.roll_call",
            "screen.handover",
            "command_line",
            "filter",
            "roll_call.prev_shift",
        } <= ids
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, RollCallScreen)


async def test_colon_runs_a_command_and_shows_the_result(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("colon")
        assert app.screen.query_one(CommandLine).has_focus
        await pilot.press(*"show 1001", "enter")
        await settle(pilot)
        assert status_text(app).startswith("1001 王芳 · squad_leader")
        assert not app.screen.query_one(CommandLine).display


async def test_refusal_shows_in_the_status_line(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("colon", *"show 4242", "enter")
        await settle(pilot)
        assert status_text(app) == "No staff number, seat or ticket is called '4242'."
        assert app.screen.query_one(StatusLine).has_class("-refused")


async def test_multi_line_result_opens_a_window(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("colon", *"help", "enter")
        await settle(pilot)
        assert isinstance(app.screen, TextResultModal)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, RollCallScreen)


async def test_esc_closes_the_command_line_without_running_it(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("colon", *"status", "escape")
        await settle(pilot)
        assert not app.screen.query_one(CommandLine).display
        assert status_text(app) == ""


async def test_slash_filters_the_table_and_esc_clears(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        await pilot.press("slash", *"王芳")
        await pilot.pause()
        assert table.row_count == 1
        await pilot.press("enter")
        assert table.has_focus
        await pilot.press("escape")
        await pilot.pause()
        assert table.row_count == 14
        await pilot.press("slash", *"agent", "escape")
        await pilot.pause()
        assert not app.screen.query_one(FilterBar).display
        assert table.row_count == 14


async def test_brackets_step_through_shifts(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("right_square_bracket")
        await settle(pilot)
        title = str(app.screen.query_one("#screen-title").content)
        assert "E Evening 16:00–24:00 2026-11-22 (next shift)" in title
        assert str(app.screen.query_one(DataTable).get_row_at(0)[0]) == "1015"
        await pilot.press("left_square_bracket", "left_square_bracket")
        await settle(pilot)
        assert "N Night 00:00–08:00 2026-11-22 (previous shift)" in str(
            app.screen.query_one("#screen-title").content
        )


async def test_ctrl_p_palette_runs_the_same_commands(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"status")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert status_text(app).startswith("2026-11-22 D Day")


async def test_keymap_from_config_remaps_a_binding(demo_ctx):
    from dataclasses import replace

    settings = demo_ctx.settings.model_copy(update={"keymap": {"screen.handover": "f5"}})
    app = ConsoleApp(replace(demo_ctx, settings=settings), sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        assert isinstance(app.screen, HandoverScreen)


async def test_clock_cells_follow_the_clock_without_reloading(app, clock):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("4")
        await settle(pilot)
        table = app.screen.query_one("#table")
        first = [table.get_row_at(i)[7] for i in range(table.row_count)]
        clock.advance(seconds=61)
        app.tick()
        await pilot.pause()
        second = [table.get_row_at(i)[7] for i in range(table.row_count)]
        assert first != second
        header = str(app.screen.query_one(HeaderLine).content).split("\n")[0]
        assert header.endswith("10:31:01")


async def test_sign_in_with_wrong_then_right_pin(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SignInModal)
        await pilot.press(*"1001", "enter", *"0000", "enter")
        await settle(pilot)
        assert str(app.screen.query_one("#sign-in-error").content) == "Wrong PIN for 1001."
        assert app.screen.query_one("#pin", Input).value == ""
        await pilot.press(*"1234", "enter")
        await settle(pilot)
        assert isinstance(app.screen, RollCallScreen)
        assert app.signed_in is not None and app.signed_in.staff_no == "1001"
        assert app.cs.actor == "1001"
        assert "signed in 1001" in str(app.screen.query_one(HeaderLine).content)


async def test_esc_at_sign_in_continues_read_only(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, RollCallScreen)
        assert app.signed_in is None and app.cs.actor is None


async def test_ctrl_q_quits(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.return_code == 0 or not app.is_running


async def test_f2_shows_the_shift_statistics_with_charts(app):
    from cs_console.ui.modals.stats import StatsModal

    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        assert isinstance(app.screen, StatsModal)
        text = str(app.screen.query_one("#stats-text").content)
        assert "Attendance: rostered 14 · present 10 · late 3 · missing 1" in text
        charts = [str(c.content) for c in app.screen.query(".chart")]
        assert "Complaints per hour" in charts[0] and "Occupancy per hour (%)" in charts[1]
        assert "Tickets per day, last 7 days" in charts[1]
        hour_lines = charts[0].split("Complaints per hour")[1].strip().splitlines()
        assert len(hour_lines) == 8 and sum(int(x.split()[-1]) for x in hour_lines) == 9


async def test_rp01_the_header_turns_through_every_report_due_in_7_days(app, clock):
    """10:30:00 shows the nearest; each 5 seconds the next: RV-04, RP-04, RP-05 (none hidden)."""
    seen = []
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(4):
            await settle(pilot)
            app.refresh_header()
            seen.append(str(app.screen.query_one(HeaderLine).content).split("\n")[1].split()[2])
            clock.advance(seconds=5)
    assert seen == ["RV-04", "RP-04", "RP-05", "RV-04"]


async def test_f2_charts_fit_their_half_of_the_dialog_at_80_columns(app):
    """At 80×24 each chart line fits its half of the dialog: no bar wraps onto the next line."""
    from rich.cells import cell_len

    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        for chart in app.screen.query(".chart"):
            widest = max(cell_len(line) for line in str(chart.content).splitlines())
            assert widest <= chart.content_region.width, (widest, chart.content_region.width)
