"""Two real ``cs-console do -`` processes write 1,000 mixed intents each at the same time."""

from __future__ import annotations

import subprocess

from sqlalchemy import create_engine, text

from cs_console.store.engine import database_url

WRITES = 1_000
STATES = ("SELECT count(*) FROM state_change sc JOIN staff s ON s.id = sc.staff_id"
          " WHERE s.staff_no IN ('1004', '1006')")  # fmt: skip


def script(writer: str, staff_no: str) -> str:
    """Tickets, handover notes and seat states, a quarter each; every line is a change."""
    lines = []
    for i in range(WRITES // 4):
        tag = f"{writer}-{i:04d}"
        lines += [f"ticket inquiry {tag} parcel", f"note problems {tag}",
                  f"state {staff_no} acw", f"state {staff_no} call"]  # fmt: skip
    return "\n".join(lines) + "\n"


def scalar(url: str, sql: str) -> int:
    engine = create_engine(database_url(url))
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql)).scalar_one()
    finally:
        engine.dispose()


def test_every_write_of_two_processes_is_there_exactly_once(
    shared_db, console_command, console_env
):
    warm = subprocess.run(console_command("--as", "1001", "do", "note problems none"),
                          env=console_env, capture_output=True, text=True, check=True)  # fmt: skip
    assert warm.stdout.startswith("#")  # the shift's log exists before the race
    audit_before = scalar(shared_db, "SELECT count(*) FROM audit_entry")
    states_before = scalar(shared_db, STATES)
    writers = [
        subprocess.Popen(console_command("--as", leader, "do", "-"), env=console_env, text=True,
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for leader in ("1001", "1002")
    ]  # fmt: skip
    outputs = [
        w.communicate(script(name, staff), timeout=300)
        for w, name, staff in zip(writers, ("W1", "W2"), ("1004", "1006"), strict=True)
    ]
    for writer, (out, err) in zip(writers, outputs, strict=True):
        assert err == ""  # no "database is locked", no refusal
        assert writer.returncode == 0
        assert len(out.splitlines()) == WRITES  # one acknowledgement per intent
    for name in ("W1", "W2"):
        tickets = f"SELECT count(DISTINCT summary) FROM ticket WHERE summary LIKE '{name}-%'"
        assert scalar(shared_db, tickets) == WRITES // 4
        tickets = f"SELECT count(*) FROM ticket WHERE summary LIKE '{name}-%'"
        assert scalar(shared_db, tickets) == WRITES // 4
        notes = f"SELECT count(DISTINCT text) FROM handover_entry WHERE text LIKE '{name}-%'"
        assert scalar(shared_db, notes) == WRITES // 4
        notes = f"SELECT count(*) FROM handover_entry WHERE text LIKE '{name}-%'"
        assert scalar(shared_db, notes) == WRITES // 4
    assert (
        scalar(shared_db, STATES) - states_before == WRITES
    )  # two writers, half of each one's lines
    assert scalar(shared_db, "SELECT count(*) FROM audit_entry") - audit_before == 2 * WRITES
