"""TR-03: the announced training sessions of a day, as the roll call of that day lists them."""

from datetime import date
from zoneinfo import ZoneInfo

from cs_console import i18n
from cs_console.config import Settings
from cs_console.domain.shifts import shift_instance
from cs_console.services.roll_view import RollCall

TZ = ZoneInfo("Asia/Shanghai")


def roll(training: tuple[tuple[str, int], ...]) -> RollCall:
    inst = shift_instance(Settings().shift("D"), date(2026, 11, 22), TZ)
    return RollCall(inst, inst.start, (), training)


def test_tr03_each_session_of_the_day_is_a_line_with_its_attendees():
    """TR-03 "业务支撑专员提前三天公布培训内容、培训时间及地点": one line per session, in the
    order recorded, with the number of attendees (TR-11); a day without one has no line."""
    assert roll((("billing", 2), ("tariffs", 1), ("5G", 0))).training_lines() == [
        "training: billing (2 attendees)",
        "training: tariffs (1 attendee)",
        "training: 5G (0 attendees)",
    ]
    assert roll(()).training_lines() == []


def test_tr03_the_line_is_in_the_language_in_use():
    try:
        i18n.use("zh_CN")
        assert roll((("billing", 2),)).training_lines() == ["培训：billing（2 人参加）"]
        i18n.use("es")
        assert roll((("billing", 1),)).training_lines() == ["formación: billing (1 asistente)"]
    finally:
        i18n.use("en")
