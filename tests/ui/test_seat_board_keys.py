"""Screen 2 from the keyboard: move with hjkl and arrows, seat people, away clocks live."""

from textual.coordinate import Coordinate

from cs_console.ui.app import ConsoleApp
from cs_console.ui.modals.form import FormModal
from cs_console.ui.widgets.seat_grid import SeatGrid
from cs_console.ui.widgets.status_line import StatusLine
from tests.ui.conftest import SIZE, settle, sign_in, until_modal


def cell(app: ConsoleApp, row: int, col: int) -> str:
    return str(app.screen.query_one("#table", SeatGrid).get_cell_at(Coordinate(row, col)))


def status(app: ConsoleApp) -> str:
    return str(app.screen.query_one(StatusLine).content)


async def seat_board(pilot) -> SeatGrid:  # noqa: ANN001
    """Screen 2 shown with its seats read; its grid."""
    await settle(pilot)
    await pilot.press("2")
    await settle(pilot)
    return pilot.app.screen.query_one("#table", SeatGrid)


async def test_hjkl_and_arrows_move_between_seats(demo_ctx):
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        grid = await seat_board(pilot)
        assert grid.cursor_coordinate == Coordinate(0, 0)
        await pilot.press("l", "l", "j")
        assert grid.cursor_coordinate == Coordinate(1, 2)
        await pilot.press("down", "h")
        assert grid.cursor_coordinate == Coordinate(2, 1)
        await pilot.press("k")
        assert grid.cursor_coordinate == Coordinate(1, 1)


async def test_s_seats_a_person_and_the_board_shows_states(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("2")
        await settle(pilot)
        assert cell(app, 0, 0).startswith("A01 call 3m\n1003 高翔")
        assert cell(app, 1, 1).startswith("A06 AWAY 7m\n1008 何晶")
        assert cell(app, 1, 0).startswith("A05 break 12m\n1007 孙浩")
        await pilot.press("j", "j", "j")  # B1 row: empty seats
        await pilot.press("s")
        await until_modal(pilot)
        assert isinstance(app.screen, FormModal)
        await pilot.press(*"1009", "enter")
        await settle(pilot)
        assert status(app) == "1009 moved from A07 to B01"
        assert cell(app, 3, 0).endswith("1009 司马燕")


async def test_away_clock_turns_red_at_twenty_minutes(demo_ctx, clock):
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        grid = await seat_board(pilot)
        away = grid.get_cell_at(Coordinate(1, 1))  # A06: 1008 away since 10:23
        assert str(away).startswith("A06 AWAY 7m")
        assert "yellow" in str(away.style)
        assert "A06 AWAY 7m" in app.export_screenshot().replace("&#160;", " ")
        clock.advance(minutes=13)
        app.tick()
        await pilot.pause()
        away = grid.get_cell_at(Coordinate(1, 1))
        assert str(away).startswith("A06 AWAY 20m")
        assert "A06 AWAY 20m" in app.export_screenshot().replace("&#160;", " ")  # drawn
        assert "red" in str(away.style)


async def test_st05_seating_a_cover_on_the_seat_of_someone_not_arrived_asks(demo_ctx):
    """1013 is rostered at A11 and has not come: a cover is seated there only after y."""
    from cs_console.ui.modals.confirm import ConfirmModal

    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("2")
        await settle(pilot)
        await pilot.press("colon", *"seat A11 1009", "enter")
        await until_modal(pilot)
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("n")
        await settle(pilot)
        assert not isinstance(app.screen, ConfirmModal)
        assert not status(app).startswith("1009 moved")  # n seats nobody
        await pilot.press("colon", *"seat A11 1009", "enter")
        await until_modal(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert status(app) == "1009 moved from A07 to A11 as cover for 1013"


async def test_st05_y_to_the_cover_question_runs_the_typed_intent(demo_ctx, monkeypatch):
    """Seated from the form on A11: the form closes on the question, and y runs the cover as
    a typed intent, no command line read back (convention 13)."""
    from cs_console.ui.modals.confirm import ConfirmModal

    lines: list[str] = []
    monkeypatch.setattr(ConsoleApp, "run_command", lambda _app, line, *_a, **_k: lines.append(line))
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("2")
        await settle(pilot)
        place = next(p for p, c in app.screen._places.items() if c.seat == "A11")
        app.screen.query_one("#table", SeatGrid).cursor_coordinate = Coordinate(*place)
        await pilot.press("s")
        await until_modal(pilot)
        await pilot.press(*"1009", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmModal)
        assert not any(isinstance(s, FormModal) for s in app.screen_stack)  # the form closed
        await pilot.press("y")
        await settle(pilot)
        assert status(app) == "1009 moved from A07 to A11 as cover for 1013"
        assert lines == []


async def test_clicking_the_seat_under_the_cursor_opens_it(demo_ctx):
    from cs_console.ui.modals.text_result import TextResultModal

    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        grid = await seat_board(pilot)
        await pilot.click("#table", offset=(grid._label_width + 2, 1))
        await settle(pilot)
        assert isinstance(app.screen, TextResultModal)
        assert "A01" in str(app.screen.query_one("#dialog-title").content)
