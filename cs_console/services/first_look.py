"""The roll call due now, read from a SQLite file through the standard library before the
database layer is imported: a start shows it while SQLAlchemy and the services load (#23, P2).
The same SQL and the same building as the roll call service (``services/roll_rows.py``)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from cs_console.domain.shifts import shift_due
from cs_console.services import roll_rows
from cs_console.store import plain_sqlite

if TYPE_CHECKING:
    from cs_console.config import Settings
    from cs_console.services.roll_rows import RollCall


def first_roll(target: str, settings: Settings, now: datetime) -> RollCall | None:
    """The roll call of the shift due at ``now`` (RC-02) in the SQLite file ``target``; None
    when ``target`` is a server's URL, the file cannot be read as it is (missing, empty, not
    SQLite's, damaged, its schema not at head) or no shift is due: the full opening then reads,
    and says what is wrong."""
    if "://" in target:
        return None
    conn = plain_sqlite.open_reading(Path(target).expanduser().resolve())
    if conn is None:
        return None
    try:
        run = partial(plain_sqlite.run, conn)
        rules = settings.rules
        inst = shift_due(settings.shift_list, now, settings.tz, rules.roll_call_opens_minutes,
                         partial(roll_rows.outgoing_signed, run))  # fmt: skip
        return (
            None if inst is None else roll_rows.read_roll(run, inst, rules.roll_call_lead_minutes)
        )
    except sqlite3.Error:
        return None
    finally:
        conn.close()
