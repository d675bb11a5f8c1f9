"""``python -m benchmarks.reads_and_writes``: reads never block writes.

A badge reader's stream (``cs-console do -``) marks arrivals at badge rate while ``report
month`` and ``export json`` read a big database (1,000,000 tickets by default) from other
processes. Target: every arrival acknowledged, no failure; printed are the arrivals' latencies
and how long each read took. A run without a target met exits 1."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import data

BADGE_RATE = 2.0  # arrivals per second
FIRST_ACK_SECONDS = 60.0  # the stream's start-up, on a loaded machine
DAY, SHIFT = "2026-11-23", "D"  # the shift on at data.NOW


@dataclass
class Outcome:
    sent: int = 0
    latencies: list[float] = field(default_factory=list)  # seconds, per acknowledged arrival
    failures: list[str] = field(default_factory=list)
    reads: dict[str, float] = field(default_factory=dict)  # seconds each read process took

    @property
    def met(self) -> bool:
        return not self.failures and len(self.latencies) == self.sent > 0


def badge_people(folder: Path, db: Path, config: Path, count: int) -> list[str]:
    """``count`` agents rostered on the shift on at data.NOW, to badge in one after another."""
    numbers = [f"B{n:05d}" for n in range(count)]
    staff, roster = folder / "badge-staff.csv", folder / "badge-roster.csv"
    staff.write_text("staff_no,name,role,grade,team\n" + "".join(
        f"{no},Badge {no},agent,junior,B\n" for no in numbers), encoding="utf-8")  # fmt: skip
    roster.write_text("date,shift,staff_no,seat\n" + "".join(
        f"{DAY},{SHIFT},{no},\n" for no in numbers), encoding="utf-8")  # fmt: skip
    for kind, path in (("staff", staff), ("roster", roster)):
        data.cli("--now", data.NOW, "--as", "1001", "import", kind, str(path), db=db, config=config)
    return numbers


def badge_stream(db: Path, config: Path, people: list[str], reads: list[list[str]],
                 rate: float = BADGE_RATE, rounds: int = 1) -> Outcome:  # fmt: skip
    """Arrivals at ``rate`` per second from the first acknowledgement until every read
    process ended; each read is a cs-console command line run alongside, ``rounds`` times in
    a row."""
    console = [sys.executable, "-m", "cs_console", "--db", str(db), "--config", str(config),
               "--now", data.NOW, "--as", "1001"]  # fmt: skip
    env = {**os.environ, "CS_CONSOLE_PIN": "1234"}
    stream = subprocess.Popen([*console, "do", "-"], text=True, env=env, bufsize=1,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)  # fmt: skip
    acked: list[float] = []
    errors: list[str] = []
    listeners = [
        threading.Thread(target=_collect, args=(stream.stdout, acked, True), daemon=True),
        threading.Thread(target=_collect, args=(stream.stderr, errors, False), daemon=True),
    ]
    for listener in listeners:
        listener.start()
    outcome = Outcome()
    sent_at: list[float] = []

    def send(staff_no: str) -> None:
        sent_at.append(time.perf_counter())
        stream.stdin.write(f"arrive {staff_no}\n")
        stream.stdin.flush()

    send(people[0])
    deadline = time.monotonic() + FIRST_ACK_SECONDS
    while not acked and stream.poll() is None:
        if time.monotonic() > deadline or errors:
            stream.kill()
            stream.wait()
            for listener in listeners:
                listener.join(timeout=10)
            outcome.failures = ["the first arrival was not acknowledged", *errors]
            return outcome
        time.sleep(0.01)

    def start(argv: list[str]) -> tuple[float, subprocess.Popen]:
        return time.perf_counter(), subprocess.Popen(
            [*console, *argv], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            env=env)  # fmt: skip

    pending = {n: (argv, rounds, *start(argv)) for n, argv in enumerate(reads)}
    for staff_no in people[1:]:
        time.sleep(max(0.0, sent_at[-1] + 1 / rate - time.perf_counter()))
        send(staff_no)
        for n, (argv, left, began, process) in list(pending.items()):
            if process.poll() is None:
                continue
            name = " ".join(argv[:2])
            outcome.reads[name] = max(outcome.reads.get(name, 0.0), time.perf_counter() - began)
            if process.returncode:
                outcome.failures.append(f"{name}: {process.stderr.read().strip()}")
            del pending[n]
            if left > 1:
                pending[n] = (argv, left - 1, *start(argv))
        if not pending:
            break
    else:
        outcome.failures.append("not enough people to badge in until the reads ended")
    stream.stdin.close()
    stream.wait(timeout=120)
    for listener in listeners:
        listener.join(timeout=10)
    outcome.sent = len(sent_at)
    outcome.latencies = [a - s for a, s in zip(acked, sent_at, strict=False)]
    outcome.failures += errors
    if stream.returncode:
        outcome.failures.append(f"the badge stream ended with status {stream.returncode}")
    return outcome


def _collect(pipe, into: list, timed: bool) -> None:  # noqa: ANN001 - a text pipe
    for line in pipe:
        into.append(time.perf_counter() if timed else line.strip())


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.reads_and_writes", description=__doc__
    )
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--people", type=int, default=2_000, help="agents who badge in")
    parser.add_argument("--work", type=Path, help="folder for the generated data (kept)")
    args = parser.parse_args()
    folder = args.work or Path(tempfile.mkdtemp(prefix="cs-bench-rw-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"data in {folder} …", flush=True)
    db, config = data.database(folder, args.tickets, 0, 0)
    people = badge_people(folder, db, config, args.people)
    reads = [["report", "month", "--json", str(folder / "month.json")],
             ["export", "json", "--out", str(folder / "export.json")]]  # fmt: skip
    outcome = badge_stream(db, config, people, reads)
    lat = sorted(outcome.latencies) or [0.0]
    print(f"arrivals: {outcome.sent} sent at {BADGE_RATE:g}/s, "
          f"{len(outcome.latencies)} acknowledged, {len(outcome.failures)} failures")  # fmt: skip
    print(f"latency: median {1000 * statistics.median(lat):.0f} ms, "
          f"max {1000 * lat[-1]:.0f} ms")  # fmt: skip
    for name, seconds in outcome.reads.items():
        print(f"{name}: {seconds:.1f} s alongside")
    for failure in outcome.failures[:10]:
        print(f"  failure: {failure}")
    print(f"target (0 failures, every arrival acknowledged): {'met' if outcome.met else 'NOT met'}")
    sys.exit(0 if outcome.met else 1)


if __name__ == "__main__":
    main()
