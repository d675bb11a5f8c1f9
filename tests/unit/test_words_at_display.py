"""Convention 18: the roll call's statuses, the registers' words and the header's next report
are translated where they are shown; the words stored and printed for machines stay English."""

from datetime import UTC, datetime, timedelta

import pytest

from cs_console import i18n
from cs_console.domain.attendance import PersonDay, classify_arrival, counter_line, roll_state
from cs_console.domain.reports import Reminder, time_left
from cs_console.domain.roll_words import status_text, word
from cs_console.ui.widgets.header_line import header_text

START = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)
END = START + timedelta(hours=8)
COUNTS = {"rostered": 3, "present": 1, "late": 1, "missing": 1, "leave": 0, "swapped": 0,
          "expected": 0}  # fmt: skip


@pytest.fixture
def chinese():
    i18n.use("zh_CN")
    yield
    i18n.use("en")


def late_cover() -> PersonDay:
    arrived = START - timedelta(minutes=6, seconds=30)  # D-02: after the 07:50 cut-off
    return PersonDay(arrived, classify_arrival(arrived, START, 10), covering_for="1010")


def test_d02_status_is_shown_in_chinese_and_stored_in_english(chinese):
    state = roll_state(late_cover(), START, START, END)
    assert status_text(state) == "点名迟到，4 分钟 · 顶替 1010"
    assert state.label == "late for roll call, 4 min · covering for 1010"
    assert late_cover().arrival.describe() == "late for roll call, 4 min"  # the audit's words


def test_rc06_leave_kind_is_translated_inside_the_status(chinese):
    state = roll_state(PersonDay(leave_kind="sick"), START, START, END)
    assert (status_text(state), state.label) == ("请假（病假）", "on leave (sick)")


def test_english_status_is_the_stored_label():
    state = roll_state(PersonDay(called_in=START - timedelta(minutes=5)), START, START, END)
    assert status_text(state) == state.label == "called in before start (late)"


def test_counter_line_translates_only_when_asked(chinese):
    assert counter_line(COUNTS).startswith("rostered 3 · present 1")  # printed for the log
    assert counter_line(COUNTS, i18n._).startswith("排班 3 · 到岗 1")


def test_d04_register_words_are_shown_in_the_language(chinese):
    assert [word(w) for w in ("pending", "special", "sick", "unknown")] == [
        "待审批",
        "特殊",
        "病假",
        "unknown",
    ]


def test_rp01_next_report_in_spanish_with_its_time_left():
    due = Reminder("RV-04", "satisfaction analysis", datetime(2026, 11, 23, 18, 0, tzinfo=UTC))
    now = datetime(2026, 11, 22, 10, 30, tzinfo=UTC)
    try:
        i18n.use("es")
        text = header_text("Centre", None, "", now, UTC, [due])
        assert time_left(due.due, now, i18n._) == "1d 7h"
    finally:
        i18n.use("en")
    assert text.splitlines()[1] == (
        "próximo informe: RV-04 análisis de satisfacción antes del lun 23/11 18:00 (1d 7h)"
    )
    english = header_text("Centre", None, "", now, UTC, [due]).splitlines()[1]
    assert english == "next report: RV-04 satisfaction analysis by Mon 11-23 18:00 (1d 7h)"
