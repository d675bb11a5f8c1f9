"""Keys timed from outside: a program on a 120×36 pseudo-terminal, a key's bytes written to
the master side, and the time to the last byte of the frame that answers it (read until
50 ms of silence). Standard library only: what a terminal sees, with no test driver inside.

On the console each key is sent just after a clock tick was drawn, so the once-a-second
redraw does not mix into the answer; a key's late frames (a worker's data) are drained before
the next key and not counted."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import termios
import time
from collections.abc import Iterator
from contextlib import contextmanager

COLUMNS, LINES = 120, 36
SILENCE = 0.05  # the frame is over after 50 ms without a byte
SETTLE = 0.15  # a key's later frames are drained (uncounted) until this much silence
FIRST_BYTE = 2.0  # a key that draws nothing within this is recorded as drawing nothing
TICK_WINDOW = 0.6  # keys are sent within this time after a tick was drawn

BYTES = {
    "down": b"\x1b[B", "up": b"\x1b[A", "right": b"\x1b[C", "left": b"\x1b[D",
    "pagedown": b"\x1b[6~", "pageup": b"\x1b[5~",
    "home": b"\x1b[H", "end": b"\x1b[F", "escape": b"\x1b", "enter": b"\r", "slash": b"/",
    "question_mark": b"?",
}  # fmt: skip


def key_bytes(key: str) -> bytes:
    """A named key's sequence, or one character as it is (a longer unknown name is refused:
    it would be typed letter by letter)."""
    if key not in BYTES and len(key) != 1:
        raise ValueError(f"no sequence for the key {key!r}")
    return BYTES.get(key, key.encode())


class Terminal:
    def __init__(self, fd: int, pid: int) -> None:
        self.fd, self.pid = fd, pid
        self.seen = bytearray()

    def _read(self, timeout: float) -> bytes:
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return b""
        try:
            chunk = os.read(self.fd, 65536)
        except OSError:  # the program has ended
            raise EOFError("the program ended") from None
        if not chunk:
            raise EOFError("the program ended")
        self._answer_queries(chunk)
        return chunk

    def _answer_queries(self, chunk: bytes) -> None:
        if b"\x1b[6n" in chunk:  # cursor position report, as a terminal answers it
            os.write(self.fd, b"\x1b[1;1R")

    def until_silence(self, silence: float = SILENCE) -> float:
        """Reads until ``silence`` passes without a byte; returns the instant of the last one."""
        last = time.perf_counter()
        while True:
            chunk = self._read(silence - (time.perf_counter() - last))
            if not chunk:
                if time.perf_counter() - last >= silence:
                    return last
                continue
            last = time.perf_counter()
            self.seen += chunk

    def wait_for(self, text: str, timeout: float = 60) -> None:
        marker = text.encode()
        start = time.perf_counter()
        while marker not in self.seen:
            if time.perf_counter() - start > timeout:
                raise TimeoutError(f"{text!r} did not appear")
            self.seen += self._read(0.1)
        self.until_silence()

    def next_tick(self) -> float:
        """Waits for the next frame drawn without a key (the clock's tick) and its end."""
        self.until_silence()
        start = time.perf_counter()
        while not self._read(1.5 - (time.perf_counter() - start)):
            if time.perf_counter() - start > 1.5:
                return time.perf_counter()  # no tick: the program draws nothing by itself
        return self.until_silence()

    def press(self, key: str) -> float | None:
        """Milliseconds from writing the key to the last byte of its frame (None: no frame)."""
        self.seen.clear()
        start = time.perf_counter()
        os.write(self.fd, key_bytes(key))
        first = self._read(FIRST_BYTE)
        if not first:
            return None
        self.seen += first
        last = self.until_silence()
        self.until_silence(SETTLE)
        return 1000 * (last - start)


@contextmanager
def spawn(command: list[str], env: dict[str, str] | None = None) -> Iterator[Terminal]:
    pid, fd = pty.fork()
    if pid == 0:  # the child, on the slave side
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
        os.execvpe(command[0], command, {**os.environ, "TERM": "xterm-256color",
                                         "COLUMNS": str(COLUMNS), "LINES": str(LINES),
                                         **(env or {})})  # fmt: skip
    terminal = Terminal(fd, pid)
    try:
        yield terminal
    finally:
        os.kill(pid, signal.SIGTERM)
        try:
            while True:
                terminal._read(0.2)
        except EOFError:
            pass
        os.waitpid(pid, 0)
        os.close(fd)


def time_keys(terminal: Terminal, keys: list[tuple[str, str]], rounds: int,
              ticking: bool = True) -> dict[str, list[float]]:  # fmt: skip
    """``keys`` ((key, label) pairs) sent in order ``rounds`` times, a few after each tick;
    milliseconds per label."""
    samples: dict[str, list[float]] = {label: [] for _, label in keys}
    tick = terminal.next_tick() if ticking else terminal.until_silence()
    for _ in range(rounds):
        for key, label in keys:
            if ticking and time.perf_counter() - tick > TICK_WINDOW:
                tick = terminal.next_tick()
            ms = terminal.press(key)
            if ms is not None:
                samples[label].append(ms)
    return samples
