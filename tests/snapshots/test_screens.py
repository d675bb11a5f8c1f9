"""One picture per screen at 120×36 with a fixed clock and the seeded demo centre."""

import pytest

from cs_console.ui.app import ConsoleApp
from tests.ui.conftest import SIZE, settle


async def _settled(pilot) -> None:
    await settle(pilot)


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("roll_call", ["1"]),
        ("seat_board", ["2"]),
        ("ticket_queue", ["3"]),
        ("escalations", ["4"]),
        ("handover", ["5"]),
        ("help", ["3", "question_mark"]),
        ("filtered_roll_call", ["slash", "a", "g", "e", "n", "t", "enter"]),
    ],
)
def test_screen(snap_compare, demo_ctx, name, keys):
    app = ConsoleApp(demo_ctx, sign_in=False)

    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press(*keys)
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_sign_in(snap_compare, demo_ctx):
    assert snap_compare(ConsoleApp(demo_ctx), terminal_size=SIZE, run_before=_settled)
