"""CP-01/CP-03, D-07: the 60-minute clock, its warnings and overrun bands."""

from datetime import UTC, datetime, timedelta

import pytest

from cs_console.config import Settings
from cs_console.domain.escalation import clock_band, format_left, overrun_minutes

START = datetime(2026, 11, 22, 2, 0, tzinfo=UTC)
RULES = Settings().rules
BANDS = tuple((b.up_to_minutes, b.points) for b in RULES.overrun_bands)


def band_at(minutes: int, seconds: int = 0):
    now = START + timedelta(minutes=minutes, seconds=seconds)
    return clock_band(START, now, RULES.complaint_dispatch_minutes, RULES.warn_at_minutes, BANDS)


@pytest.mark.parametrize(
    ("minutes", "seconds", "name", "points"),
    [
        (0, 0, "on time", 0),
        (44, 59, "on time", 0),
        (45, 0, "warning", 0),
        (55, 0, "final warning", 0),
        (59, 59, "final warning", 0),
        (60, 0, "final warning", 0),
        (60, 1, "overrun 1–10", 5),
        (70, 0, "overrun 1–10", 5),
        (70, 1, "overrun 11–30", 10),
        (90, 0, "overrun 11–30", 10),
        (90, 1, "overrun >30", 20),
    ],
)
def test_cp03_bands_at_every_boundary(minutes, seconds, name, points):
    band = band_at(minutes, seconds)
    assert (band.name, band.points) == (name, points)


def test_d07_partial_minutes_round_up():
    deadline = START + timedelta(minutes=60)
    assert overrun_minutes(deadline, deadline) == 0
    assert overrun_minutes(deadline, deadline + timedelta(seconds=1)) == 1
    assert overrun_minutes(deadline, deadline + timedelta(minutes=10, seconds=1)) == 11


def test_time_left_counts_down_then_up():
    deadline = START + timedelta(minutes=60)
    assert format_left(deadline, START) == "60:00"
    assert format_left(deadline, deadline - timedelta(seconds=61)) == "01:01"
    assert format_left(deadline, deadline + timedelta(seconds=75)) == "+01:15"


@pytest.mark.parametrize(
    ("minutes", "shown"),
    [(-30, "30:00"), (-99, "99:00"), (-100, "1h40m"), (99, "+99:00"), (9164, "+152h44m")],
)
def test_d07_time_left_past_99_minutes_reads_in_hours(minutes, shown):
    from datetime import UTC, datetime, timedelta

    from cs_console.domain.escalation import format_left

    deadline = datetime(2026, 11, 22, 2, 0, tzinfo=UTC)
    assert format_left(deadline, deadline + timedelta(minutes=minutes)) == shown


def test_cp01_clock_length_in_the_sentences_comes_from_the_config():
    from cs_console.commands.registry import verbs
    from cs_console.config import Settings

    settings = Settings()
    rules = settings.rules.model_copy(
        update={"complaint_dispatch_minutes": 45, "escalation_report_minutes": 30}
    )
    summaries = {v.name: v.describe(rules) for v in verbs()}
    assert "45-minute dispatch clock" in summaries["complaint"]
    assert "30-minute report clock" in summaries["event"]
