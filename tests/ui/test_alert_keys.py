"""Alerts that are not lost: they ring on a squad leader's console, ctrl+a lists them and enter
acknowledges one (a row in the database, so it survives restarts)."""

from cs_console.services.alerts import Due, open_alerts, raise_due
from cs_console.ui.app import ConsoleApp
from tests.ui.conftest import SIZE, settle, sign_in


def _raise(ctx, text: str) -> None:  # noqa: ANN001
    with ctx.transaction() as session:
        raise_due(ctx, session, [Due("wait:1", "wait", text)], ctx.now())


def _notes(app: ConsoleApp) -> list[str]:
    return [n.message for n in app._notifications]


async def test_an_alert_rings_for_the_leader_and_enter_in_ctrl_a_acknowledges_it(demo_ctx):
    _raise(demo_ctx, "a call has waited 150 s (over 120 s); 1 waiting")
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot, "1001", "1234")
        await settle(pilot)
        app.tick()
        await settle(pilot)
        assert any(n.startswith("alert A-1: a call has waited 150 s") for n in _notes(app))
        await pilot.press("ctrl+a")
        await settle(pilot)
        # the first listed is the oldest; the demo's clocks in warning or overrun follow (D-07)
        assert "Open alerts (" in str(app.screen.query_one("#dialog-title").content)
        await pilot.press("enter")
        await settle(pilot)
    assert 1 not in [a.id for a in open_alerts(demo_ctx)]


async def test_esc_in_the_alert_list_acknowledges_nothing(demo_ctx):
    _raise(demo_ctx, "service level below 0.80 two intervals running")
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot, "1001", "1234")
        await settle(pilot)
        await pilot.press("ctrl+a")
        await settle(pilot)
        listed = {a.id for a in open_alerts(demo_ctx)}
        await pilot.press("escape")
        await settle(pilot)
    assert 1 in listed and listed <= {a.id for a in open_alerts(demo_ctx)}


async def test_the_wall_shows_the_figures_and_writes_nothing(demo_ctx):
    from cs_console.services.log_tail import Chunk
    from cs_console.services.queue_feed import store_chunk
    from cs_console.services.wall import wall_figures
    from cs_console.ui.wall import WallApp, tile_values
    from tests.cli.test_feed import epoch
    from tests.cli.test_feed_figures import small_day

    store_chunk(demo_ctx, Chunk(1, small_day(epoch("10:00")).splitlines(True)), "queue_log")
    figures = wall_figures(demo_ctx)
    assert (figures.waiting, figures.level_shift) == (1, 1 / 3)
    values = tile_values(figures)
    assert (values["level_shift"], values["waiting"]) == ("0.33", "1")
    app = WallApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.cs.read_only
        assert str(app.query_one("#tile-waiting").value) == "1"
