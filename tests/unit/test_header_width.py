"""At 80 columns the header kept the centre's name and lost who is signed in and the clock;
narrow, the centre goes first, then the shift's date."""

from __future__ import annotations

from datetime import UTC, datetime

from rich.cells import cell_len

from cs_console.ui.widgets.header_line import header_text

NOW = datetime(2026, 11, 22, 10, 30, tzinfo=UTC)
CENTRE = "Customer Service Centre"


def first(width: int | None) -> str:
    return header_text(CENTRE, None, "signed in 1001", NOW, UTC, width=width).splitlines()[0]


def test_wide_the_header_is_whole():
    assert first(None) == first(200)
    assert first(200).startswith(CENTRE) and first(200).endswith("10:30:00")


def test_narrow_who_and_the_time_stay_and_the_centre_goes():
    line = first(55)
    assert "signed in 1001" in line and line.endswith("10:30:00")
    assert CENTRE not in line and cell_len(line) <= 55
