"""The start's first roll call, read through sqlite3 before the database layer is imported,
is the roll call service's, through the same SQL; any doubt leaves it to the full opening
(#23, P2)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from cs_console.config import Settings
from cs_console.services.context import Context
from cs_console.services.first_look import first_roll
from cs_console.services.roll_view import roll_call
from cs_console.services.shift_view import roll_call_shift
from cs_console.store.revision import head_revision
from tests.conftest import FixedClock


def _sql(target: str, statement: str) -> None:
    with sqlite3.connect(target) as conn:
        conn.execute(statement)


def test_the_first_look_is_the_roll_call_the_service_reads(
    demo_ctx: Context, sqlite_target: str, settings: Settings, clock: FixedClock
) -> None:
    inst = roll_call_shift(demo_ctx, 0)
    assert inst is not None
    service = roll_call(demo_ctx, inst)
    days = [ln.day for ln in service.lines]
    assert any(d.arrived for d in days) and any(d.marked_absent or d.called_in for d in days)
    assert first_roll(sqlite_target, settings, clock.now()) == service


def test_swaps_certificates_remarks_and_training_read_alike(
    demo_ctx: Context, sqlite_target: str, settings: Settings, clock: FixedClock
) -> None:
    inst = roll_call_shift(demo_ctx, 0)
    assert inst is not None
    day, code = inst.day.isoformat(), inst.shift.code
    with sqlite3.connect(sqlite_target) as conn:
        on_shift = f"shift_date = '{day}' AND shift_code = '{code}'"
        ids = [i for (i,) in conn.execute(f"SELECT staff_id FROM roster_entry WHERE {on_shift}")]
        conn.execute(
            "INSERT INTO swap_request (giver_id, taker_id, shift_date, shift_code, month, "
            f"requested_at, status, manager_needed, version) VALUES ({ids[0]}, "
            f"(SELECT max(id) FROM staff), '{day}', '{code}', '{day[:7]}', "
            "'2025-01-01 00:00:00.000000', 'approved', 0, 1)"
        )
        conn.execute(
            "INSERT INTO leave_request (staff_id, kind, first_day, last_day, requested_at, "
            "requested_by_id, notice, approvals_needed, status, certificate_pending, "
            f"exceptional, version) VALUES ({ids[1]}, 'sick', '2020-01-01', '2020-01-02', "
            f"'2020-01-01 00:00:00.000000', {ids[1]}, 'normal', '', 'approved', 1, 0, 1)"
        )
        conn.execute(
            "INSERT INTO attendance_mark (shift_date, shift_code, staff_id, kind, at, note, "
            f"recorded_by) VALUES ('{day}', '{code}', {ids[2]}, 'remark', "
            "'2025-01-01 01:00:00.000000', 'said [x] \"y\"', '1002')"
        )
        conn.execute("INSERT INTO training_session (day, topic, recorded_at) VALUES "
                     f"('{day}', 'refunds', '2025-01-01 00:00:00.000000')")  # fmt: skip
    service = roll_call(demo_ctx, inst)
    assert any(ln.day.swapped_out_to for ln in service.lines)
    assert any("LV-05" in " ".join(ln.notes) for ln in service.lines)
    assert service.training == (("refunds", 0),)
    assert first_roll(sqlite_target, settings, clock.now()) == service


def test_any_doubt_leaves_the_start_to_the_full_opening(
    demo_ctx: Context, sqlite_target: str, settings: Settings, clock: FixedClock, tmp_path: Path
) -> None:
    now = clock.now()
    assert first_roll("postgresql://u@127.0.0.1/x", settings, now) is None
    missing = tmp_path / "missing.db"
    assert first_roll(str(missing), settings, now) is None
    assert not missing.exists()  # the start's look never creates a file
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert first_roll(str(empty), settings, now) is None
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"not a database at all" * 100)
    assert first_roll(str(damaged), settings, now) is None
    assert first_roll(sqlite_target, settings, now) is not None
    _sql(sqlite_target, "UPDATE alembic_version SET version_num = '0001'")
    assert first_roll(sqlite_target, settings, now) is None  # behind: the opening upgrades
    _sql(sqlite_target, f"UPDATE alembic_version SET version_num = '{head_revision()}'")
    _sql(sqlite_target, "DROP TABLE arrival")
    assert first_roll(sqlite_target, settings, now) is None


def test_the_first_look_writes_nothing(
    demo_ctx: Context, sqlite_target: str, settings: Settings, clock: FixedClock
) -> None:
    with sqlite3.connect(sqlite_target) as conn:
        before = conn.execute("PRAGMA data_version").fetchone(), Path(sqlite_target).stat()
    first_roll(sqlite_target, settings, clock.now())
    assert Path(sqlite_target).stat().st_mtime_ns == before[1].st_mtime_ns


def test_the_first_look_needs_no_database_layer() -> None:
    probe = (
        "import sys, cs_console.services.first_look, cs_console.ui.screens.roll_table; "
        "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'alembic', 'typer') "
        "if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.stdout.strip() == "[]", done.stderr
