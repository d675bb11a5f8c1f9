"""The floor's speed targets (issue "The floor, live"), each against a baseline of the same run:
F1 importing a month of queue_log events against parsing the same file with the csv module;
F2 recomputing 96 intervals and F3 the what-if line against the 10-row DataTable keypress;
F4 and F5, the followed feed, in benchmarks/feed_follow.py.

``python -m benchmarks.floor`` runs them alone (the keypress baseline included) and puts its
rows into results.json in place of the F rows there."""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.measure import Row, Series, timed

START = datetime(2026, 10, 24, 0, 0, tzinfo=UTC)
AGENTS = [f"SIP/{8000 + n}" for n in range(40)]


def month_log(path: Path, lines: int, seed: int = 7) -> Path:
    """About ``lines`` lines of a month: four to five events per call, evenly over 30 days."""
    rng = random.Random(seed)
    calls = lines // 4
    step = 30 * 86400 / max(calls, 1)
    with path.open("w", encoding="utf-8") as out:
        out.writelines(f"{int(START.timestamp())}|NONE|support|{a}|ADDMEMBER|\n" for a in AGENTS)
        for n in range(calls):
            t = int(START.timestamp() + n * step)
            call, agent = f"{t}.{n}", rng.choice(AGENTS)
            out.write(f"{t}|{call}|support|NONE|ENTERQUEUE||13800{n % 1000000:06d}|1\n")
            wait = rng.randint(0, 60)
            if rng.random() < 0.1:
                out.write(f"{t + wait}|{call}|support|NONE|ABANDON|1|1|{wait}\n")
                continue
            talk = rng.randint(60, 400)
            out.write(f"{t + wait}|{call}|support|{agent}|CONNECT|{wait}|b{n}|2\n")
            out.write(f"{t + wait + talk}|{call}|support|{agent}|COMPLETECALLER|{wait}|{talk}|1\n")
    return path


def parse_with_csv(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as source:
        return sum(1 for _ in csv.reader(source, delimiter="|"))


def import_month(config: Path, now: str, log: Path, target: Path) -> None:
    """What ``cs-console feed queue-log`` does after its start: open the database, read the
    file in slices, store each (``target`` is a copy of the demo centre)."""
    from cs_console.options import Globals
    from cs_console.services.log_tail import Tail
    from cs_console.services.queue_feed import store_chunk

    ctx = Globals(db=str(target), config=config, now=now).context()
    tail = Tail(log, follow=False)
    while chunks := tail.read():
        for chunk in chunks:
            store_chunk(ctx, chunk, log.name)
    tail.close()
    ctx.engine.dispose()


def insert_floor(base: Path, log: Path, target: Path) -> float:
    """Milliseconds of the writing alone: the rows the feed makes of ``log``, already parsed,
    written by ``sqlite3`` ``executemany`` in the feed's batches and SQL — the least a feed
    into this table can take."""
    import sqlite3

    from cs_console.domain.queue_log import parse_rows
    from cs_console.services.queue_feed import BATCH_LINES
    from cs_console.store.call_event_repo import CACHE_KIB

    with log.open(encoding="utf-8") as source:
        rows = parse_rows(source).rows
    shutil.copy(base, target)
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    start = time.perf_counter()
    for at in range(0, len(rows), BATCH_LINES):
        conn.executemany(
            "INSERT INTO call_event (key, at, call_id, queue, agent, event, data) VALUES (?, "
            "datetime(?, 'unixepoch') || '.000000', ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING",
            rows[at : at + BATCH_LINES],
        )
        conn.commit()
    spent = 1000 * (time.perf_counter() - start)
    conn.close()
    target.unlink()
    return spent


def recompute_day(log: Path, runs: int) -> tuple[Series, Series]:
    """96 intervals of one day from its events, and the what-if line from them."""
    from cs_console.config import PhoneSettings
    from cs_console.domain.queue_figures import QueueTally
    from cs_console.domain.queue_log import parse_lines
    from cs_console.domain.staffing import format_what_if, what_if

    rules = PhoneSettings().queue_rules()
    day = START + timedelta(days=10)
    end = day + timedelta(days=1)
    with log.open(encoding="utf-8") as source:
        events = [e for e in parse_lines(source).events
                  if day.timestamp() - 3600 <= e.epoch < end.timestamp()]  # fmt: skip

    def figures() -> None:
        tally = QueueTally(day, end, rules)
        tally.add(events)
        tally.figures(end)
        tally.total(end)

    def line() -> None:
        start = day + timedelta(hours=10)
        format_what_if(what_if(start, start + timedelta(minutes=15), 100, 180, 14, 1, 20, 0.8),
                       UTC)  # fmt: skip

    return (timed("96 intervals recomputed", runs, figures),
            timed("what-if line", runs, line))  # fmt: skip


def measure(folder: Path, base: Path, config: Path, now: str, lines: int, runs: int,
            table: Series) -> list[Row]:  # fmt: skip
    log = month_log(folder / "queue_log", lines)
    parsed = timed("csv module parse", runs, lambda: parse_with_csv(log))
    imported = Series("feed queue-log of a month")
    written = Series("executemany of the parsed rows")
    for n in range(runs):
        target = folder / f"feed-{n}.db"
        shutil.copy(base, target)
        start = time.perf_counter()
        import_month(config, now, log, target)
        imported.values.append(1000 * (time.perf_counter() - start))
        target.unlink()
        written.values.append(insert_floor(base, log, target))
    print(f"  feed: {imported.median:.0f} ms vs csv parse {parsed.median:.0f} ms; writing "
          f"alone {written.median:.0f} ms", flush=True)  # fmt: skip
    intervals, what = recompute_day(log, runs)
    print(f"  96 intervals {intervals.median:.2f} ms · what-if {what.median:.3f} ms", flush=True)
    return [
        Row(
            "F1",
            f"feed of a month ({lines} lines) vs csv parse",
            imported,
            parsed,
            3.0,
            note=f"floor: writing the parsed rows alone (sqlite3 executemany, same batches) "
            f"{written.median:.0f} ms = {written.median / parsed.median:.2f}× the csv parse",
        ),
        Row("F2", "96 intervals recomputed vs 10-row table keypress", intervals, table, 1.0),
        Row("F3", "what-if line vs 10-row table keypress", what, table, 1.0),
    ]


def main() -> None:
    import json
    import subprocess
    import sys
    import tempfile

    from benchmarks import data, feed_follow
    from benchmarks.__main__ import report

    parser = argparse.ArgumentParser(prog="python -m benchmarks.floor", description=__doc__)
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--follow-seconds", type=float, default=30, help="F4's CPU window")
    parser.add_argument("--rounds", type=int, default=10, help="F5's lines and writes")
    parser.add_argument("--json", type=Path, default=Path("benchmarks/results.json"),
                        help="its rows replace the F rows there")  # fmt: skip
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="cs-bench-floor-"))
    config = data.config_file(folder)
    base = data.demo_base(folder, config)
    done = subprocess.run([sys.executable, "-m", "benchmarks.keypress", "table"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    table = Series("10-row DataTable keypress", json.loads(done.stdout))
    rows = measure(folder, base, config, data.NOW, args.lines, args.runs, table)
    rows += feed_follow.measure(folder, base, args.follow_seconds, args.rounds)
    report(rows)
    results = json.loads(args.json.read_text(encoding="utf-8")) if args.json.exists() else {}
    kept = [r for r in results.get("rows", []) if not r["target"].startswith("F")]
    results["rows"] = kept + [r.as_dict() for r in rows]
    results.setdefault("sizes", {})["queue_log_lines"] = args.lines
    args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(f"\nF rows written to {args.json}")


if __name__ == "__main__":
    main()
