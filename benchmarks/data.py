"""The suite's own data: the demo centre grown to N tickets, S seats and C running clocks."""

from __future__ import annotations

import csv
import os
import random
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

NOW = "2026-11-23T10:30"
ZONE = "Asia/Shanghai"
OPEN_AT_LEAST = 300
CATEGORIES = ("consultation", "inquiry", "complaint", "fault", "suggestion", "technical", "website")


def cli(*args: str, db: Path, config: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "cs_console", "--db", str(db), "--config", str(config)]
    env = {**os.environ, "CS_CONSOLE_PIN": "1234"}  # the demo leaders' PIN, for --as 1001
    done = subprocess.run([*command, *args], capture_output=True, text=True, check=False, env=env)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed: {done.stderr.strip()}")
    return done


def config_file(folder: Path) -> Path:
    path = folder / "config.toml"
    path.write_text(f'timezone = "{ZONE}"\n', encoding="utf-8")
    return path


def demo_base(folder: Path, config: Path) -> Path:
    """The demo centre at NOW, made once and copied for each database."""
    base = folder / "base.db"
    if not base.exists():
        cli("--now", NOW, "demo", "--no-tui", db=base, config=config)
    return base


def tickets_csv(folder: Path, count: int) -> Path:
    """``count`` tickets over the last 120 days; the newest 1 % (at least 300) still open."""
    path = folder / f"tickets-{count}.csv"
    if path.exists():
        return path
    rng = random.Random(count)
    start = datetime(2026, 7, 26, 8, 0, tzinfo=UTC)
    step = timedelta(days=120) / max(1, count)
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["accepted_at", "category", "summary", "phone", "name", "agent", "state",
                         "target"])  # fmt: skip
        for n in range(count):
            at = start + n * step
            still_open = n >= count - max(count // 100, OPEN_AT_LEAST)
            state = "new" if still_open else rng.choice(("closed", "closed", "resolved"))
            writer.writerow([
                at.strftime("%Y-%m-%dT%H:%M"), rng.choice(CATEGORIES), f"history ticket {n}",
                f"13{rng.randrange(10**9):09d}", rng.choice(("张伟", "王芳", "Ana Ruiz")), "",
                state, "",
            ])  # fmt: skip
    return path


def seats_csv(folder: Path, count: int) -> Path:
    path = folder / f"seats-{count}.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["seat", "row", "col", "zone", "extension"])
        for n in range(count):
            writer.writerow([f"S{n:03d}", 10 + n // 20, 1 + n % 20, "S", f"8{n:03d}"])
    return path


def database(folder: Path, tickets: int, seats: int, clocks: int) -> tuple[Path, Path]:
    """A database with the demo plus ``tickets`` history tickets, ``seats`` extra seats and
    ``clocks`` running complaint clocks; returns (database, config)."""
    config = config_file(folder)
    db = folder / f"bench-{tickets}-{seats}-{clocks}.db"
    if db.exists():
        return db, config
    shutil.copy(demo_base(folder, config), db)
    cli("--now", NOW, "import", "seats", str(seats_csv(folder, seats)), db=db, config=config)
    cli("--now", NOW, "import", "tickets", str(tickets_csv(folder, tickets)), db=db, config=config)
    _running_clocks(db, config, clocks)
    return db, config


def _running_clocks(db: Path, config: Path, count: int) -> None:
    from sqlalchemy import insert
    from sqlmodel import col, select

    from cs_console.clock import FixedClock
    from cs_console.config import load_settings
    from cs_console.services.database import open_context
    from cs_console.store.models import Clock, Ticket

    now = datetime(2026, 11, 23, 2, 30, tzinfo=UTC)  # NOW in the centre
    ctx = open_context(str(db), load_settings(config), FixedClock(now))
    with ctx.transaction() as session:
        ids = session.exec(
            select(Ticket.id)
            .where(Ticket.state == "new", col(Ticket.summary).startswith("history"))
            .order_by(col(Ticket.id).desc())
            .limit(count)
        ).all()
        rows = [
            {
                "kind": "dispatch",
                "ticket_id": ticket_id,
                "started_at": now - timedelta(minutes=n % 70),
                "deadline_at": now + timedelta(minutes=60 - n % 70),
                "start_note": "",
                "stopped_by": "",
                "result": "",
                "overrun_minutes": 0,
                "points": 0,
                "breach_shift": "",
                "version": 1,
            }
            for n, ticket_id in enumerate(ids)
        ]
        if rows:
            session.execute(insert(Clock), rows)
    ctx.engine.dispose()
