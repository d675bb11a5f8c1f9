"""The flows that ended the console, in a real terminal (tmux): a ticket summary `[/x]`, a
note `[/]`, a leader's name with brackets and a note carrying a terminal title sequence are
shown as typed, the clock's warning names the summary, and the console keeps running."""

from __future__ import annotations

import sqlite3
import subprocess
from collections.abc import Callable

from typer.testing import Result

from tests.cli.conftest import LEADER
from tests.cli.test_start_terminal import Terminal, terminal  # noqa: F401 - the fixture
from tests.conftest import NOW_LOCAL

TITLE_CODE = "\x1b]0;pwned\x07"


def pane_title(term: Terminal) -> str:
    return subprocess.run([*term.tmux, "display-message", "-p", "#{pane_title}"],
                          capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip


def test_brackets_and_terminal_codes_in_stored_text_in_a_real_terminal(
    demo: Callable[..., Result],
    env: dict[str, str],
    terminal: Terminal,  # noqa: F811
):
    env["CS_CONSOLE_PIN"] = "1234"
    # accepted 44 minutes before the console starts: its clock reaches warning a minute in
    complaint = demo(*LEADER, "do", "complaint broken [/x] [VIP] at 09:46 reason entered late")
    assert complaint.exit_code == 0, complaint.output
    assert demo(*LEADER, "do", "note problems see [/] now").exit_code == 0
    assert demo(*LEADER, "do", f"note equipment 'headset {TITLE_CODE}buzz'").exit_code == 0
    with sqlite3.connect(env["CS_CONSOLE_DB"]) as conn:
        conn.execute("UPDATE staff SET name = '王芳 [/x]' WHERE staff_no = '1001'")
    terminal.start(["--now", NOW_LOCAL], env)
    terminal.wait_for("staff number")
    title = pane_title(terminal)
    terminal.keys("1001", "Enter", "1234", "Enter")
    terminal.wait_for("Signed in as 1001 王芳 [/x].")
    terminal.wait_for("leader 1001 王芳 [/x]")
    terminal.keys("4")
    terminal.wait_for("broken [/x] [VIP]")
    shown = terminal.wait_for("T-70 dispatch clock: warning")  # the alert at 45 minutes (D-07)
    assert shown.count("[VIP]") == 2  # in the table and in the alert
    terminal.keys("5")
    shown = terminal.wait_for("see [/] now")
    assert "headset ]0;pwnedbuzz" in shown
    terminal.keys("3")
    terminal.wait_for("3 Ticket queue")
    terminal.keys(":")
    terminal.wait_for(": command — help lists them")
    terminal.keys("show T-70", "Enter")
    terminal.wait_for("T-70 complaint · new · broken [/x] [VIP]")
    assert pane_title(terminal) == title  # the note's title code never reached the terminal
    assert not terminal.status.exists()  # still running
    terminal.keys("C-q")
    assert terminal.exit_status() == 0
