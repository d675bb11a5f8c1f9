"""``feed queue-log --follow`` as a real process: tail -F with rotation; a restart or a rotated
file read again adds nothing (each line's key is the hash of the raw line)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.cli.test_feed import epoch, line
from tests.polling import poll


def _count(db: str) -> int:
    try:
        with sqlite3.connect(db) as conn:
            return conn.execute("SELECT count(*) FROM call_event").fetchone()[0]
    except sqlite3.OperationalError:
        return -1


def _wait_for(db: str, count: int, timeout: float = 30.0) -> int:
    return poll(lambda: _count(db), lambda seen: seen == count, timeout)[1]


def _follow(env: dict[str, str], log: Path, cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "cs_console", "feed", "queue-log", str(log), "--follow"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=cwd,
        env={**os.environ, **env},
    )


def _stop(proc: subprocess.Popen[str]) -> tuple[str, str]:
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    return out, err


def _calls(first: int, last: int, t: int) -> str:
    return "".join(
        line(t + n, f"c{n}", "NONE", "ENTERQUEUE", "", "", "1") for n in range(first, last)
    )


def test_follow_reads_appended_lines_rotation_and_restart_adds_nothing(desk, env, tmp_path):
    db, log, t = env["CS_CONSOLE_DB"], tmp_path / "queue_log", epoch("10:00")
    log.write_text(_calls(0, 3, t), encoding="utf-8")
    proc = _follow(env, log, tmp_path)
    try:
        assert _wait_for(db, 3) == 3
        with log.open("a", encoding="utf-8") as fh:
            fh.write(_calls(3, 5, t))
            fh.write("1763863210|c9|support|NONE|ENTERQUEUE")  # unfinished: waits for its end
            fh.flush()
            assert _wait_for(db, 5) == 5
            fh.write("||7\n" + "broken\n")
        assert _wait_for(db, 6) == 6
        log.rename(tmp_path / "queue_log.1")  # logrotate: renamed, then a new file
        with (tmp_path / "queue_log.1").open("a", encoding="utf-8") as fh:
            fh.write(_calls(5, 6, t))  # the last lines written to the old file
        log.write_text(_calls(6, 8, t), encoding="utf-8")
        assert _wait_for(db, 9) == 9
    finally:
        out, err = _stop(proc)
    assert "line 7: bad line (fewer than 6 fields)" in err
    restarted = _follow(env, log, tmp_path)
    assert restarted.stdout is not None
    caught_up = restarted.stdout.readline()  # the file as it stood, read again
    _stop(restarted)
    assert caught_up.strip() == (
        f"{log}: 0 added, 2 already stored, 0 unknown, 0 bad, 0 seat states set. Following."
    )
    old = subprocess.run(
        [sys.executable, "-m", "cs_console", "feed", "queue-log", str(tmp_path / "queue_log.1")],
        capture_output=True, text=True, cwd=tmp_path, env={**os.environ, **env}, timeout=60,
    )  # fmt: skip
    assert old.returncode == 0, old.stderr
    assert "0 added, 7 already stored" in old.stdout
    assert _count(db) == 9
