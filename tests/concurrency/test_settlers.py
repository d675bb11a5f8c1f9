"""Several real ``cs-console settle`` processes at once: every proposal exactly once, on SQLite
and PostgreSQL (convention 14: D-03, RC-11, RC-08, RC-07, CP-01, CP-02)."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import create_engine, text

from cs_console.store.engine import database_url

SETTLERS = 6
AFTER_SHIFT_END = "2026-11-22T16:05"  # the day shift ended with no-shows; clocks overdue


def rows(url: str, sql: str) -> list[tuple]:
    engine = create_engine(database_url(url))
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql)).all()]
    finally:
        engine.dispose()


def test_concurrent_settlers_write_each_proposal_once(shared_db, tmp_path, console_env):
    """Each process opens the database and answers a read; then all are sent a write at the
    same moment, and each settles before its write: they race for the same keys."""
    config = tmp_path / "console.toml"
    config.write_text('timezone = "Asia/Shanghai"\n', encoding="utf-8")
    argv = [sys.executable, "-m", "cs_console", "--db", shared_db, "--config", str(config),
            "--now", AFTER_SHIFT_END, "--as", "1015", "do", "-"]  # fmt: skip
    last_audit = rows(shared_db, "SELECT max(id) FROM audit_entry")[0][0]
    last_points = rows(shared_db, "SELECT max(id) FROM points_entry")[0][0]
    settlers = [
        subprocess.Popen(
            argv,
            env=console_env,
            text=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )  # fmt: skip
        for _ in range(SETTLERS)
    ]
    for settler in settlers:
        settler.stdin.write("status\n")
        settler.stdin.flush()
    for settler in settlers:
        ready = settler.stdout.readline()  # open and ready
        assert ready.startswith("2026-11-22 E"), ready or settler.communicate(timeout=60)[1]
    for n, settler in enumerate(settlers):
        settler.stdin.write(f"remark 1016 settler {n}\n")
        settler.stdin.flush()
    outputs = [s.communicate(timeout=300) for s in settlers]
    for settler, (_out, err) in zip(settlers, outputs, strict=True):
        assert err == "" and settler.returncode == 0, err
    said = rows(shared_db, f"SELECT count(*) FROM audit_entry WHERE id > {last_audit} "
                           "AND action = 'roll.remark'")  # fmt: skip
    assert said == [(SETTLERS,)]
    keys = rows(shared_db, "SELECT rule, count(*) FROM settlement GROUP BY rule")
    by_rule = dict(keys)
    assert by_rule.get("RC-11", 0) >= 1 and by_rule["RC-08"] == 1 and by_rule["RC-07"] == 1
    audited = dict(rows(shared_db, f"SELECT action, count(*) FROM audit_entry WHERE id > "
                                   f"{last_audit} GROUP BY action"))  # fmt: skip
    made = rows(shared_db, f"SELECT rule, count(*) FROM points_entry WHERE id > {last_points} "
                           "GROUP BY rule")  # fmt: skip
    assert dict(made) == {r: by_rule[r] for r in ("RC-11", "RC-08")}
    assert audited["points.propose"] == sum(n for _r, n in made)
    assert audited["settle.shift_end"] == by_rule["D-03"]
    assert audited["seat.disciplinary_flag"] == by_rule["RC-07"]
    overdue = by_rule.get("CP-01", 0) + by_rule.get("CP-02", 0)
    assert audited.get("clock.overdue", 0) == overdue
    alerts = rows(shared_db, "SELECT count(*) FROM alert")[0][0]  # one per clock and band
    assert audited.get("alert.raise", 0) == alerts
    settled = {"points.propose", "settle.shift_end", "seat.disciplinary_flag", "roll.remark"}
    assert set(audited) == (settled | ({"clock.overdue"} if overdue else set())
                            | ({"alert.raise"} if alerts else set()))  # fmt: skip


def test_cron_settle_needs_no_as_and_says_when_nothing_fell_due(shared_db, tmp_path, console_env):
    config = tmp_path / "console.toml"
    config.write_text('timezone = "Asia/Shanghai"\n', encoding="utf-8")
    argv = [sys.executable, "-m", "cs_console", "--db", shared_db, "--config", str(config),
            "--now", AFTER_SHIFT_END, "settle"]  # fmt: skip
    first = subprocess.run(argv, env=console_env, capture_output=True, text=True, check=False)
    assert first.returncode == 0 and first.stderr == ""
    assert "absenteeism on 2026-11-22/D · 20 pts proposed (RC-11)" in first.stdout
    again = subprocess.run(argv, env=console_env, capture_output=True, text=True, check=False)
    assert (again.returncode, again.stdout) == (0, "Nothing has fallen due.\n")
    read_only = subprocess.run([*argv[:-1], "--read-only", "settle"], env=console_env,
                               capture_output=True, text=True, check=False)  # fmt: skip
    assert read_only.returncode == 2
    assert read_only.stderr == "Settling writes proposals; it cannot run read-only.\n"
