"""``--plain`` (and config ``plain = true``): no box drawing, no braille or block bars, no
meaning carried by colour alone — for screen readers and poor terminals."""

from __future__ import annotations

import re
from dataclasses import replace

from textual.coordinate import Coordinate

from cs_console.config import Settings
from cs_console.domain.charts import Chart, bar_lines
from cs_console.ui.app import ConsoleApp
from cs_console.ui.widgets.header_line import HeaderLine
from cs_console.ui.widgets.seat_grid import SeatGrid
from tests.conftest import ZONE
from tests.ui.conftest import SIZE, settle

DRAWING = re.compile("[\u2500-\u259f\u2800-\u28ff]")  # box drawing, block elements, braille


def test_plain_bars_are_ascii():
    chart = Chart("Tickets per hour", ("08", "09"), (3.0, 7.0))
    assert any(DRAWING.search(line) for line in bar_lines(chart, 40))
    plain = bar_lines(chart, 40, plain=True)
    assert not any(DRAWING.search(line) for line in plain)
    assert plain[2].startswith("09 | #") and plain[2].endswith(" 7")


async def test_plain_console_draws_without_box_drawing_or_colour_only_meaning(demo_ctx, clock):
    clock.advance(minutes=13)  # A06's away clock (since 10:23) passes 20 minutes
    app = ConsoleApp(demo_ctx, sign_in=False, plain=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        header = str(app.screen.query_one(HeaderLine).content)
        assert "Customer Service Centre | D Day" in header and not DRAWING.search(header)
        await pilot.press("2")
        await settle(pilot)
        away = str(app.screen.query_one("#table", SeatGrid).get_cell_at(Coordinate(1, 1)))
        assert away.startswith("A06 AWAY 20m !!")  # red said in text too (RC-07)
        await pilot.press("f2")
        await settle(pilot)
        charts = "".join(str(c.content) for c in app.screen.query(".chart"))
        assert "#" in charts and not DRAWING.search(charts)
        dialog = app.screen.query_one("#dialog")
        assert dialog.styles.border_top[0] == "ascii"


async def test_config_plain_true_is_plain_mode(demo_ctx):
    plain = replace(demo_ctx, settings=Settings(timezone=ZONE, plain=True))
    app = ConsoleApp(plain, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "│" not in str(app.screen.query_one(HeaderLine).content)


def test_plain_option_is_read_on_the_quick_start_and_by_the_command_line():
    from typer.testing import CliRunner

    from cs_console.cli.main import app
    from cs_console.options import read_globals

    options, words = read_globals(["--plain", "--read-only"], {})
    assert options.plain and options.read_only and words == []
    assert "--plain" in CliRunner().invoke(app, ["--help"], env={"COLUMNS": "200"}).stdout
