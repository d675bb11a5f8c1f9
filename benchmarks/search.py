"""``python -m benchmarks.search``: the first 50 hits of a search across every past shift on a
centre's years of history, against the 10-row DataTable keypress median (pty) of the same run.

Three years of a 500-seat centre is about 1M tickets, 3,300 handover logs and 200k entries
(the defaults); the history is written with plain ``executemany`` into a copy of the demo
centre. ``--pg URL`` (a server; a database of its own is made there) copies it to PostgreSQL
with ``db copy`` and measures there too. Targets: median ≤ 2× on SQLite, ≤ 5× on PostgreSQL."""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks import data, pty_run
from benchmarks.key_figures import all_samples, percentile

TERMS = ("旷工", "回访", "broadband", "history ticket 4242", "迟到 1003")
WORDS = ("回访", "旷工", "迟到", "客户", "投诉", "故障", "交接", "坐席", "宽带", "短信", "账单")
LATIN = ("line", "noise", "callback", "outage", "billing", "router", "meter", "queue")


def history(db: Path, tickets: int, logs: int, entries: int) -> None:
    rng = random.Random(7)
    start = datetime(2023, 11, 23, tzinfo=UTC)
    span = timedelta(days=3 * 365)
    with sqlite3.connect(db) as conn:
        conn.executemany(
            "INSERT INTO ticket (category, summary, customer_phone, customer_name, state, target, "
            "priority, accepted_at, due_at, version, visit_state, kb_state) "
            "VALUES (?, ?, ?, '', 'closed', '', 2, ?, ?, 1, '', '')",
            (
                (rng.choice(data.CATEGORIES), f"history ticket {n} {rng.choice(LATIN)}",
                 f"13{rng.randrange(10**9):09d}", _at(start + span * (n / tickets)),
                 _at(start + span * (n / tickets)))
                for n in range(tickets)
            ),
        )  # fmt: skip
        first = conn.execute("SELECT coalesce(max(id), 0) FROM handover_log").fetchone()[0] + 1
        day0 = start.date()
        conn.executemany(
            "INSERT INTO handover_log (id, shift_date, shift_code, status, out_staff_no, "
            "in_staff_no, content, fingerprint, legacy_fingerprint, version) "
            "VALUES (?, ?, ?, 'signed', '1001', '1002', '', '', '', 1)",
            ((first + n, (day0 + timedelta(days=n // 3)).isoformat(), "DEN"[n % 3] + "H")
             for n in range(logs)),
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO handover_entry (log_id, section, text, kind, author, at, acked_by, "
            "item_key) VALUES (?, 'notes', ?, ?, '1001', ?, '', '')",
            (
                (first + n * logs // entries,
                 f"{rng.choice(WORDS)}{rng.choice(WORDS)} {rng.choice(LATIN)} {n}",
                 "addendum" if n % 50 == 0 else "entry", _at(start + span * (n / entries)))
                for n in range(entries)
            ),
        )  # fmt: skip


def _at(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S.000000")


def timed_searches(target: str, config: Path, rounds: int) -> tuple[float, dict[str, list[float]]]:
    from cs_console.options import Globals
    from cs_console.services.search import refresh, search

    ctx = Globals(db=target, config=config, now=data.NOW).context()
    start = time.perf_counter()
    refresh(ctx)
    built = time.perf_counter() - start
    samples: dict[str, list[float]] = {term: [] for term in TERMS}
    for _ in range(rounds):
        for term in TERMS:
            start = time.perf_counter()
            hits = search(ctx, term)
            samples[term].append(1000 * (time.perf_counter() - start))
            assert hits or term.startswith("history"), term
    ctx.engine.dispose()
    return built, samples


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.search", description=__doc__)
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--logs", type=int, default=3_300)
    parser.add_argument("--entries", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--pg", help="a PostgreSQL server URL, e.g. postgresql://postgres@host")
    parser.add_argument("--work", type=Path)
    args = parser.parse_args()
    folder = args.work or Path(tempfile.mkdtemp(prefix="cs-search-"))
    folder.mkdir(parents=True, exist_ok=True)
    config = data.config_file(folder)
    db = folder / f"search-{args.tickets}-{args.entries}.db"
    if not db.exists():
        shutil.copy(data.demo_base(folder, config), db)
        history(db, args.tickets, args.logs, args.entries)
    table = pty_run.baseline(6)
    baseline = statistics.median(all_samples(table))
    print(f"10-row DataTable keypress (pty): median {baseline:.1f} ms")
    targets = [("SQLite", str(db), 2.0)]
    if args.pg:
        from cs_console.options import Globals
        from cs_console.services.database import copy_to

        url = f"{args.pg.rstrip('/')}/cs_search_{uuid.uuid4().hex[:8]}"
        _create_database(args.pg, url.rsplit("/", 1)[1])
        ctx = Globals(db=str(db), config=config, now=data.NOW).context()
        copy_to(ctx, url)
        ctx.engine.dispose()
        targets.append(("PostgreSQL", url, 5.0))
    for name, target, limit in targets:
        built, samples = timed_searches(target, config, args.rounds)
        values = all_samples(samples)
        median = statistics.median(values)
        met = "met" if median / baseline <= limit else "NOT met"
        print(f"{name}: index built in {built:.1f} s; first 50 hits median {median:.1f} ms, "
              f"p90 {percentile(values, 0.9):.1f} ms = {median / baseline:.2f}× "
              f"(limit {limit:g}×) {met}")  # fmt: skip
        for term, v in samples.items():
            print(f"    {term:24} median {statistics.median(v):7.1f} ms")


def _create_database(server: str, name: str) -> None:
    from sqlalchemy import create_engine, text

    url = server.replace("postgresql://", "postgresql+psycopg://").rstrip("/") + "/postgres"
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    engine.dispose()


if __name__ == "__main__":
    main()
