"""Widths of text in cells as the terminal (Rich, Textual) draws them: CJK and full-width
punctuation take two cells, zero-width characters and emoji sequences what they take on screen,
ambiguous-width characters one — so columns line up in tables, on the seat board and on paper."""

from __future__ import annotations

import pytest
from rich.cells import cell_len as rich_cell_len

from cs_console.domain.cells import cell_len, columns, cut, pad, wrap

SAMPLES = [
    "王芳",
    "，。：“”",  # full-width punctuation
    "—·①Ω",  # ambiguous width: one cell, as Rich draws them
    "A\u200bB",  # a zero-width space
    "e\u0301",  # a combining accent
    "⚠\ufe0f",  # an emoji presentation selector
    "👍🏽",  # a skin-tone modifier
    "👨\u200d👩\u200d👧",  # a family joined by zero-width joiners
    "ｱｲｳ",  # half-width katakana
    "Lucía Martín",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_cell_len_is_the_terminals_width(text):
    assert cell_len(text) == rich_cell_len(text)


@pytest.mark.parametrize("text", SAMPLES)
def test_pad_fills_exactly_the_width(text):
    assert cell_len(pad(text, 14)) == 14
    assert cell_len(pad(text * 5, 9)) == 9  # cut with … when longer


def test_cut_never_splits_a_character_sequence():
    family = "👨\u200d👩\u200d👧"
    assert cut(family + "ab", 2) == family
    assert cut(family + "ab", 1) == ""
    assert cut("王芳ab", 3) == "王"


def test_wrap_keeps_every_line_inside_the_width():
    text = "交接班记录：设备正常，👍🏽 no problems\u200b today, 旷工 1 人。"
    lines = wrap(text, 12, indent="  ")
    assert all(cell_len(line) <= 12 for line in lines)
    assert "".join(line.strip() for line in lines).replace(" ", "") == text.replace(" ", "")


def test_columns_pad_by_cells_and_widen_for_a_wide_header():
    lines = columns([("时段", "短放弃"), ("10:00", "1"), ("本班", "12")], "<>", (5, 5))
    assert lines == ["时段  短放弃", "10:00      1", "本班      12"]
    assert {cell_len(line) for line in lines} == {12}
