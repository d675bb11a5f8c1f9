"""esc in a real terminal (tmux sends ESC alone, an arrow as one sequence): esc closes the
filter bar and a form at once and writes nothing; arrows stay arrows; a pasted text ends in
its field; with ESCDELAY set by the user, esc still closes after its wait (ui/driver.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from typer.testing import Result

from tests.cli.test_start_terminal import Terminal, terminal  # noqa: F401 - the fixture
from tests.conftest import NOW_LOCAL

FORM = ("esc cancels", "旷工", "▀▀▀")  # its hint, the text typed, its frame


def _audit_lines(cli: Callable[..., Result]) -> int:
    return len(cli("audit", "--since", "2026-11-01T00:00", now=None).stdout.splitlines())


@pytest.mark.parametrize("escdelay", [None, "150"])
def test_esc_closes_the_filter_and_a_form_and_writes_nothing(
    demo: Callable[..., Result],
    cli: Callable[..., Result],
    env: dict[str, str],
    terminal: Terminal,  # noqa: F811
    escdelay: str | None,
) -> None:
    env["CS_CONSOLE_PIN"] = "1234"
    if escdelay:
        env["ESCDELAY"] = escdelay
    terminal.start(["--now", NOW_LOCAL], env)
    terminal.sign_in()
    terminal.keys("3")
    terminal.wait_for("3 Ticket queue")
    before = _audit_lines(cli)
    terminal.keys("/")
    terminal.send_paste("[x] 账单'\"")
    terminal.wait_for(" [x] 账单'\"")
    terminal.keys("Escape")
    shown = terminal.wait_until(lambda s: "账单" not in s, "the filter stayed")
    assert " of 45 " in shown  # every row again
    terminal.keys("n")
    terminal.wait_for("esc cancels")
    terminal.keys("Tab", "[VIP] 旷工", "Escape")
    # tmux may show a frame half drawn: the form is gone when none of it is left
    shown = terminal.wait_until(lambda s: not any(t in s for t in FORM), "the form stayed")
    assert "3 Ticket queue" in shown and not terminal.status.exists()
    assert _audit_lines(cli) == before  # esc never writes (convention 16)
    terminal.keys("C-q")
    assert terminal.exit_status() == 0
