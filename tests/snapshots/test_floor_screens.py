"""The queue panel of screen 2 with the figures of fed call events (fixed clock, demo centre)."""

from cs_console import i18n
from cs_console.services.log_tail import Chunk
from cs_console.services.queue_feed import store_chunk
from cs_console.ui.app import ConsoleApp
from cs_console.ui.wall import WallApp
from tests.cli.test_feed import epoch
from tests.cli.test_feed_figures import small_day
from tests.ui.conftest import SIZE, settle


async def _settled(pilot) -> None:
    await settle(pilot)


def test_seat_board_with_the_queue_panel(snap_compare, demo_ctx):
    lines = small_day(epoch("10:00")).splitlines(keepends=True)
    assert store_chunk(demo_ctx, Chunk(1, lines), "queue_log").added == len(lines)
    app = ConsoleApp(demo_ctx, sign_in=False)

    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_queue_panel_in_chinese_keeps_its_columns(snap_compare, demo_ctx):
    """The panel's columns are padded by terminal cells: each figure ends under its Chinese
    header, two cells a character."""
    lines = small_day(epoch("10:00")).splitlines(keepends=True)
    store_chunk(demo_ctx, Chunk(1, lines), "queue_log")
    i18n.use("zh_CN")
    try:
        app = ConsoleApp(demo_ctx, sign_in=False)

        async def run_before(pilot) -> None:
            await settle(pilot)
            await pilot.press("2")
            await settle(pilot)

        assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
    finally:
        i18n.use("en")


def test_wall(snap_compare, demo_ctx):
    lines = small_day(epoch("10:00")).splitlines(keepends=True)
    store_chunk(demo_ctx, Chunk(1, lines), "queue_log")
    app = WallApp(demo_ctx)

    assert snap_compare(app, terminal_size=SIZE, run_before=_settled)
