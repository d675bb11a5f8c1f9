"""Queue figures from fed events in ``report shift --json`` (English keys) and ``stats``,
against values computed by hand for a small log."""

from __future__ import annotations

import json

import pytest
from rich.cells import cell_len

from tests.cli.conftest import LEADER, ok
from tests.cli.test_feed import epoch, line

NOW = "2026-11-22T10:29:45"


def small_day(t: int) -> str:
    return "".join([
        line(t, "c1", "NONE", "ENTERQUEUE", "", "13800138000", "1"),
        line(t + 10, "c1", "SIP/8003", "CONNECT", "10", "b1", "2"),
        line(t + 60, "c2", "NONE", "ENTERQUEUE", "", "13900139000", "1"),
        line(t + 90, "c2", "SIP/8004", "CONNECT", "30", "b2", "2"),
        line(t + 120, "c3", "NONE", "ENTERQUEUE", "", "", "1"),
        line(t + 123, "c3", "NONE", "ABANDON", "1", "1", "3"),  # a short abandon
        line(t + 180, "c4", "NONE", "ENTERQUEUE", "", "", "1"),
        line(t + 190, "c1", "SIP/8003", "COMPLETECALLER", "10", "180", "1"),
        line(t + 220, "c4", "NONE", "ABANDON", "1", "1", "40"),
        line(t + 330, "c2", "SIP/8004", "COMPLETEAGENT", "30", "240", "1"),
        line(t + 29 * 60, "c5", "NONE", "ENTERQUEUE", "", "", "1"),  # still waiting
    ])  # fmt: skip


@pytest.fixture
def fed(desk, tmp_path):
    log = tmp_path / "queue_log"
    log.write_text(small_day(epoch("10:00")), encoding="utf-8")
    ok(desk("feed", "queue-log", str(log), now=NOW))
    return desk


def test_report_shift_json_has_the_queue_figures_by_hand(fed, tmp_path):
    out = tmp_path / "shift.json"
    ok(fed("report", "shift", "--json", str(out), now=NOW))
    queue = json.loads(out.read_text(encoding="utf-8"))["queue"]
    assert queue["service_level_definition"] == "offered"
    assert queue["definition"] == "answered within 20 s ÷ offered (abandons under 5 s left out)"
    assert queue["waiting_now"] == 1
    assert 45 <= queue["longest_wait_seconds"] < 60  # entered at 10:29:00; the clock runs on
    assert len(queue["intervals"]) == 10  # 08:00 … 10:15 begun by 10:29
    first = queue["intervals"][8]
    assert first["start"] == "2026-11-22T02:00:00+00:00"
    expected = {"offered": 3, "answered": 2, "answered_in_target": 1, "abandoned": 1,
                "short_abandons": 1, "exited": 0, "asa_seconds": 20.0,
                "aht_seconds": 180 / 2 + 240 / 2 + 30}  # fmt: skip
    assert {k: first[k] for k in expected} == expected
    assert first["service_level"] == pytest.approx(1 / 3)
    busy, staffed = (180 + 30) + (240 + 30), (15 * 60 - 10) + (15 * 60 - 90)
    assert first["occupancy"] == pytest.approx(busy / staffed)
    shift = queue["shift"]
    assert (shift["offered"], shift["answered"], shift["abandoned"]) == (3, 2, 1)
    assert shift["occupancy"] == pytest.approx(busy / (2 * (29 * 60 + 45) - 10 - 90))


def test_stats_names_the_service_level_definition_and_shows_the_interval(fed):
    text = ok(fed("do", "stats", now=NOW))
    assert "Service level = answered within 20 s ÷ offered (abandons under 5 s left out)" in text
    assert "10:00–10:15         3        2         1     1  0.33   20 s  240 s      0.28" in text
    assert "1 waiting, longest 4" in text  # 45 s, and the clock runs on


def test_the_handover_summary_carries_the_queue_figures(fed):
    text = ok(fed("print", "handover", "--shift", "2026-11-22/D", now=NOW))
    words = " ".join(text.split())  # the 80-column paper wraps long lines
    assert "Service level = answered within 20 s" in words
    assert "1 waiting, longest 4" in words  # 45 s, and the clock runs on


def test_a_break_in_do_ends_with_the_staffing_what_if(fed):
    from cs_console.domain import erlang

    ok(fed(*LEADER, "do", "arrive 1003 07:45", now="2026-11-22T07:48"))
    answer = ok(fed(*LEADER, "do", "state 1003 break", now=NOW))
    # 3 calls offered in 2 h 29 min 45 s, AHT 240 s: the load of one 15-minute interval
    load = erlang.traffic(3 * 900 / (2 * 3600 + 29 * 60 + 45), 900, 240)
    needed = erlang.required_agents(load, 240, 20, 0.80)
    level = erlang.service_level(1, load, 240, 20)  # 2 present on the phones, 1 after this
    assert answer.endswith(
        f" · 10:15–10:30: needs {needed}, present 1 after this → service level "
        f"{int(level * 100) / 100:.2f} (target 0.80)"
    ), answer
    plain = ok(fed(*LEADER, "do", "state 1003 ready", now=NOW))
    assert "needs" not in plain


def test_a_long_wait_raises_one_alert_that_stays_until_acknowledged(fed):
    # c5 entered at 10:29:00; the limit is 120 s: at 10:31:30 it has waited 150 s
    at = "2026-11-22T10:31:30"
    said = [s for s in ok(fed("settle", now=at)).splitlines() if "a call has waited 15" in s]
    assert len(said) == 1 and said[0].startswith("alert A-")
    number = said[0].split()[1].rstrip(":")
    assert ok(fed("settle", now=at)) == "Nothing has fallen due."  # raised once
    listed = ok(fed("do", "alerts", now=at)).splitlines()
    assert f"{number} 10:31 a call has waited 150 s (over 120 s); 1 waiting" in listed
    refused = fed("--as", "1003", "do", f"ack-alert {number}", now=at)
    assert refused.exit_code == 2
    assert ok(fed(*LEADER, "do", f"ack-alert {number}", now=at)) == f"alert {number} acknowledged"
    assert "a call has waited" not in ok(fed("do", "alerts", now=at))
    again = fed(*LEADER, "do", f"ack-alert {number.removeprefix('A-')}", now=at)
    assert again.stderr.strip() == f"Alert {number} was acknowledged by 1001 already."


def test_service_level_below_target_two_intervals_running_raises_one_alert(desk, tmp_path):
    t = epoch("10:00")
    late = "".join(
        line(t + start, f"s{start}", "NONE", "ENTERQUEUE", "", "", "1")
        + line(t + start + 30, f"s{start}", "SIP/8003", "CONNECT", "30", "b", "2")
        for start in (60, 960)  # one call in each interval, answered after 30 s (target 20 s)
    )
    log = tmp_path / "queue_log"
    log.write_text(late, encoding="utf-8")
    ok(desk("feed", "queue-log", str(log), now="2026-11-22T10:31"))
    settled = ok(desk("settle", now="2026-11-22T10:31"))
    assert "service level below 0.80 two intervals running: 0.00 at 10:00, 0.00 at 10:15" in settled
    assert "service level" not in ok(desk("settle", now="2026-11-22T10:31:30"))  # raised once


def _column_ends(text: str) -> set[int]:
    """The cells where a run of non-blank characters ends."""
    ends, at = set(), 0
    for char, after in zip(text, [*text[1:], " "], strict=True):
        at += cell_len(char)
        if char != " " and after == " ":
            ends.add(at)
    return ends


def test_report_shift_in_chinese_lines_up_the_queue_columns_in_cells(fed, run):
    """The figures' columns are padded by terminal cells: a Chinese header takes two cells a
    character, and every figure still ends under its header."""
    done = run("--now", NOW, "--lang", "zh_CN", "report", "shift")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert any("秒内接通 ÷ 呼入" in line for line in lines)  # the definition in use, said too
    at = next(i for i, row in enumerate(lines) if "ASA" in row and "短放弃" in row)
    header, rows = lines[at], lines[at + 1 :]
    assert rows[0].startswith("08:00–08:15") and rows[-1].startswith("本班")
    assert len(rows) == 11  # ten intervals begun by 10:29, then the shift
    assert {cell_len(row) for row in rows} == {cell_len(header)}
    for row in rows:
        assert _column_ends(header) - {min(_column_ends(header))} <= _column_ends(row)
