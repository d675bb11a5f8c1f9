"""Faults and closed pipes on the command line (convention 10, 19): an internal error in a
`do -` stream is a failed line and the stream goes on; output into a pipe whose reader has
gone ends quietly."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from tests.cli.conftest import LEADER
from tests.conftest import NOW_LOCAL

PHONE = "13812345678"


def damage(env: dict[str, str], table: str) -> None:
    with sqlite3.connect(env["CS_CONSOLE_DB"]) as conn:
        conn.execute(f"DROP TABLE {table}")


def test_an_internal_error_in_a_stream_is_a_failed_line_and_the_next_line_runs(
    demo: Callable[..., Result], run: Callable[..., subprocess.CompletedProcess[str]],
    env: dict[str, str], log_folder: Path,
):  # fmt: skip
    damage(env, "seat_fault")  # only equipment faults use it
    env["CS_CONSOLE_PIN"] = "1234"  # a fault is a leader's to record
    lines = ["show 1001", "fault A01 headset crackles", "show 4242", f"show {PHONE}", "status"]
    done = run("--now", NOW_LOCAL, *LEADER, "do", "-", stdin="\n".join(lines) + "\n")
    assert done.returncode == 1  # a line met an internal error (a refusal alone would be 2)
    assert [line.split()[0] for line in done.stdout.splitlines()] == ["1001", "2026-11-22"]
    log = log_folder / "cs-console.log"
    assert done.stderr.splitlines() == [
        f"line 2: internal error (OperationalError) while running fault; the details are in {log}.",
        "line 3: No staff number, seat or ticket is called '4242'.",
        f"line 4: No staff number, seat or ticket is called '{PHONE}'.",
    ]
    details = log.read_text(encoding="utf-8")
    assert "Traceback" in details and "no such table: seat_fault" in details
    assert PHONE not in details


def test_a_single_command_with_an_internal_error_is_one_sentence_and_exit_1(
    demo: Callable[..., Result], run: Callable[..., subprocess.CompletedProcess[str]],
    env: dict[str, str], log_folder: Path,
):  # fmt: skip
    damage(env, "clock")
    env["CS_CONSOLE_PIN"] = "1234"
    done = run("--now", NOW_LOCAL, *LEADER, "do", f"complaint no dial tone phone {PHONE}")
    assert done.returncode == 1
    log = log_folder / "cs-console.log"
    assert done.stderr == (
        f"internal error (OperationalError) while running complaint; the details are in {log}.\n"
    )
    assert PHONE not in log.read_text(encoding="utf-8")
    env["CS_CONSOLE_PIN"] = "1234"
    done = run("--now", NOW_LOCAL, "report", "week")
    assert done.returncode == 1 and done.stderr.startswith("internal error (OperationalError)")


@pytest.mark.parametrize(
    "command",
    [
        ("audit",),
        ("do", "help"),
        ("do", "-"),
        ("report", "week"),
        ("print", "handover", "--text"),
        ("export", "json"),
    ],
)
def test_output_into_a_closed_pipe_ends_quietly(
    demo: Callable[..., Result], env: dict[str, str], tmp_path: Path, command: tuple[str, ...]
):
    """`cs-console audit | head -1` once head has gone: no BrokenPipeError, exit 141."""
    reader, writer = os.pipe()
    os.close(reader)  # nobody will read: the first write meets a closed pipe
    try:
        done = subprocess.run(
            [sys.executable, "-m", "cs_console", "--now", NOW_LOCAL, *command],
            input="status\nstatus\n", stdout=writer, stderr=subprocess.PIPE, text=True,
            cwd=tmp_path, env={**os.environ, **env}, timeout=120,
        )  # fmt: skip
    finally:
        os.close(writer)
    assert done.stderr == ""
    assert done.returncode == 141
