"""The Asterisk queue_log parser: events, unknown events, bad lines, stable keys."""

from cs_console.domain.queue_log import (
    BAD_EVENT,
    BAD_FIELDS,
    BAD_TIME,
    KNOWN,
    event_key,
    parse_line,
    parse_lines,
    parse_rows,
)

LOG = """\
1763863200|NONE|support|SIP/8001|ADDMEMBER|
1763863201|NONE|support|SIP/8002|ADDMEMBER|PAUSED
1763863210|1763863210.11|support|NONE|ENTERQUEUE||13800138000|1
1763863216|1763863210.11|support|SIP/8001|RINGNOANSWER|15000
1763863222|1763863210.11|support|SIP/8002|CONNECT|12|1763863216.12|6
1763863402|1763863210.11|support|SIP/8002|COMPLETECALLER|12|180|1
1763863300|NONE|support|SIP/8001|PAUSE|lunch
1763863400|1763863400.20|support|NONE|ENTERQUEUE||13900139000|1|Zhang
1763863403|1763863400.20|support|NONE|ABANDON|1|1|3
1763863500|1763863500.30|support|NONE|ENTERQUEUE||13700137000|1
1763863560|1763863500.30|support|NONE|EXITWITHTIMEOUT|1|1|60
1763863600|1763863600.40|support|NONE|EXITWITHKEY|5|1
1763863610|1763863610.50|support|SIP/8002|ATTENDEDTRANSFER|BRIDGE|abc-123|4|95|1
1763863620|1763863620.60|support|SIP/8002|BLINDTRANSFER|2000|default|3|40|1
1763863630|NONE|NONE|SIP/8002|PAUSEALL|break
1763863640|NONE|support|SIP/8002|CONFIGRELOAD|
garbage without pipes
17638636x0|NONE|support|SIP/8002|UNPAUSE|
1763863650|1763863650.70|support|SIP/8001|CONNECT|soon|x|1
1763863660|NONE|support|SIP/8001||
1763863670|NONE|support|SIP/8001|AGENTLOGOFF|SIP/8001|3600
"""


READ_EVENTS = {
    "ENTERQUEUE", "CONNECT", "COMPLETECALLER", "COMPLETEAGENT", "ABANDON",
    "EXITWITHTIMEOUT", "EXITWITHKEY", "EXITEMPTY", "RINGNOANSWER", "RINGCANCELED",
    "TRANSFER", "BLINDTRANSFER", "ATTENDEDTRANSFER", "ADDMEMBER", "REMOVEMEMBER", "PAUSE",
    "UNPAUSE", "PAUSEALL", "UNPAUSEALL", "AGENTLOGIN", "AGENTLOGOFF",
}  # fmt: skip


def test_known_events_are_those_the_feed_reads():
    assert KNOWN == READ_EVENTS


def test_events_unknown_and_bad_lines_each_with_their_line_number():
    report = parse_lines(LOG.splitlines(keepends=True))
    assert [e.line_no for e in report.events] == [
        1,
        2,
        3,
        4,
        5,
        6,
        7,
        8,
        9,
        10,
        11,
        12,
        13,
        14,
        15,
        21,
    ]
    assert report.unknown == [(16, "CONFIGRELOAD")]
    assert report.bad == [
        (17, BAD_FIELDS),
        (18, BAD_TIME),
        (19, "a number of CONNECT is not a number"),
        (20, BAD_EVENT),
    ]


def test_fields_of_an_event_are_kept_as_written():
    report = parse_lines(LOG.splitlines())
    connect = report.events[4]
    assert (connect.epoch, connect.call_id, connect.queue, connect.agent, connect.event) == (
        1763863222,
        "1763863210.11",
        "support",
        "SIP/8002",
        "CONNECT",
    )
    assert connect.data == ("12", "1763863216.12", "6")
    assert report.events[0].data == ("",)  # ADDMEMBER with its empty data field
    assert report.events[11].data == ("5", "1")  # EXITWITHKEY of Asterisk 1.4: key|position


def test_numbers_the_figures_read_must_be_numbers():
    bad = parse_lines(
        [
            "1|c|q|a|COMPLETEAGENT|12|long|1",
            "1|c|q|NONE|ABANDON|1|1",  # no wait time
            "1|c|q|a|ATTENDEDTRANSFER|APP|x|1|2",  # too short for method, id and three numbers
            "1|c|q|a|RINGNOANSWER|-5",
            "1|c|q|NONE|EXITWITHKEY|5|1|1|soon",
        ]
    ).bad
    assert [line for line, _ in bad] == [1, 2, 3, 4, 5]


def test_key_is_the_raw_line_hash_none_call_ids_included():
    line = "1763863630|NONE|NONE|SIP/8002|PAUSEALL|break"
    event = parse_line(line + "\r\n", 7)
    assert event is not None and event.key == event_key(line) and len(event.key) == 32
    assert parse_line(line).key == event.key  # line ends and line numbers do not matter
    other = parse_line("1763863630|NONE|NONE|SIP/8003|PAUSEALL|break")
    assert other is not None and other.key != event.key
    assert parse_line(line.replace("|NONE|NONE|", "|NONE||")).key != event.key


def test_reading_a_file_again_gives_the_same_keys_so_nothing_is_added():
    first = parse_lines(LOG.splitlines())
    again = parse_lines(LOG.splitlines()[10:], first_line_no=11)
    assert {e.key for e in again.events} <= {e.key for e in first.events}
    assert again.events[0].line_no == 11


def test_chunks_accumulate_into_one_report():
    lines = LOG.splitlines()
    report = parse_lines(lines[:10])
    parse_lines(lines[10:], first_line_no=11, into=report)
    assert report == parse_lines(lines)


def test_unknown_or_bad_lines_give_no_event():
    assert parse_line("1|c|q|a|DID|123") is None
    assert parse_line("") is None


def test_rows_to_store_are_the_events_masked_and_hashed_once():
    """The feed's rows: the same keys, times and fields as the events, the caller's number
    masked (D-12), the same unknown and bad lines; the watched agents' events in the span
    kept as events."""
    lines = LOG.splitlines(keepends=True)
    events, rows = parse_lines(lines), parse_rows(lines, 1, {"SIP/8002"}, (0, 1763863600))
    assert [r[:6] for r in rows.rows] == [
        (e.key, e.epoch, e.call_id, e.queue, e.agent, e.event) for e in events.events
    ]
    assert (rows.unknown, rows.bad) == (events.unknown, events.bad)
    assert rows.rows[2][6] == "|138****8000|1"
    assert [e.line_no for e in rows.watched] == [2, 5, 6]
    assert rows.watched[0] == events.events[1]
