"""Screen 1 shows the shift due (RC-02): the next shift from 30 minutes before it starts, in a
24-hour centre and in a centre that closes overnight."""

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from cs_console.config import Settings, ShiftSetting
from cs_console.services.context import Context
from cs_console.services.database import open_context
from cs_console.services.demo import create_demo
from cs_console.ui.app import ConsoleApp
from tests.conftest import ZONE
from tests.ui.conftest import SIZE, rows, settle

GAP = (
    ShiftSetting(code="D", name="Day", start="08:30", end="16:30"),
    ShiftSetting(code="E", name="Evening", start="16:30", end="23:00"),
)


def local(ctx: Context, text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ctx.settings.tz).astimezone(UTC)


@pytest.fixture
def gap_ctx(sqlite_target, clock) -> Iterator[Context]:
    ctx = open_context(sqlite_target, Settings(timezone=ZONE, shifts=GAP), clock)
    clock.set(local(ctx, "2026-11-22T07:00"))
    create_demo(ctx)
    yield ctx
    ctx.engine.dispose()


def title(app: ConsoleApp) -> str:
    return str(app.screen.query_one("#screen-title").content)


async def test_rc02_at_0750_screen_1_shows_the_day_shift_not_the_night(early_demo_ctx, clock):
    clock.set(local(early_demo_ctx, "2026-11-22T07:50"))
    app = ConsoleApp(early_demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "D Day 08:00–16:00 2026-11-22 (due shift)" in title(app)


async def test_rc02_a_closed_centre_shows_the_0830_shift_from_0800(gap_ctx, clock):
    clock.set(local(gap_ctx, "2026-11-22T08:00"))
    app = ConsoleApp(gap_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "D Day 08:30–16:30 2026-11-22 (due shift) · roll call 08:20 · start 08:30" in title(
            app
        )
        assert rows(app)["1003"][5] == "expected"
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert "E Evening 16:30–23:00 2026-11-21 (previous shift)" in title(app)
