"""The clocks' bands are said in the language; their English names stay for the stored result
and the screens' styles (CP-03)."""

from datetime import UTC, datetime, timedelta

from cs_console import i18n
from cs_console.domain.escalation import clock_band, kind_word

START = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)
BANDS = ((10, 5), (30, 10), (None, 20))


def band_at(minutes: int):  # noqa: ANN201
    return clock_band(START, START + timedelta(minutes=minutes), 60, (45, 55), BANDS)


def test_bands_keep_their_english_names_and_are_said_in_chinese():
    i18n.use("zh_CN")
    try:
        assert [band_at(m).name for m in (10, 50, 58, 75, 95)] == [
            "on time", "warning", "final warning", "overrun 11–30", "overrun >30",
        ]  # fmt: skip
        assert [band_at(m).said() for m in (10, 50, 58, 75, 95)] == [
            "按时", "预警", "最后预警", "超时 11–30", "超时 >30",
        ]  # fmt: skip
        assert kind_word("dispatch") == "派发"
    finally:
        i18n.use("en")
    assert band_at(75).said() == "overrun 11–30"
