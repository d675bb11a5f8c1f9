"""The keys of the pty harness on the console and on the 10-row DataTable baseline."""

from __future__ import annotations

import sys
from pathlib import Path

from benchmarks import data
from benchmarks.pty_keys import Terminal, spawn, time_keys

SIGN_IN_MARKER = "esc continues read-only"  # the sign-in box, over the first screen
SIGNED_IN = ("1002", "1234")  # the demo's day deputy and PIN
READY_MARKER = "Arrivals"  # the roll call screen's footer: the database is open, keys answer
QUEUE_MARKER = "T-"
SEAT_MARKER = "A01"

NAVIGATION = [("down", "down"), ("down", "down"), ("up", "up"), ("pagedown", "pagedown"),
              ("pageup", "pageup"), ("end", "end"), ("home", "home")]  # fmt: skip
FILTER = [("slash", "/ opens the filter"), ("h", "filter letter"), ("i", "filter letter"),
          ("s", "filter letter"), ("escape", "esc closes the filter")]  # fmt: skip
SCREENS = [("1", "screen 1…6"), ("2", "screen 1…6"), ("4", "screen 1…6"), ("5", "screen 1…6"),
           ("6", "screen 1…6"), ("3", "screen 1…6")]  # fmt: skip
MODALS = [("question_mark", "? opens help"), ("escape", "esc closes help"),
          ("d", "d opens the dispatch picker"), ("escape", "esc closes the picker"),
          ("n", "n opens a form"), ("escape", "esc closes the form")]  # fmt: skip
CONSOLE_KEYS = NAVIGATION + FILTER + SCREENS + MODALS
SEAT_KEYS = [("down", "seat board: down/up"), ("up", "seat board: down/up"),
             ("right", "seat board: right/left"), ("left", "seat board: right/left"),
             ("pagedown", "seat board: pagedown/pageup"),
             ("pageup", "seat board: pagedown/pageup")]  # fmt: skip
BASELINE_KEYS = [("down", "down"), ("down", "down"), ("up", "up"), ("pagedown", "pagedown"),
                 ("pageup", "pageup"), ("end", "end"), ("home", "home")]  # fmt: skip


def console(db: Path, config: Path, rounds: int, keys: list[tuple[str, str]] = CONSOLE_KEYS,
            seats: bool = True) -> dict[str, list[float]]:  # fmt: skip
    command = [sys.executable, "-m", "cs_console", "--db", str(db), "--config", str(config),
               "--now", data.NOW]  # fmt: skip
    with spawn(command) as terminal:
        sign_in(terminal)
        terminal.wait_for(READY_MARKER)
        terminal.press("3")
        terminal.wait_for(QUEUE_MARKER)
        samples = time_keys(terminal, keys, rounds)
        if not seats:
            return samples
        terminal.press("2")  # the seat board of the centre's seats (500 in the benchmark)
        terminal.wait_for(SEAT_MARKER)
        return samples | time_keys(terminal, SEAT_KEYS, rounds)


def sign_in(terminal: Terminal) -> None:
    """As a deputy: a console nobody signed in to opens no dialog that would write, and no
    alert rings on a deputy's console in its first five minutes (AL, #22)."""
    staff_no, pin = SIGNED_IN
    terminal.wait_for(SIGN_IN_MARKER)
    for key in [*staff_no, "enter", *pin, "enter"]:
        terminal.press(key)
    terminal.wait_for(f"signed in {staff_no}")


def baseline(rounds: int) -> dict[str, list[float]]:
    with spawn([sys.executable, "-m", "benchmarks.baseline_apps", "table"]) as terminal:
        terminal.wait_for("row 9")
        return time_keys(terminal, BASELINE_KEYS, rounds, ticking=False)
