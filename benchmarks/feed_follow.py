"""The followed feed (issue "The floor, live"), each against a baseline of the same run:
F4 the CPU of ``feed --follow`` while 200 events a second are appended, against the idle
console; F5 a queue_log line appended to the followed file until it is on the console's screen,
against a ``do`` write from another terminal until it is on the same screen (the live-update
bound that other writes meet: the console's half-second poll and its reload).

The console runs in tmux on the seat board (screen 2), which carries the queue panel."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from benchmarks import data, pty_run
from benchmarks.measure import Row, Series
from benchmarks.terminal import TICK, pane

RATE = 200  # events a second
SLICE = 0.05  # seconds between appends
AGENTS = {f"SIP/80{n:02d}": f"10{n:02d}" for n in range(3, 15)}  # the day shift's agents
CONSOLE = [sys.executable, "-m", "cs_console"]
BEHIND = 5  # seconds
STATES = ("break", "call", "acw", "ready")  # a do write each round, each shown in turn


def config_with_agents(folder: Path) -> Path:
    path = folder / "floor.toml"
    agents = "".join(f'\n[[agents]]\ninterface = "{i}"\nstaff_no = "{s}"\n'
                     for i, s in AGENTS.items())  # fmt: skip
    path.write_text(f'timezone = "{data.ZONE}"\n{agents}', encoding="utf-8")
    return path


class Clock:
    """The epoch the console and the feed see (NOW when they started, running since), a few
    seconds back: their clocks start after their imports, and a later event is not shown yet."""

    def __init__(self) -> None:
        start = datetime.fromisoformat(data.NOW).replace(tzinfo=ZoneInfo(data.ZONE))
        self.base, self.started = start.timestamp(), time.monotonic()

    def epoch(self) -> int:
        return int(self.base + time.monotonic() - self.started) - BEHIND


def calls(clock: Clock) -> Iterator[str]:
    """Lines of calls without end: enters the queue, is answered, is completed."""
    agents, n = list(AGENTS), 0
    while True:
        n += 1
        t, agent, call = clock.epoch(), agents[n % len(agents)], f"bench.{n}"
        yield f"{t}|{call}|support|NONE|ENTERQUEUE||13800{n % 1000000:06d}|1\n"
        yield f"{t}|{call}|support|{agent}|CONNECT|0|b{n}|1\n"
        yield f"{t}|{call}|support|{agent}|COMPLETECALLER|0|1|1\n"


class Writer(threading.Thread):
    """Appends ``RATE`` lines a second to the log until stopped."""

    def __init__(self, log: Path, clock: Clock) -> None:
        super().__init__(daemon=True)
        self.log, self.lines, self.stop = log, calls(clock), threading.Event()
        self.written = 0

    def run(self) -> None:
        each = int(RATE * SLICE)
        with self.log.open("a", encoding="utf-8") as out:
            while not self.stop.wait(SLICE):
                out.writelines(next(self.lines) for _ in range(each))
                out.flush()
                self.written += each


def _cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def _feed(db: Path, config: Path, log: Path, folder: Path) -> subprocess.Popen[bytes]:
    """``feed queue-log --follow`` as the system, once it follows the file."""
    said = folder / "feed.out"
    with said.open("wb") as out:
        feed = subprocess.Popen([*CONSOLE, "--db", str(db), "--config", str(config), "--now",
                                 data.NOW, "feed", "queue-log", str(log), "--follow"],
                                stdout=out, stderr=subprocess.STDOUT)  # fmt: skip
    deadline = time.monotonic() + 60
    while b"Following." not in said.read_bytes():
        if feed.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"the feed did not start: {said.read_text()[-400:]}")
        time.sleep(0.05)
    return feed


def _on_board(screen) -> None:  # noqa: ANN001
    screen.wait_for(pty_run.READY_MARKER)
    screen.keys("2")
    screen.wait_for("Seat board")
    time.sleep(2)


def measure(folder: Path, base: Path, seconds: float, rounds: int) -> list[Row]:
    config = config_with_agents(folder)
    db = folder / "follow.db"
    shutil.copy(base, db)
    log = folder / "follow_queue_log"
    log.write_text("", encoding="utf-8")
    console = [*CONSOLE, "--db", str(db), "--config", str(config), "--now", data.NOW,
               "--read-only"]  # fmt: skip
    env = {**os.environ, "CS_CONSOLE_PIN": "1234"}
    with pane(console) as (screen, _):
        clock = Clock()
        _on_board(screen)
        shown = _do_rounds(screen, db, config, env, rounds)
        idle = _share(screen.pid(), seconds)
        feed = _feed(db, config, log, folder)
        try:
            appended = _line_rounds(screen, log, clock, rounds)
            writer = Writer(log, clock)
            writer.start()
            time.sleep(2)
            before = (_cpu(feed.pid), screen.cpu_seconds(), time.monotonic(), writer.written)
            time.sleep(seconds)
            after = (_cpu(feed.pid), screen.cpu_seconds(), time.monotonic(), writer.written)
            writer.stop.set()
            writer.join()
        finally:
            feed.terminate()
            feed.wait(30)
    wall = after[2] - before[2]
    rate = (after[3] - before[3]) / wall
    feeding = Series(f"feed --follow CPU share at {rate:.0f} events/s",
                     [(after[0] - before[0]) / wall], "share")  # fmt: skip
    showing = (after[1] - before[1]) / wall
    idle_series = Series("idle console CPU share (seat board)", [max(idle, 1 / 100 / wall)],
                         "share")  # fmt: skip
    print(f"  follow: feed {100 * feeding.median:.2f} %, idle console {100 * idle:.2f} %, "
          f"console while fed {100 * showing:.2f} % · line → screen {appended.median:.0f} ms, "
          f"do write → screen {shown.median:.0f} ms", flush=True)  # fmt: skip
    return [
        Row("F4", f"feed --follow at {RATE} events/s vs idle console (CPU share)", feeding,
            idle_series, 3.0, note=f"the console showing the fed seat board meanwhile: "
            f"{100 * showing:.2f} % of a core"),  # fmt: skip
        Row("F5", "queue_log line appended → on screen vs do write → on screen", appended,
            shown, 1.5, note="do: from its answer (the change committed) to the screen"),
    ]  # fmt: skip


def _share(pid: int, seconds: float) -> float:
    start, used = time.monotonic(), _cpu(pid)
    time.sleep(seconds)
    return (_cpu(pid) - used) / (time.monotonic() - start)


def _do_rounds(screen, db: Path, config: Path, env: dict[str, str],
               rounds: int) -> Series:  # noqa: ANN001  # fmt: skip
    """A seat state set through a ``do -`` stream in another process (its answer is written
    once the change is committed), until the board shows it."""
    command = [*CONSOLE, "--db", str(db), "--config", str(config), "--now", data.NOW,
               "--as", "1001", "do", "-"]  # fmt: skip
    stream = subprocess.Popen(command, env=env, text=True, bufsize=1, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)  # fmt: skip
    assert stream.stdin is not None and stream.stdout is not None
    shown = Series("do write → on screen")
    try:
        for n in range(rounds):
            state = STATES[n % len(STATES)]
            stream.stdin.write(f"state 1009 {state}\n")
            stream.stdin.flush()
            ready, _, _ = select.select([stream.stdout], [], [], 60)
            if not ready:
                raise SystemExit(f"do did not answer 'state 1009 {state}'")
            stream.stdout.readline()
            done = time.perf_counter()
            screen.wait_for(f"A07 {state}")
            shown.values.append(1000 * (time.perf_counter() - done))
            time.sleep(0.3)
    finally:
        stream.stdin.close()
        stream.wait(30)
    return shown


def _line_rounds(screen, log: Path, clock: Clock, rounds: int) -> Series:  # noqa: ANN001
    """A caller entering the queue appended to the followed file, until the queue panel
    counts one more waiting."""
    shown = Series("queue_log line → on screen")
    for n in range(1, rounds + 1):
        line = f"{clock.epoch()}|wait.{n}|support|NONE|ENTERQUEUE||13900{n:06d}|1\n"
        start = time.perf_counter()
        with log.open("a", encoding="utf-8") as out:
            out.write(line)
        screen.wait_for(f"· {n} waiting")
        shown.values.append(1000 * (time.perf_counter() - start))
        time.sleep(0.3)
    return shown
