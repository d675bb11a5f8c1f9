"""Once the first screen shows its data, the other screens are built and read in the
background, one at a time (ui/switching.py): showing one for the first time is a switch. A
screen shown again reads its data again when anyone wrote while it was away."""

from cs_console.commands.registry import execute
from cs_console.ui.app import ConsoleApp
from cs_console.ui.opening import SCREENS
from tests.ui.conftest import SIZE, rows, settle, sign_in


async def _all_built(pilot) -> None:  # noqa: ANN001
    for _ in range(200):
        await settle(pilot)
        built = pilot.app.built_screens
        if len(built) == len(SCREENS) and all(s.loaded for s in built):
            return
        await pilot.pause(0.05)


def _refs(app: ConsoleApp) -> set[str]:
    return {str(row[0]) for row in rows(app).values()}


async def test_every_screen_is_built_and_read_after_the_first_one_shows(demo_ctx):
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await _all_built(pilot)
        assert sorted(type(s).__name__ for s in app.built_screens) == sorted(
            name for _module, name in SCREENS.values()
        )
        away = {type(s).__name__: s for s in app.built_screens}
        await pilot.press("4")
        await settle(pilot)
        assert app.screen is away["EscalationsScreen"]
        assert app.screen.loaded


async def test_a_screen_shown_again_shows_what_was_written_while_it_was_away(demo_ctx):
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        await settle(pilot)
        before = _refs(app)
        await pilot.press("1")
        await settle(pilot)
        leader = demo_ctx.acting_as("1001")
        ref = execute(leader, "complaint rude answer on the line agent 1003").split()[0]
        app._poll()  # another console wrote: the poll sees it
        await settle(pilot)
        await pilot.press("4")
        await settle(pilot)
        assert ref not in before
        assert ref in _refs(app)


async def test_building_and_showing_the_screens_restyles_nothing_else(demo_ctx, monkeypatch):
    """A new screen is styled as it is mounted, with its own CSS (scoped to it) read first."""
    restyled = []
    monkeypatch.setattr(ConsoleApp, "refresh_css", lambda self, animate=True: restyled.append(1))
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await _all_built(pilot)
        for key in "234561":
            await pilot.press(key)
            await settle(pilot)
        assert restyled == []


async def test_no_screen_is_built_away_while_keys_come(demo_ctx):
    """Keys come first: while the leader types, nothing is built in the background; once the
    keys stop for a moment, the building goes on."""
    from cs_console.ui import switching

    app = ConsoleApp(demo_ctx, sign_in=False)
    app._last_key = switching.time.monotonic() + 60  # as if keys kept coming
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.pause(0.3)
        await settle(pilot)
        assert [type(s).__name__ for s in app.built_screens] == ["RollCallScreen"]
        app._last_key = 0.0  # the keys stopped: the waiting build goes on when it looks again
        app.build_away()
        await _all_built(pilot)
        assert len(app.built_screens) == len(SCREENS)


async def test_a_screen_shown_again_after_a_minute_reads_again(demo_ctx, monkeypatch):
    """What changes with time alone (a shift becoming due) writes nothing: a screen whose last
    read is older than a minute reads again when shown; one read just now does not."""
    from cs_console.ui.screens import base

    # another terminal's write (the poll) reloads the screen shown whatever its age: the
    # console's own first settlement, late on a busy machine, was taken for one
    monkeypatch.setattr(ConsoleApp, "_polled", lambda _app, _token: None)
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        await settle(pilot)
        clocks = app.screen
        await pilot.press("1")
        await settle(pilot)
        reads = []
        monkeypatch.setattr(clocks, "reload", lambda: reads.append(1))
        # no write seen since its read, whatever the app's own writes do: only its age counts
        monkeypatch.setattr(ConsoleApp, "last_change", property(lambda _app: -7))
        clocks.read_for = (-7, app.cs.actor)
        await pilot.press("4")
        await settle(pilot)
        assert reads == []
        await pilot.press("1")
        await settle(pilot)
        clocks.read_at -= base.STALE + 1
        await pilot.press("4")
        await settle(pilot)
        assert reads == [1]


async def test_a_screen_built_away_has_had_its_first_update_tick_away(demo_ctx, monkeypatch):
    """A screen's update timer ticks first a whole frame period after it starts: started
    while the screen is away, its first showing is drawn at the next frame, not a period on."""
    from textual.screen import Screen

    ticked_away: set[str] = set()
    tick = Screen._on_timer_update

    def spy(self: Screen) -> None:
        if not self.is_current:
            ticked_away.add(type(self).__name__)
        tick(self)

    monkeypatch.setattr(Screen, "_on_timer_update", spy)
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await _all_built(pilot)
        await pilot.pause(0.1)
        away = {type(s).__name__ for s in app.built_screens if s is not app.screen}
        assert away and away <= ticked_away


async def test_a_screen_built_before_a_sign_in_reads_again_for_who_signed_in(demo_ctx, monkeypatch):
    """Screen 6 shows a leader their own team: built away while the console was read-only
    (every team), it reads again when shown after the sign-in, whether or not the sign-in
    wrote anything."""
    from textual.widgets import DataTable

    # what the sign-in's settling writes, if anything, is not what makes it read again
    monkeypatch.setattr(ConsoleApp, "last_change", property(lambda _app: -7))
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await _all_built(pilot)
        month = next(s for s in app.built_screens if type(s).__name__ == "MonthScreen")
        table = month.query_one(DataTable)
        assert {str(table.get_row_at(i)[2]) for i in range(table.row_count)} != {"D"}
        await sign_in(pilot)
        await pilot.press("6")
        await settle(pilot)
        assert app.screen is month and {r[2] for r in rows(app).values()} == {"D"}
