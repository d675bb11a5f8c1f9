"""Programs run in a real terminal (tmux): time to a text on screen, CPU and memory."""

from __future__ import annotations

import os
import subprocess
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")
TMUX = ["tmux", "-L", "cs-console-bench"]  # a server of its own, kept up by one idle session


def _keep_server() -> None:
    alive = subprocess.run([*TMUX, "has-session", "-t", "keeper"], capture_output=True)
    if alive.returncode != 0:
        subprocess.run([*TMUX, "new-session", "-d", "-s", "keeper", "sleep 3600"], check=True)


class Pane:
    def __init__(self, name: str) -> None:
        self.name = name

    def text(self) -> str:
        done = subprocess.run([*TMUX, "capture-pane", "-p", "-t", self.name],
                              capture_output=True, text=True, check=False)  # fmt: skip
        return done.stdout

    def wait_for(self, marker: str, timeout: float = 60) -> float:
        """Seconds until ``marker`` is on screen."""
        start = time.perf_counter()
        while marker not in self.text():
            if time.perf_counter() - start > timeout:
                raise TimeoutError(f"'{marker}' did not appear: {self.text()[-400:]!r}")
            time.sleep(0.003)
        return time.perf_counter() - start

    def keys(self, *keys: str) -> None:
        subprocess.run([*TMUX, "send-keys", "-t", self.name, *keys], check=True)

    def pid(self) -> int:
        """The Python process running in the pane."""
        done = subprocess.run([*TMUX, "display", "-p", "-t", self.name, "#{pane_pid}"],
                              capture_output=True, text=True, check=True)  # fmt: skip
        pid = int(done.stdout.strip())
        for _ in range(3):
            if "python" in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace"):
                return pid
            children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
            if not children:
                break
            pid = int(children[0])
        return pid

    def cpu_seconds(self) -> float:
        fields = Path(f"/proc/{self.pid()}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICK

    def rss_mb(self) -> float:
        for line in Path(f"/proc/{self.pid()}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        raise RuntimeError("no VmRSS")


@contextmanager
def pane(command: list[str], env: dict[str, str] | None = None) -> Iterator[tuple[Pane, float]]:
    """``command`` started in a 120×36 tmux session; yields the pane and the start instant."""
    _keep_server()
    name = f"bench-{uuid.uuid4().hex[:8]}"
    shell = " ".join(f"'{part}'" for part in command)
    exports = " ".join(f"{k}='{v}'" for k, v in (env or {}).items())
    start = time.perf_counter()
    subprocess.run([*TMUX, "new-session", "-d", "-s", name, "-x", "120", "-y", "36",
                    f"exec env TERM=xterm-256color {exports} {shell}"], check=True)  # fmt: skip
    try:
        yield Pane(name), start
    finally:
        subprocess.run([*TMUX, "kill-session", "-t", name], capture_output=True, check=False)


def time_to_text(command: list[str], marker: str, env: dict[str, str] | None = None) -> float:
    """Milliseconds from spawning ``command`` to ``marker`` painted on the terminal."""
    with pane(command, env) as (screen, start):
        screen.wait_for(marker)
        return 1000 * (time.perf_counter() - start)
