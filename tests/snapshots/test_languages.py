"""Screens in Simplified Chinese and Spanish at 120×40, and the roll call and the ticket queue
at 80×24 (convention 18): the footer's keys, titles and column headers are translated, the
footer fits the width and the Chinese columns stay aligned."""

import pytest

from cs_console import i18n
from cs_console.ui.app import ConsoleApp
from tests.ui.conftest import settle

SIZE = (120, 40)
SMALL = (80, 24)


@pytest.fixture
def language(request):
    i18n.use(request.param)
    yield request.param
    i18n.use("en")


def shown(snap_compare, ctx, key: str, size: tuple[int, int] = SIZE) -> bool:
    from cs_console.services.settlement import settle as settle_due

    settle_due(ctx)  # what fell due is proposed before the first frame, not at a tick
    app = ConsoleApp(ctx, sign_in=False)

    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)

    return snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("language", ["zh_CN", "es"], indirect=True)
@pytest.mark.parametrize(
    ("screen", "key"),
    [
        ("ticket_queue", "3"),
        ("seat_board", "2"),
        ("escalations", "4"),
        ("handover", "5"),
        ("month", "6"),
        ("statistics", "f2"),
    ],
)
def test_screen_in_language(snap_compare, demo_ctx, language, screen, key):
    assert shown(snap_compare, demo_ctx, key)


@pytest.mark.parametrize("language", ["zh_CN", "es"], indirect=True)
def test_roll_call_in_language(snap_compare, demo_ctx, language):
    """The header's leader and next report, the counter line and each status in the language
    (RC-01/RC-02, D-02, D-03), the columns aligned."""
    assert shown(snap_compare, demo_ctx, "1")


@pytest.mark.parametrize("language", ["zh_CN", "es"], indirect=True)
@pytest.mark.parametrize(("screen", "key"), [("roll_call", "1"), ("ticket_queue", "3")])
def test_small_terminal_in_language(snap_compare, demo_ctx, language, screen, key):
    """At 80×24 the columns that fit are shown whole and aligned, CJK cells counted as two."""
    assert shown(snap_compare, demo_ctx, key, SMALL)
