"""Dates and numbers in each language's form, through Babel: 2025年3月12日 / 12/03/2025 /
2025-03-12; weeks in reports start on Monday whatever the language (RV-04: Monday 18:00)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from cs_console import i18n

DAY = date(2025, 3, 12)


@pytest.fixture
def speak() -> Iterator:
    yield i18n.use
    i18n.use("en")


@pytest.mark.parametrize(
    ("lang", "day", "number", "instant"),
    [
        ("en", "2025-03-12", "1,234.5", "2025-03-12 09:05:07"),
        ("zh_CN", "2025年3月12日", "1,234.5", "2025年3月12日 09:05:07"),
        ("es", "12/03/2025", "1.234,5", "12/03/2025 09:05:07"),
    ],
)
def test_dates_and_numbers_in_each_language(speak, lang, day, number, instant):
    speak(lang)
    assert i18n.date_text(DAY) == day
    assert i18n.number_text(1234.5) == number
    at = datetime(2025, 3, 12, 1, 5, 7, tzinfo=UTC)
    assert i18n.instant_text(at, ZoneInfo("Asia/Shanghai")) == instant


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_report_weeks_start_on_monday_whatever_the_language(speak, lang):
    from cs_console.domain.reports import week_start

    speak(lang)
    assert week_start(date(2026, 11, 22)) == date(2026, 11, 16)  # a Sunday → its Monday
    assert week_start(date(2026, 11, 16)) == date(2026, 11, 16)
