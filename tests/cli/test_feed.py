"""``cs-console feed queue-log`` and ``feed forecast``: each event stored once, unknown and bad
lines reported by number, the seat states events set (ST-04, RC-08), retention by ``settle``."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.cli.conftest import LEADER, ok
from tests.conftest import ZONE

AGENTS = '\n[[agents]]\ninterface = "SIP/8003"\nstaff_no = "1003"\n'


@pytest.fixture(autouse=True)
def agents(config_file: Path) -> None:
    config_file.write_text(config_file.read_text(encoding="utf-8") + AGENTS, encoding="utf-8")


def epoch(hhmm: str, day: int = 22) -> int:
    hour, minute = map(int, hhmm.split(":"))
    return int(datetime(2026, 11, day, hour, minute, tzinfo=ZoneInfo(ZONE)).timestamp())


def line(at: int, call: str, agent: str, event: str, *data: str) -> str:
    return "|".join([str(at), call, "support", agent, event, *data]) + "\n"


def small_log(t: int) -> str:
    return "".join([
        line(t, "NONE", "SIP/8003", "ADDMEMBER", ""),
        line(t + 10, "c1", "NONE", "ENTERQUEUE", "", "13800138000", "1"),
        line(t + 15, "c1", "SIP/8003", "CONNECT", "5", "b1", "3"),
        "not a queue_log line\n",
        line(t + 20, "NONE", "NONE", "AGENTDUMP", "x"),
        line(t + 100, "c1", "SIP/8003", "COMPLETECALLER", "5", "85", "1"),
    ])  # fmt: skip


def rows(env: dict[str, str], sql: str) -> list[tuple]:
    with sqlite3.connect(env["CS_CONSOLE_DB"]) as conn:
        return conn.execute(sql).fetchall()


def test_feed_stores_each_line_once_and_names_unknown_and_bad_lines(desk, env, tmp_path):
    log = tmp_path / "queue_log"
    log.write_text(small_log(epoch("10:00")), encoding="utf-8")
    first = desk("feed", "queue-log", str(log))
    assert first.exit_code == 0, first.stderr
    assert first.stdout.strip() == (
        f"{log}: 4 added, 0 already stored, 1 unknown, 1 bad, 3 seat states set."
    )
    assert first.stderr.splitlines() == [
        "line 4: bad line (fewer than 6 fields)",
        "line 5: unknown event AGENTDUMP",
    ]
    again = desk("feed", "queue-log", str(log))
    assert again.stdout.strip() == (
        f"{log}: 0 added, 4 already stored, 1 unknown, 1 bad, 0 seat states set."
    )
    assert rows(env, "SELECT count(*) FROM call_event") == [(4,)]
    audit = rows(env, "SELECT actor, action, target, after FROM audit_entry "
                      "WHERE action = 'feed.queue_log'")  # fmt: skip
    assert len(audit) == 1  # one batch with events; the re-read wrote nothing
    assert audit[0][:3] == ("system", "feed.queue_log", "queue_log")
    assert json.loads(audit[0][3])["added"] == 4


def test_feed_masks_the_callers_number_d12(desk, env, tmp_path):
    log = tmp_path / "queue_log"
    log.write_text(small_log(epoch("10:00")), encoding="utf-8")
    ok(desk("feed", "queue-log", str(log)))
    (data,) = rows(env, "SELECT data FROM call_event WHERE event = 'ENTERQUEUE'")
    assert data == ("|138****8000|1",)


def test_feed_of_a_missing_file_is_one_sentence(desk, tmp_path):
    missing = desk("feed", "queue-log", str(tmp_path / "absent"))
    assert missing.exit_code == 2
    assert missing.stderr.strip() == f"{tmp_path / 'absent'}: no such file."


def _state(cli, staff_no: str) -> tuple[str, str, bool]:
    tables = json.loads(cli("export", "json").stdout)["tables"]
    staff_id = next(s["id"] for s in tables["staff"] if s["staff_no"] == staff_no)
    row = next(r for r in tables["person_state"] if r["staff_id"] == staff_id)
    return row["state"], row["since"], row["approved"]


def test_st04_events_set_the_seat_and_a_hand_set_state_wins_until_the_next_event(desk, tmp_path):
    ok(desk(*LEADER, "do", "arrive 1003 07:45", now="2026-11-22T07:48"))
    log = tmp_path / "queue_log"
    t = epoch("10:00")
    log.write_text(line(t, "c1", "SIP/8003", "CONNECT", "5", "b1", "3"), encoding="utf-8")
    ok(desk("feed", "queue-log", str(log), now="2026-11-22T10:01"))
    assert _state(desk, "1003")[0] == "call"
    ok(desk(*LEADER, "do", "state 1003 ready", now="2026-11-22T10:02"))
    ok(desk("feed", "queue-log", str(log), now="2026-11-22T10:03"))  # an older event: no change
    assert _state(desk, "1003")[0] == "ready"
    with log.open("a", encoding="utf-8") as fh:
        fh.write(line(t + 240, "c1", "SIP/8003", "COMPLETEAGENT", "5", "235", "1"))
    ok(desk("feed", "queue-log", str(log), now="2026-11-22T10:04:10"))
    assert _state(desk, "1003")[0] == "acw"


def test_rc08_a_pause_with_the_away_reason_starts_the_away_clock(desk, tmp_path):
    ok(desk(*LEADER, "do", "arrive 1003 07:45", now="2026-11-22T07:48"))
    log = tmp_path / "queue_log"
    t = epoch("10:00")
    log.write_text(line(t, "NONE", "SIP/8003", "PAUSE", "Away"), encoding="utf-8")
    ok(desk("feed", "queue-log", str(log), now="2026-11-22T10:00:30"))
    state, since, approved = _state(desk, "1003")
    assert (state, approved) == ("away", False)
    assert since.startswith("2026-11-22T02:00:00")
    settled = ok(desk("settle", now="2026-11-22T10:06"))
    assert "1003" in settled and "RC-08" in settled


def test_rc08_an_unreported_away_ended_by_an_event_earns_its_points_once(desk, env, tmp_path):
    """A PAUSE for away, then the agent's next events in one batch: the away clock's RC-08
    points are proposed when it ends (its 5 minutes passed), the seat follows each event, and
    the row's version counts every change."""
    ok(desk(*LEADER, "do", "arrive 1003 07:45", now="2026-11-22T07:48"))
    log = tmp_path / "queue_log"
    t = epoch("10:00")
    log.write_text(line(t, "NONE", "SIP/8003", "PAUSE", "Away"), encoding="utf-8")
    ok(desk("feed", "queue-log", str(log), now="2026-11-22T10:00:30"))
    with log.open("a", encoding="utf-8") as fh:
        fh.write(line(t + 420, "NONE", "SIP/8003", "UNPAUSE", ""))
        fh.write(line(t + 430, "c1", "SIP/8003", "CONNECT", "5", "b1", "3"))
    out = ok(desk("feed", "queue-log", str(log), now="2026-11-22T10:07:20"))
    assert out.endswith("2 added, 1 already stored, 0 unknown, 0 bad, 2 seat states set.")
    assert _state(desk, "1003")[0] == "call"
    rc08 = ("SELECT p.status FROM points_entry p JOIN staff s ON s.id = p.staff_id "
            "WHERE p.rule = 'RC-08' AND s.staff_no = '1003'")  # fmt: skip
    assert rows(env, rc08) == [("proposed",)]
    (version,) = rows(env, "SELECT version FROM person_state ps JOIN staff s "
                           "ON s.id = ps.staff_id WHERE s.staff_no = '1003'")  # fmt: skip
    assert version == (3,)  # away, ready, call
    fed = rows(env, "SELECT state FROM state_change sc JOIN staff s ON s.id = sc.staff_id "
                    "WHERE s.staff_no = '1003' AND note LIKE 'queue_log%' ORDER BY at")  # fmt: skip
    assert fed == [("away",), ("ready",), ("call",)]
    ok(desk("feed", "queue-log", str(log), now="2026-11-22T10:08"))  # read again: nothing new
    assert rows(env, rc08) == [("proposed",)]


def test_a_pause_for_lunch_is_an_approved_break(desk, tmp_path):
    ok(desk(*LEADER, "do", "arrive 1003 07:45", now="2026-11-22T07:48"))
    log = tmp_path / "queue_log"
    log.write_text(line(epoch("10:00"), "NONE", "SIP/8003", "PAUSE", "lunch"), encoding="utf-8")
    ok(desk("feed", "queue-log", str(log), now="2026-11-22T10:00:30"))
    assert _state(desk, "1003")[::2] == ("break", True)


def test_feed_forecast_loads_intervals_and_refuses_a_bad_row_naming_its_line(desk, env, tmp_path):
    good = tmp_path / "forecast.csv"
    good.write_text("interval_start,offered,aht_seconds\n2026-11-22 10:00,50,180\n"
                    "2026-11-22 10:15,60,200\n", encoding="utf-8")  # fmt: skip
    assert ok(desk("feed", "forecast", str(good))) == f"{good}: 2 intervals forecast."
    assert rows(env, "SELECT offered, aht_seconds FROM forecast_row ORDER BY interval_start") == [
        (50, 180.0), (60, 200.0)]  # fmt: skip
    assert ok(desk("feed", "forecast", str(good))) == f"{good}: 2 intervals forecast."
    assert rows(env, "SELECT count(*) FROM forecast_row") == [(2,)]
    bad = tmp_path / "bad.csv"
    bad.write_text("interval_start,offered,aht_seconds\n2026-11-22 10:00,50,180\n"
                   "2026-11-22 10:07,5,100\n", encoding="utf-8")  # fmt: skip
    refused = desk("feed", "forecast", str(bad))
    assert refused.exit_code == 2
    assert refused.stderr.strip() == (
        "Line 3: 2026-11-22 10:07 is not the start of a 15-minute interval."
    )


def test_settle_prunes_call_events_past_the_retention(desk, env, tmp_path):
    log = tmp_path / "queue_log"
    old, recent = epoch("10:00", day=1) - 400 * 86400, epoch("10:00")
    entries = line(old, "c0", "NONE", "ENTERQUEUE", "", "", "1")
    entries += line(recent, "c1", "NONE", "ENTERQUEUE", "", "", "1")
    log.write_text(entries, encoding="utf-8")
    ok(desk("feed", "queue-log", str(log)))
    assert rows(env, "SELECT count(*) FROM call_event") == [(2,)]
    out = ok(desk("settle"))
    assert "1 call event older than 13 months pruned" in out
    assert rows(env, "SELECT call_id FROM call_event") == [("c1",)]


def test_st04_wrap_up_set_by_an_event_ends_by_itself_one_set_by_hand_stays(desk, env, tmp_path):
    from cs_console.clock import FixedClock
    from cs_console.config import Settings
    from cs_console.services.database import open_context
    from cs_console.services.seat_board import board

    for staff_no in ("1003", "1004"):
        ok(desk(*LEADER, "do", f"arrive {staff_no} 07:45", now="2026-11-22T07:48"))
    log = tmp_path / "queue_log"
    t = epoch("10:00")
    log.write_text(line(t, "c1", "SIP/8003", "COMPLETEAGENT", "5", "100", "1"), encoding="utf-8")
    ok(desk("feed", "queue-log", str(log), now="2026-11-22T10:00:05"))
    ok(desk(*LEADER, "do", "state 1004 acw", now="2026-11-22T10:00:05"))
    at = datetime(2026, 11, 22, 10, 0, 31, tzinfo=ZoneInfo(ZONE))  # acw_seconds 30 later
    ctx = open_context(env["CS_CONSOLE_DB"], Settings(timezone=ZONE), FixedClock(at))
    try:
        states = {c.staff_no: c.state for c in board(ctx).cells if c.staff_no}
    finally:
        ctx.engine.dispose()
    assert (states["1003"], states["1004"]) == ("ready", "acw")
