"""Queue figures per interval and for the shift against values computed by hand.

Two agents, 10:00–10:30 (Asia/Shanghai) in 15-minute intervals, looked at 10:29:50:

interval 10:00  call 1 waits 10 s, talks 120 · call 2 waits 30 s, talks 300 · call 3 abandons
                after 3 s (short) · call 4 abandons after 60 s · call 5 waits 20 s (in target, ≤),
                talks 180 into the next interval · B pauses for lunch at 10:10.
                offered 4, answered 3, in target 2, abandoned 1, short 1; SL 2/4; ASA 60/3 = 20;
                AHT (120 + 300 + 180)/3 + 30 = 230; staffed 900 + 600 = 1500;
                busy 150 + 330 + 30 = 510 → occupancy 0.34.
interval 10:15  call 6 times out after 300 s (exited) · call 7 still waiting (90 s at 10:29:50) ·
                call 8 answered after 10 s, still talking · B back at 10:20.
                offered 2, answered 1, in target 1; SL 0.5; ASA 10; no completed call → AHT
                none; staffed 890 + 590 = 1480 up to now; busy 180 (call 5).
"""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from cs_console.config import Settings
from cs_console.domain.queue_figures import QueueTally, queue_report
from cs_console.domain.queue_log import parse_lines

RULES = Settings().phone.queue_rules()
START = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
T0 = int(START.timestamp())
NOW = START + timedelta(seconds=1790)

ROWS = [
    (0, "NONE", "SIP/8001", "ADDMEMBER", ""),
    (0, "NONE", "SIP/8002", "ADDMEMBER", ""),
    (100, "c1", "NONE", "ENTERQUEUE", "|13800000001|1"),
    (110, "c1", "SIP/8001", "CONNECT", "10|p1|2"),
    (200, "c2", "NONE", "ENTERQUEUE", "|13800000002|1"),
    (230, "c1", "SIP/8001", "COMPLETECALLER", "10|120|1"),
    (230, "c2", "SIP/8002", "CONNECT", "30|p2|5"),
    (300, "c3", "NONE", "ENTERQUEUE", "|13800000003|1"),
    (303, "c3", "NONE", "ABANDON", "1|1|3"),
    (400, "c4", "NONE", "ENTERQUEUE", "|13800000004|1"),
    (460, "c4", "NONE", "ABANDON", "1|1|60"),
    (530, "c2", "SIP/8002", "COMPLETEAGENT", "30|300|1"),
    (600, "NONE", "SIP/8002", "PAUSE", "lunch"),
    (850, "c5", "NONE", "ENTERQUEUE", "|13800000005|1"),
    (870, "c5", "SIP/8001", "CONNECT", "20|p5|4"),
    (1000, "c6", "NONE", "ENTERQUEUE", "|13800000006|1"),
    (1050, "c5", "SIP/8001", "COMPLETECALLER", "20|180|1"),
    (1200, "NONE", "SIP/8002", "UNPAUSE", ""),
    (1300, "c6", "NONE", "EXITWITHTIMEOUT", "1|1|300"),
    (1700, "c7", "NONE", "ENTERQUEUE", "|13800000007|1"),
    (1750, "c8", "NONE", "ENTERQUEUE", "|13800000008|2"),
    (1760, "c8", "SIP/8001", "CONNECT", "10|p8|3"),
]
EVENTS = parse_lines(
    f"{T0 + at}|{call}|support|{agent}|{event}|{data}" for at, call, agent, event, data in ROWS
).events


def test_each_figure_of_the_first_interval_by_hand():
    report = queue_report(EVENTS, START, START + timedelta(minutes=30), RULES, NOW)
    first = report.intervals[0]
    assert (first.start, first.end) == (START, START + timedelta(minutes=15))
    assert (first.offered, first.answered, first.answered_in_target) == (4, 3, 2)
    assert (first.abandoned, first.short_abandons, first.exited) == (1, 1, 0)
    assert first.service_level == 0.5
    assert first.asa_seconds == 20.0
    assert first.aht_seconds == 230.0
    assert first.occupancy == pytest.approx(510 / 1500)


def test_each_figure_of_the_second_interval_and_the_calls_waiting_now():
    report = queue_report(EVENTS, START, START + timedelta(minutes=30), RULES, NOW)
    second = report.intervals[1]
    assert (second.offered, second.answered, second.answered_in_target, second.exited) == (
        2,
        1,
        1,
        1,
    )
    assert (second.service_level, second.asa_seconds, second.aht_seconds) == (0.5, 10.0, None)
    assert second.occupancy == pytest.approx(180 / 1480)
    assert (report.waiting.calls, report.waiting.longest_seconds) == (1, 90)


def test_the_shift_row_sums_the_intervals():
    shift = queue_report(EVENTS, START, START + timedelta(minutes=30), RULES, NOW).shift
    assert (shift.offered, shift.answered, shift.answered_in_target) == (6, 4, 3)
    assert (shift.abandoned, shift.short_abandons, shift.exited) == (1, 1, 1)
    assert (shift.service_level, shift.asa_seconds, shift.aht_seconds) == (0.5, 17.5, 230.0)
    assert shift.occupancy == pytest.approx(690 / 2980)


@pytest.mark.parametrize(
    ("definition", "level", "named"),
    [
        ("offered", 2 / 4, "answered within 20 s ÷ offered (abandons under 5 s left out)"),
        ("all_offered", 2 / 5, "answered within 20 s ÷ all offered calls"),
        ("answered", 2 / 3, "answered within 20 s ÷ answered calls"),
    ],
)
def test_three_service_level_definitions_each_named_for_the_screen(definition, level, named):
    rules = replace(RULES, service_level_definition=definition)
    report = queue_report(EVENTS, START, START + timedelta(minutes=30), rules, NOW)
    assert report.intervals[0].service_level == pytest.approx(level)
    assert report.definition == named


def test_short_abandon_and_target_boundaries():
    """A wait of exactly short_abandon_seconds is a real abandon; a hold of exactly the target
    is answered in target."""
    rows = [
        (10, "a", "NONE", "ABANDON", "1|1|5"),
        (20, "b", "NONE", "ABANDON", "1|1|4"),
        (40, "c", "SIP/8001", "CONNECT", "20|x|1"),
        (50, "d", "SIP/8001", "CONNECT", "21|x|1"),
    ]
    events = parse_lines(f"{T0 + 100 + t}|{c}|q|{a}|{e}|{d}" for t, c, a, e, d in rows).events
    row = queue_report(events, START, START + timedelta(minutes=15), RULES, NOW).intervals[0]
    assert (row.abandoned, row.short_abandons, row.answered_in_target, row.offered) == (1, 1, 1, 3)


def test_events_before_the_window_set_who_is_present():
    """Looked at from 10:15 only: B paused at 10:10 counts from 10:20, A all along."""
    tally = QueueTally(START + timedelta(minutes=15), START + timedelta(minutes=30), RULES)
    tally.add(EVENTS)
    (row,) = tally.figures(NOW)
    assert row.occupancy == pytest.approx(180 / 1480)
    assert tally.present() == {"SIP/8001", "SIP/8002"}


def test_a_tally_fed_in_two_parts_equals_one_fed_at_once():
    whole = QueueTally(START, START + timedelta(minutes=30), RULES)
    whole.add(EVENTS)
    parts = QueueTally(START, START + timedelta(minutes=30), RULES)
    parts.add(EVENTS[:9])
    parts.add(EVENTS[9:])
    assert parts.figures(NOW) == whole.figures(NOW)
    assert parts.total(NOW) == whole.total(NOW)


def test_an_empty_interval_has_no_rates():
    report = queue_report([], START, START + timedelta(minutes=15), RULES, NOW)
    row = report.intervals[0]
    assert (row.offered, row.service_level, row.asa_seconds, row.aht_seconds, row.occupancy) == (
        0,
        None,
        None,
        None,
        None,
    )
