"""A clock's band stays what it is until the instant ``band_until`` gives (#23, P5): screens
and alerts work a band out again only then."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from cs_console.config import Rules
from cs_console.domain.escalation import ClockLine, ClockRules

RULES = Rules().clocks
OTHER = ClockRules(30, 45, (20, 25, 28), ((5, 1), (10, 3)))  # no open-ended last band
START = datetime(2026, 11, 22, 2, 0, tzinfo=UTC)


def _line(limit: int, stopped: datetime | None = None) -> ClockLine:
    return ClockLine("T-1", "dispatch", "s", "c", "1003", START,
                     START + timedelta(minutes=limit), stopped)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    rules=st.sampled_from([RULES, OTHER]),
    limit=st.sampled_from([30, 45, 60]),
    at=st.integers(-600, 400 * 60 * 1_000_000),  # microseconds from the start
    later=st.floats(0, 1),
)
def test_the_band_holds_until_the_instant_given(
    rules: ClockRules, limit: int, at: int, later: float
) -> None:
    line = _line(limit)
    now = START + timedelta(microseconds=at)
    band, until = rules.band_until(line, now)
    assert band == rules.band(line, now)
    if until is None:
        probe = now + timedelta(days=later * 30)
    else:
        assert until > now
        probe = now + (until - now) * later
        if probe >= until:
            probe = until - timedelta(microseconds=1)
    assert rules.band(line, probe) == band


def test_every_boundary_is_met_to_the_microsecond() -> None:
    line = _line(60)
    deadline = START + timedelta(minutes=60)
    band, until = RULES.band_until(line, deadline - timedelta(seconds=1))
    assert band.name == "final warning" and until == deadline + timedelta(microseconds=1)
    assert RULES.band(line, deadline).name == "final warning"
    assert RULES.band(line, until).overrun


def test_a_stopped_clock_keeps_its_band() -> None:
    line = _line(60, stopped=START + timedelta(minutes=70))
    band, until = RULES.band_until(line, START + timedelta(hours=9))
    assert until is None and band == RULES.band(line, START)
