"""``cs-console`` started in a real terminal (tmux): the plain start opens the console on the
boot screen, then the roll call; a bad start says one sentence and exits 2."""

from __future__ import annotations

import shlex
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import Result

from tests.conftest import NOW_LOCAL
from tests.polling import poll

WAIT = 60  # seconds a terminal may take on a loaded machine


class Terminal:
    def __init__(self, folder: Path) -> None:
        self.tmux = ["tmux", "-L", f"cs-test-{uuid.uuid4().hex[:8]}"]
        self.folder = folder
        self.status = folder / "status"

    def start(self, args: list[str], env: dict[str, str], stderr: str = "") -> None:
        """The program in a 120×36 terminal, its exit status to a file. The screen is drawn
        on stderr, so ``stderr`` (a file name) is for programs that end before drawing."""
        script = self.folder / "start.sh"
        exports = "".join(f"export {k}={shlex.quote(v)}\n" for k, v in env.items())
        program = shlex.join([sys.executable, "-m", "cs_console", *args])
        redirect = f"2> {stderr}" if stderr else ""
        script.write_text(
            f"{exports}cd {shlex.quote(str(self.folder))}\n"
            f"{program} {redirect}\necho $? > {self.status.name}\nsleep 60\n",
            encoding="utf-8",
        )
        subprocess.run([*self.tmux, "new-session", "-d", "-x", "120", "-y", "36",
                        f"bash {shlex.quote(str(script))}"], check=True)  # fmt: skip

    def screen(self) -> str:
        return subprocess.run([*self.tmux, "capture-pane", "-p"], capture_output=True,
                              text=True, check=False).stdout  # fmt: skip

    def wait_for(self, text: str) -> str:
        return self.wait_until(lambda shown: text in shown, f"{text!r} never appeared")

    def wait_until(self, done: Callable[[str], bool], failing: str = "never shown") -> str:
        found, shown = poll(self.screen, done, WAIT)
        assert found, f"{failing}: {shown!r}"
        return shown

    def keys(self, *keys: str) -> None:
        subprocess.run([*self.tmux, "send-keys", *keys], check=True)

    def sign_in(self) -> None:
        """Squad leader 1001 signs in (PIN 1234) at the sign-in the start shows."""
        self.wait_for("staff number")
        self.keys("1001", "Enter", "1234", "Enter")
        self.wait_for("Signed in as 1001")

    def send_paste(self, text: str) -> None:
        """``text`` pasted as a terminal pastes it (bracketed, when the program asked)."""
        subprocess.run([*self.tmux, "set-buffer", "--", text], check=True)
        subprocess.run([*self.tmux, "paste-buffer", "-p", "-d"], check=True)

    def exit_status(self) -> int:
        ended, status = poll(self._status, bool, WAIT)
        assert ended, "the program did not end"
        return int(status)

    def _status(self) -> str:
        return self.status.read_text().strip() if self.status.exists() else ""

    def stop(self) -> None:
        subprocess.run([*self.tmux, "kill-server"], capture_output=True, check=False)


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    screen = Terminal(tmp_path)
    yield screen
    screen.stop()


def test_plain_start_shows_the_roll_call_and_quits_cleanly(
    demo: Callable[..., Result], env: dict[str, str], terminal: Terminal
) -> None:
    terminal.start(["--now", NOW_LOCAL, "--read-only"], env)
    terminal.wait_for("Lucía Martín")  # on the boot screen first, read before the database layer
    shown = terminal.wait_for("leader 1001 王芳")  # the shift read (80 columns: no centre name)
    assert "Lucía Martín" in shown and "read-only" in shown and "10:30" in shown
    terminal.keys("3")
    terminal.wait_for("3 Ticket queue")
    terminal.keys("C-q")
    assert terminal.exit_status() == 0


def test_bad_start_instant_is_one_sentence_and_exit_2(
    env: dict[str, str], terminal: Terminal
) -> None:
    terminal.start(["--now", "garbage"], env, stderr="stderr")
    assert terminal.exit_status() == 2
    stderr = (terminal.folder / "stderr").read_text(encoding="utf-8")
    sentence = "--now 'garbage' is not an ISO 8601 instant; use e.g. 2026-11-22T07:50.\n"
    assert stderr.endswith(sentence)


def test_staff_number_and_pin_sent_in_one_burst_sign_in(
    demo: Callable[..., Result], env: dict[str, str], terminal: Terminal
) -> None:
    """A badge reader (or a quick hand) sends number, enter, PIN, enter at once: the PIN must
    land in its own field, and both fields be read whole."""
    terminal.start(["--now", NOW_LOCAL], env)
    terminal.wait_for("staff number")
    terminal.keys("1001", "Enter", "1234", "Enter")
    shown = terminal.wait_for("Signed in as 1001 王芳.")
    assert "│ signed in" in shown and "read-only" not in shown


def test_staff_number_tab_and_pin_sent_in_one_burst_sign_in(
    demo: Callable[..., Result], env: dict[str, str], terminal: Terminal
) -> None:
    """Tab between the fields, typed ahead as fast as a paste: the PIN lands in its field."""
    terminal.start(["--now", NOW_LOCAL], env)
    terminal.wait_for("staff number")
    terminal.keys("1001", "Tab", "1234", "Enter")
    shown = terminal.wait_for("Signed in as 1001 王芳.")
    assert "│ signed in" in shown and "read-only" not in shown


def test_badges_sent_in_one_burst_each_mark_an_arrival(
    cli: Callable[..., Result], env: dict[str, str], terminal: Terminal
) -> None:
    """Arrivals signed in from a badge reader (RC-06): numbers and enters arrive faster than
    the field takes them, and each number must still mark its own person."""
    before_roll_call = "2026-11-22T07:45"
    assert cli("demo", "--no-tui", now=before_roll_call).exit_code == 0
    terminal.start(["--now", before_roll_call], env)
    terminal.sign_in()
    terminal.keys("a")
    terminal.wait_for("arrival: staff number")
    terminal.keys("1003", "Enter", "1004", "Enter", "1005", "Enter")
    terminal.wait_for("present 3 ")
    audit = cli("audit", "--since", before_roll_call, now=None).stdout
    by_leader = [line.split() for line in audit.splitlines() if " 1001 " in line]
    arrived = sorted(w[w.index("roll.arrive") + 1] for w in by_leader if "roll.arrive" in w)
    assert arrived == ["1003", "1004", "1005"], audit
