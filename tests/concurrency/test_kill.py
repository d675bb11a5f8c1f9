"""SIGKILL a writing ``cs-console do -`` at random moments, 50 times: no acknowledged write is
lost, nothing is half-written, and ``db check`` stays clean."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import threading
import time

import pytest
from sqlalchemy import text

from cs_console.services import integrity
from cs_console.services.database import open_context

ROUNDS = 50
SEED = 20261122
CHECKS = (  # the tickets of a round, their creation events, their audit rows
    "SELECT count(*) FROM ticket WHERE summary LIKE :tag || '-%'",
    "SELECT count(*) FROM ticket_event e JOIN ticket t ON t.id = e.ticket_id"
    " WHERE t.summary LIKE :tag || '-%' AND e.kind = 'created'",
    "SELECT count(*) FROM audit_entry WHERE action = 'ticket.created'"
    " AND after LIKE '%' || :tag || '-%'",
)


@pytest.fixture
def db_target(sqlite_target: str) -> str:
    """SQLite only: a killed client of PostgreSQL leaves nothing behind the server would keep."""
    return sqlite_target


def acknowledged_after_kill(argv: list[str], env: dict[str, str], tag: str, delay: float) -> int:
    """Start a writer, kill it ``delay`` seconds after its first acknowledgement; the number
    of writes it acknowledged before it died."""
    writer = subprocess.Popen(argv, env=env, text=True, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)  # fmt: skip
    assert writer.stdin is not None and writer.stdout is not None
    feed = threading.Thread(target=_feed, args=(writer.stdin, tag), daemon=True)
    feed.start()
    acks = int(writer.stdout.readline().startswith("T-"))  # waits for the process to start
    deadline = time.monotonic() + delay
    while time.monotonic() < deadline:
        line = writer.stdout.readline()
        if not line:
            break
        acks += line.startswith("T-")
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait(timeout=30)
    acks += sum(1 for line in writer.stdout if line.startswith("T-"))  # already flushed
    return acks


def count(conn, sql: str, tag: str) -> int:  # noqa: ANN001
    return conn.execute(text(sql), {"tag": tag}).scalar_one()


def _feed(stdin, tag: str) -> None:  # noqa: ANN001
    try:
        for i in range(100_000):
            stdin.write(f"ticket inquiry {tag}-{i:05d} killed mid-write\n")
            stdin.flush()
    except (BrokenPipeError, OSError):
        return


def test_fifty_kills_lose_no_acknowledged_write(
    shared_db, console_command, console_env, settings, clock
):
    rng = random.Random(SEED)
    ctx = open_context(shared_db, settings, clock)
    try:
        for round_ in range(ROUNDS):
            tag = f"K{round_:02d}"
            acks = acknowledged_after_kill(
                console_command("--as", "1001", "do", "-"), console_env, tag, rng.uniform(0, 0.4)
            )
            assert integrity.check(ctx) == [], f"round {round_}"
            with ctx.engine.connect() as conn:
                stored, events, audited = (count(conn, sql, tag) for sql in CHECKS)
            # every acknowledged write is there; only the one in flight may be unacknowledged
            assert acks <= stored <= acks + 1, f"round {round_}: {acks} acked, {stored} stored"
            assert events == stored and audited == stored, f"round {round_}: half-written intent"
    finally:
        ctx.engine.dispose()
