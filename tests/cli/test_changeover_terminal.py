"""A full changeover in a real terminal (tmux), 07:45–08:05 (HO-06, D-10): the night leader
signs the log out on the running console and locks it; the day leader signs in on the same
console, acknowledges the carried items and signs in. The console is locked, never quit."""

from __future__ import annotations

from collections.abc import Callable

from typer.testing import Result

from tests.cli.conftest import ok
from tests.cli.test_start_terminal import Terminal, terminal  # noqa: F401  (the fixture)

START = "2026-11-22T07:45"


def test_ho06_a_changeover_on_one_running_console(
    cli: Callable[..., Result],
    env: dict[str, str],
    terminal: Terminal,  # noqa: F811
) -> None:
    assert cli("demo", "--no-tui", now="2026-11-22T07:00").exit_code == 0
    terminal.start(["--now", START], env)
    terminal.wait_for("staff number")
    terminal.keys("1029", "Enter", "1234", "Enter")  # the night shift's leader
    terminal.wait_for("Signed in as 1029")
    for note in ("equipment none", "problems T-61 customer wants a call-back",
                 "staffing none", "instructions none"):  # fmt: skip
        terminal.keys(":")
        terminal.wait_for("command")
        terminal.keys(f"note {note}", "Enter")
        terminal.wait_for(note.split()[0] + ":")
    terminal.keys("5")
    terminal.wait_for("5 Handover")
    terminal.keys("o")
    terminal.wait_for("Sign outgoing (HO-06): the log of 2026-11-22/N as 1029")
    terminal.keys("1234", "Enter")
    terminal.wait_for("awaiting incoming")
    terminal.keys("C-l")  # the outgoing leader leaves: locked, not quit
    shown = terminal.wait_for("Locked · sign in")
    # the screen is blank behind the box (an open clock's alert line may show in it)
    assert "1029" in shown and "customer wants a call-back" not in shown
    terminal.keys("1001", "Enter", "1234", "Enter")  # the day leader, on the same console
    terminal.wait_for("Signed in as 1001")
    terminal.keys("A")
    terminal.wait_for("carried items acknowledged by 1001")
    terminal.keys("i")
    terminal.wait_for("Sign incoming (HO-06): the log of 2026-11-22/N as 1001")
    terminal.keys("1234", "Enter")
    terminal.wait_for("signed by incoming 1001")
    assert not terminal.status.exists()  # still running: nobody quit
    status = ok(cli("do", "status", now="2026-11-22T08:05"))
    assert status.startswith("2026-11-22 D Day 08:00–16:00 · leader 1001")
    audit = cli("audit", "--since", "2026-11-22T07:00", now=None).stdout
    signs = [line for line in audit.splitlines() if "handover.sign" in line]
    assert any(" 1029 " in line for line in signs) and any(" 1001 " in line for line in signs)
