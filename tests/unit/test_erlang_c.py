"""Erlang C and the staffing what-if line (the industry's formulas; golden values from two
published implementations that agree)."""

import math
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from cs_console.config import Settings
from cs_console.domain import erlang
from cs_console.domain.staffing import format_what_if, truncated, what_if

PHONE = Settings().phone


def test_erlang_c_golden_100_calls_per_30_min_aht_180_target_20_with_14_agents():
    load = erlang.traffic(100, 1800, 180)
    assert load == pytest.approx(10.0)
    assert erlang.p_wait(14, load) == pytest.approx(0.1741319, abs=5e-8)
    assert erlang.service_level(14, load, 180, 20) == pytest.approx(0.88835, abs=5e-6)
    assert erlang.asa(14, load, 180) == pytest.approx(7.836, abs=5e-4)
    assert erlang.occupancy(14, load) == pytest.approx(0.7142857, abs=5e-8)


def test_required_agents_is_the_first_count_reaching_the_target():
    load = erlang.traffic(100, 1800, 180)
    assert erlang.service_level(13, load, 180, 20) < 0.80 <= erlang.service_level(14, load, 180, 20)
    assert erlang.required_agents(load, 180, 20, 0.80) == 14
    assert erlang.required_agents(load, 180, 20, 0.88835) == 14
    assert erlang.required_agents(load, 180, 20, 0.8884) == 15
    assert erlang.required_agents(0.0, 180, 20, 0.80) == 0


def test_no_more_agents_than_traffic_means_every_call_waits():
    assert erlang.p_wait(10, 10.0) == 1.0
    assert erlang.service_level(10, 10.0, 180, 20) == 0.0
    assert erlang.asa(9, 10.0, 180) == math.inf
    assert erlang.occupancy(9, 10.0) == 1.0


def test_large_traffic_stays_finite_and_monotone():
    """The Erlang B recurrence keeps every step within [0, 1]: no factorial overflows."""
    load = 2000.0
    levels = [erlang.service_level(n, load, 180, 20) for n in range(2001, 2060, 10)]
    assert all(0.0 <= x <= 1.0 for x in levels)
    assert levels == sorted(levels)
    needed = erlang.required_agents(load, 180, 20, 0.80)
    assert erlang.service_level(needed - 1, load, 180, 20) < 0.80
    assert erlang.service_level(needed, load, 180, 20) >= 0.80


def test_what_if_line_names_need_presence_and_level():
    """The confirmation line: 50 calls in 15 minutes at AHT 180 s is 10 Erlang; 14 present, one
    leaves → 13 → 0.7956, shown cut to 0.79 so it never reads as the 0.80 target."""
    start = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
    end = datetime(2026, 11, 23, 2, 15, tzinfo=UTC)
    line = what_if(start, end, 50, 180, 14, 1, PHONE.sl_target_seconds, PHONE.service_level_target)
    assert (line.needed, line.present_after, line.short) == (14, 13, True)
    assert line.service_level == pytest.approx(0.79559, abs=5e-6)
    text = format_what_if(line, ZoneInfo("Asia/Shanghai"))
    assert text == "10:00–10:15: needs 14, present 13 after this → service level 0.79 (target 0.80)"


@pytest.mark.parametrize(
    ("level", "shown"), [(0.7999999, 0.79), (0.8, 0.8), (0.29, 0.29), (0.88835, 0.88), (1.0, 1.0)]
)
def test_levels_are_cut_not_rounded(level, shown):
    assert truncated(level) == shown
