"""``python -m benchmarks``: P1–P9 and F1–F5 (benchmarks/floor.py, benchmarks/feed_follow.py),
each against a baseline measured in the same run.

Generates its own data, runs every measurement several times, prints min / median / max with
the ratio to the baseline, and writes the figures as JSON."""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import data, feed_follow, pty_run
from benchmarks import floor as floor_targets
from benchmarks.key_run import KeyRun
from benchmarks.measure import Row, Series, timed
from benchmarks.terminal import pane, time_to_text
from cs_console.ui.screens.boot import OPENING

PY = sys.executable
CONSOLE = [PY, "-m", "cs_console"]
MINIMAL = [PY, "-m", "benchmarks.baseline_apps"]
FRAME_MARKER = OPENING  # the boot screen: the first frame is painted
DATA_MARKER = "Lucía Martín"  # a row of the roll call: data is on the first screen
FIRST_LOOK = "import cs_console.config, cs_console.services.first_look"  # what it needs


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=1_000, help="tickets of the small database")
    parser.add_argument("--seats", type=int, default=500)
    parser.add_argument("--clocks", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cpu-seconds", type=float, default=30)
    parser.add_argument("--queue-log-lines", type=int, default=1_000_000)
    parser.add_argument("--json", type=Path, default=Path("benchmarks/results.json"))
    parser.add_argument("--work", type=Path, help="folder for the generated data (kept)")
    parser.add_argument("--key-rounds", type=int, help="rounds of the pty keys (10; --quick: 2)")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="the pty keys only (2 rounds unless --key-rounds: under 3 minutes)",
    )
    args = parser.parse_args()
    if args.key_rounds is None:
        args.key_rounds = 2 if args.quick else 10
    folder = args.work or Path(tempfile.mkdtemp(prefix="cs-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    print(f"data in {folder} …", flush=True)
    big, config = data.database(folder, args.tickets, args.seats, args.clocks)
    small, _ = data.database(folder, args.small, args.seats, args.clocks)
    keys = pty_keys(args, big, small, config)
    rows = keys.rows() if args.quick else measure_all(args, folder, big, small, config, keys)
    report(rows)
    keys.report()
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({
        "machine": {"python": platform.python_version(), "system": platform.platform(),
                    "cpus": __import__("os").cpu_count()},
        "sizes": {"tickets": args.tickets, "small": args.small, "seats": args.seats,
                  "clocks": args.clocks, "runs": args.runs,
                  "queue_log_lines": args.queue_log_lines},
        "rows": [r.as_dict() for r in rows],
        "keys": keys.as_dict(),
        "seconds": round(time.perf_counter() - started, 1),
    }, indent=1) + "\n", encoding="utf-8")  # fmt: skip
    print(f"\nJSON written to {args.json} · {time.perf_counter() - started:.0f} s in all")


def pty_keys(args: argparse.Namespace, big: Path, small: Path, config: Path) -> KeyRun:
    rounds = args.key_rounds
    table = pty_run.baseline(rounds * 3)
    print(f"  pty 10-row DataTable: median {KeyRun.median_of(table):.1f} ms", flush=True)
    on_big = pty_run.console(big, config, rounds)
    print(f"  pty console, {args.tickets} tickets: median {KeyRun.median_of(on_big):.1f} ms",
          flush=True)  # fmt: skip
    on_small = pty_run.console(small, config, rounds)
    print(f"  pty console, {args.small} tickets: median {KeyRun.median_of(on_small):.1f} ms",
          flush=True)  # fmt: skip
    return KeyRun(table, on_big, on_small, args.tickets, args.small)


def measure_all(args: argparse.Namespace, folder: Path, big: Path, small: Path,
                config: Path, keys: KeyRun) -> list[Row]:  # fmt: skip
    runs = args.runs
    at = ["--config", str(config), "--now", data.NOW, "--read-only"]
    minimal = _series("minimal Textual app, first frame", runs,
                      lambda: time_to_text(MINIMAL, "minimal ready"))  # fmt: skip
    console = [*CONSOLE, "--db", str(big), *at]
    first = _series("cs-console first frame", runs, lambda: time_to_text(console, FRAME_MARKER))
    with_data = _series(f"cs-console first data, {args.tickets} tickets", runs,
                        lambda: time_to_text(console, DATA_MARKER))  # fmt: skip
    table = _keys(["table"], "10-row DataTable keypress (Pilot)")
    keys_big = _keys([str(big), str(config), data.NOW],
                     f"queue keypress, {args.tickets} tickets (Pilot)")  # fmt: skip
    cpu, idle, ticking, roll = _cpu(big, config, args.cpu_seconds)
    rss_big, rss_small = _rss(big, small, config, runs)
    imported, executemany = _import(folder, config, args.tickets, runs)
    import_sqlmodel = _series("python -c 'import sqlmodel'", runs,
                              lambda: _run([PY, "-c", "import sqlmodel"]))  # fmt: skip
    status = _series(
        "cs-console do status",
        runs,
        lambda: _run(
            [*CONSOLE, "--db", str(big), "--config", str(config), "--now", data.NOW, "do", "status"]
        ),
    )
    python_start = _series("python -c pass", runs, lambda: _run([PY, "-c", "pass"]))
    import_look = _series("import of the first look (settings, sqlite3 read)", runs,
                          lambda: _run([PY, "-c", FIRST_LOOK]))  # fmt: skip
    summary = _summary(big, config, runs)
    floor_rows = floor_targets.measure(folder, data.demo_base(folder, config), config, data.NOW,
                               args.queue_log_lines, runs, table)  # fmt: skip
    floor_rows += feed_follow.measure(folder, data.demo_base(folder, config), args.cpu_seconds,
                                      2 * runs)  # fmt: skip
    core = 100 * cpu.median
    floor = minimal.median + import_sqlmodel.median - python_start.median
    look_floor = minimal.median + import_look.median - python_start.median
    return [
        Row("P1", "start → first painted frame", first, minimal, 1.3),
        Row(
            "P2",
            f"start → first data ({args.tickets} tickets, {args.seats} seats, "
            f"{args.clocks} clocks)",
            with_data,
            minimal,
            2.0,
            note=f"floor of the first look through sqlite3: minimal app + (import of the "
            f"settings and the look − python -c pass) = {look_floor:.0f} ms = "
            f"{look_floor / minimal.median:.2f}×; through SQLModel it was {floor:.0f} ms = "
            f"{floor / minimal.median:.2f}×",
        ),  # fmt: skip
        *keys.rows(
            note=f"through Pilot (floor ~60 ms): {keys_big.median:.0f} ms vs 10-row DataTable "
            f"{table.median:.0f} ms = {keys_big.median / table.median:.2f}×"
        ),
        Row(
            "P5",
            f"CPU showing {args.clocks} clocks (share of one core)",
            cpu,
            idle,
            3.0,
            ("% of one core", round(core, 2), 2.0),
            note=f"floor for any clock on screen: a minimal app redrawing one label each second "
            f"uses {100 * ticking.median:.2f} % = {ticking.median / idle.median:.1f}× idle; the "
            f"console on the roll call (its header's clock, its look for writes) "
            f"{100 * roll.median:.2f} % = {roll.median / idle.median:.1f}×",
        ),
        Row("P6", f"RSS at {args.tickets} vs {args.small} tickets", rss_big, rss_small, 1.2),
        Row("P7", f"import of {args.tickets} tickets from CSV", imported, executemany, 3.0),
        Row("P8", "cs-console do status, end to end", status, import_sqlmodel, 1.3),
        Row("P9", "handover summary, text and PDF (ms, absolute)", summary, None, 300),
        *floor_rows,
    ]


def _series(name: str, runs: int, action) -> Series:  # noqa: ANN001
    series = Series(name, [action() for _ in range(runs)])
    print(f"  {name}: median {series.median:.1f} {series.unit}", flush=True)
    return series


def _run(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True)
    return 1000 * (time.perf_counter() - start)


def _keys(argv: list[str], name: str) -> Series:
    done = subprocess.run([PY, "-m", "benchmarks.keypress", *argv], capture_output=True,
                          text=True, check=True)  # fmt: skip
    series = Series(name, json.loads(done.stdout))
    print(f"  {name}: median {series.median:.1f} ms", flush=True)
    return series


def _cpu(db: Path, config: Path, seconds: float) -> tuple[Series, Series, Series, Series]:
    """Share of one core used by the console on the clock board, by an idle minimal app, by a
    minimal app redrawing one label each second, and by the console on the roll call, side by
    side over the same ``seconds``."""
    command = [*CONSOLE, "--db", str(db), "--config", str(config), "--now", data.NOW,
               "--read-only"]  # fmt: skip
    with (
        pane(command) as (console, _),
        pane(MINIMAL) as (idle, _),
        pane([*MINIMAL, "ticking"]) as (ticking, _),
        pane(command) as (roll_call, _),
    ):
        console.wait_for(pty_run.READY_MARKER)
        roll_call.wait_for(pty_run.READY_MARKER)
        idle.wait_for("minimal ready")
        ticking.wait_for("minimal ready")
        console.keys("4")
        console.wait_for("Stopped")
        time.sleep(2)
        panes = (console, idle, ticking, roll_call)
        before = [p.cpu_seconds() for p in panes]
        started = time.perf_counter()
        time.sleep(seconds)
        used = [p.cpu_seconds() - b for p, b in zip(panes, before, strict=True)]
        wall = time.perf_counter() - started
    cpu = Series("console CPU share, clock board", [used[0] / wall], "share")
    base = Series("idle minimal app CPU share", [max(used[1], 1 / 100) / wall], "share")
    tick = Series("minimal app, one label each second", [used[2] / wall], "share")
    roll = Series("console CPU share, roll call", [used[3] / wall], "share")
    print(f"  CPU: console {100 * cpu.median:.2f} %, idle app {100 * base.median:.2f} %, "
          f"one label each second {100 * tick.median:.2f} %, "
          f"console on the roll call {100 * roll.median:.2f} %")  # fmt: skip
    return cpu, base, tick, roll


def _rss(big: Path, small: Path, config: Path, runs: int) -> tuple[Series, Series]:
    def resident(db: Path) -> float:
        command = [*CONSOLE, "--db", str(db), "--config", str(config), "--now", data.NOW,
                   "--read-only"]  # fmt: skip
        with pane(command) as (screen, _):
            screen.wait_for(pty_run.READY_MARKER)
            screen.keys("3")
            screen.wait_for("T-")
            time.sleep(1)
            return screen.rss_mb()

    big_rss = Series("RSS, ticket queue, big", [resident(big) for _ in range(runs)], "MB")
    small_rss = Series("RSS, ticket queue, small", [resident(small) for _ in range(runs)], "MB")
    print(f"  RSS: {big_rss.median:.0f} MB vs {small_rss.median:.0f} MB")
    return big_rss, small_rss


def _import(folder: Path, config: Path, count: int, runs: int) -> tuple[Series, Series]:
    """The import service on the CSV against ``executemany`` of the same rows, both into a
    fresh copy of the demo database."""
    from cs_console.options import Globals
    from cs_console.services.imports import import_file

    csv_path = data.tickets_csv(folder, count)
    base = data.demo_base(folder, config)
    imported, raw = Series("import tickets (service)"), Series("sqlite3 executemany")
    rows = _raw_rows(csv_path)
    for n in range(runs):
        target = folder / f"import-{n}.db"
        shutil.copy(base, target)
        ctx = Globals(db=str(target), config=config, now=data.NOW).context()
        start = time.perf_counter()
        import_file(ctx, "tickets", csv_path)
        imported.values.append(1000 * (time.perf_counter() - start))
        ctx.engine.dispose()
        shutil.copy(base, target)
        with sqlite3.connect(target) as conn:
            raw.values.append(timed("executemany", 1, lambda: _executemany(conn, rows)).values[0])
        target.unlink()
    print(f"  import: {imported.median:.0f} ms vs executemany {raw.median:.0f} ms")
    return imported, raw


def _raw_rows(path: Path) -> list[tuple]:
    import csv

    with path.open(encoding="utf-8") as source:
        reader = csv.DictReader(source)
        return [(r["category"], r["summary"], r["phone"], r["name"], r["state"], r["target"],
                 2, r["accepted_at"] + ":00+00:00", r["accepted_at"] + ":00+00:00", 1, "", "")
                for r in reader]  # fmt: skip


def _executemany(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    conn.executemany(
        "INSERT INTO ticket (category, summary, customer_phone, customer_name, state, target, "
        "priority, accepted_at, due_at, version, visit_state, kb_state) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.commit()


def _summary(db: Path, config: Path, runs: int) -> Series:
    from cs_console.options import Globals
    from cs_console.services.handover_print import summary_text, write_pdf
    from cs_console.services.handover_summary import shift_of

    ctx = Globals(db=str(db), config=config, now=data.NOW).context()
    inst = shift_of(ctx, None)
    target = Path(tempfile.mkdtemp()) / "summary.pdf"

    def both() -> None:
        summary_text(ctx, inst)
        write_pdf(ctx, inst, target)

    both()  # the first run loads the font
    series = timed("handover summary, text + PDF", runs, both)
    print(f"  handover summary: median {series.median:.0f} ms")
    return series


def report(rows: list[Row]) -> None:
    print()
    print(f"{'':4}{'what':58}{'min':>9}{'median':>9}{'max':>9}  {'ratio':>7} {'limit':>6}  met")
    for row in rows:
        m = row.measured
        ratio = f"{row.ratio:.2f}×" if row.ratio is not None else "—"
        unit = "" if m.unit == "ms" else f" {m.unit}"
        print(f"{row.target:4}{(row.what + unit)[:57]:58}{_n(min(m.values)):>9}"
              f"{_n(m.median):>9}{_n(max(m.values)):>9}  {ratio:>7} {row.limit:>6g}  "
              f"{'yes' if row.met else 'NO'}")  # fmt: skip
        if row.baseline is not None:
            b = row.baseline
            print(f"{'':6}baseline: {b.name[:46]:48}{_n(min(b.values)):>9}{_n(b.median):>9}"
                  f"{_n(max(b.values)):>9}")  # fmt: skip
        if row.extra_limit is not None:
            label, value, limit = row.extra_limit
            print(f"{'':6}and {value} {label} (limit {limit})")
        if row.note:
            print(f"{'':6}{row.note}")


def _n(value: float) -> str:
    return f"{value:.4f}" if value < 1 else f"{value:.1f}"


if __name__ == "__main__":
    main()
