"""Concurrent writers make one unbroken audit chain (each row hashed over its fields and the
row before it, appended under the locked chain head), on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

from sqlalchemy import text

from cs_console.commands.registry import execute
from cs_console.services import integrity
from tests.concurrency.conftest import Terminal

WRITERS, WRITES = 4, 12


def test_four_terminals_writing_at_once_leave_one_unbroken_chain(terminal: Terminal):
    desks = [terminal(staff_no) for staff_no in ("1001", "1002", "1001", "1002")]
    start = threading.Barrier(WRITERS)
    failures: list[BaseException] = []

    def write(n: int) -> None:
        start.wait()
        try:
            for i in range(WRITES):
                execute(desks[n], f"remark {1003 + n} note {i} from terminal {n}")
        except BaseException as err:  # noqa: BLE001 - reported below
            failures.append(err)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(WRITERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert failures == []
    ctx = desks[0]
    with ctx.engine.connect() as conn:
        positions = conn.execute(text("SELECT chain_seq FROM audit_entry ORDER BY chain_seq"))
        seqs = [p for (p,) in positions]
        head = conn.execute(text("SELECT audit_seq FROM chain_head")).scalar()
    assert seqs == list(range(1, len(seqs) + 1))
    assert head == len(seqs)
    assert integrity.check(ctx) == []
