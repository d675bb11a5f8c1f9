from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from cs_console.domain.errors import UserError
from cs_console.domain.timeparse import parse_date, parse_instant, parse_start_instant

TZ = ZoneInfo("Asia/Shanghai")
TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("07:50", datetime(2026, 11, 21, 23, 50, tzinfo=UTC)),
        ("07:50:01", datetime(2026, 11, 21, 23, 50, 1, tzinfo=UTC)),
        ("2026-11-23T00:05", datetime(2026, 11, 22, 16, 5, tzinfo=UTC)),
        ("2026-11-23T00:05:09", datetime(2026, 11, 22, 16, 5, 9, tzinfo=UTC)),
    ],
)
def test_times_are_local_to_the_centre(text: str, expected: datetime):
    assert parse_instant(text, TODAY, TZ) == expected


@pytest.mark.parametrize("text", ["7.50", "24:00", "07:60", "2026-13-01T08:00", "tomorrow", ""])
def test_bad_times_are_one_sentence(text: str):
    with pytest.raises(UserError) as err:
        parse_instant(text, TODAY, TZ)
    assert "use" in str(err.value)


def test_dates():
    assert parse_date("2026-02-28") == date(2026, 2, 28)
    with pytest.raises(UserError, match="YYYY-MM-DD"):
        parse_date("2026-02-30")
    with pytest.raises(UserError, match="YYYY-MM-DD"):
        parse_date("22/11/2026")


def test_now_option_without_offset_is_local_time():
    assert parse_start_instant("2026-11-22T07:50", TZ) == datetime(2026, 11, 21, 23, 50, tzinfo=UTC)
    assert parse_start_instant("2026-11-22T07:50+00:00", TZ) == datetime(
        2026, 11, 22, 7, 50, tzinfo=UTC
    )
    with pytest.raises(UserError, match="ISO 8601"):
        parse_start_instant("soon", TZ)
