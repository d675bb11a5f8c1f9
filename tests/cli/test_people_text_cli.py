"""People's text on the command line and on paper (convention 15): `do` lines, `audit`,
`report week`, the text summary and the PDF show stored or typed text literally, never a
control character, and a line break in it never starts a new line of output."""

from __future__ import annotations

import contextlib
import io
import shlex
import shutil
import subprocess
import uuid
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from typer.testing import Result

from cs_console.cli.headless import execute_lines
from cs_console.clock import FixedClock
from cs_console.config import Settings
from cs_console.services.audit import list_entries
from cs_console.services.context import Context
from cs_console.services.database import open_context
from cs_console.services.demo import create_demo
from cs_console.services.shift_view import running_clocks
from tests.conftest import NOW, ZONE
from tests.people_text import AWAY, LINE_CONTROL, NASTY, framed, people_text, shown, store_text

SLOW = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]


def do(ctx: Context, command: str) -> list[str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert execute_lines(ctx, command) == 0
    return out.getvalue().splitlines()


def assert_lines_clean(lines: list[str], where: str) -> None:
    for line in lines:
        found = LINE_CONTROL.search(line)
        assert found is None, f"{where}: {found.group()!r} in {line!r}"


def squeezed(text: str) -> str:
    return "".join(text.split())


def fresh(template: Path, folder: Path) -> Path:
    if not template.exists():
        ctx = open_context(str(template), Settings(timezone=ZONE), FixedClock(NOW))
        create_demo(ctx)
        ctx.engine.dispose()
    copy = folder / f"{uuid.uuid4().hex}.db"
    shutil.copy(template, copy)
    return copy


@settings(max_examples=8, deadline=None, suppress_health_check=SLOW)
@example(NASTY)
@given(people_text())
def test_people_text_in_do_lines_audit_reports_and_summaries(
    cli: Callable[..., Result], env: dict[str, str], tmp_path: Path, text: str
):
    path = fresh(tmp_path / "template.db", tmp_path)
    env["CS_CONSOLE_DB"] = str(path)
    ctx = open_context(str(path), Settings(timezone=ZONE), FixedClock(NOW))
    try:
        stored = store_text(ctx, text)
        lines = do(ctx, f"show {stored.ticket}")
        assert len(lines) == 1 and shown(text) in lines[0]
        assert do(ctx, f"show {AWAY}")[0].startswith(f"{AWAY} {shown(text)} · agent")
        typed = do(ctx.acting_as("1001"), f"note business {shlex.quote(framed(text))}")
        assert len(typed) == 1 and typed[0].endswith(f"business: {shown(text)}")
        clocks = do(ctx, "clocks")
        assert len(clocks) == len(running_clocks(ctx))
        assert any(line.startswith(stored.ticket) and shown(text) in line for line in clocks)
        assert_lines_clean(lines + typed + clocks, "do")
        audit = cli("audit", "--since", "2026-11-22T10:00").stdout.splitlines()
        assert len(audit) == len([e for e in list_entries(ctx) if e.at >= NOW.replace(minute=0)])
        assert_lines_clean(audit, "audit")
        week = cli("report", "week").stdout.splitlines()
        assert_lines_clean(week, "report week")
        assert any(line.startswith(f"  {AWAY:<8}{shown(text)}") for line in week)
        paper = cli("print", "handover", "--text").stdout
        assert_lines_clean(paper.splitlines(), "text summary")
        assert squeezed(shown(text)) in squeezed(paper)
    finally:
        ctx.engine.dispose()


def test_people_text_on_the_pdf_summary(cli: Callable[..., Result], env: dict[str, str],
                                        tmp_path: Path):  # fmt: skip
    """The PDF is built with the text in notes, names and summaries, and reads back as the
    text (what the print font can draw; a line break shows as ↵)."""
    path = fresh(tmp_path / "template.db", tmp_path)
    env["CS_CONSOLE_DB"] = str(path)
    ctx = open_context(str(path), Settings(timezone=ZONE), FixedClock(NOW))
    try:  # without the right-to-left mark, which pdftotext itself wraps in embeddings
        store_text(ctx, NASTY.replace("\u200f", ""))
    finally:
        ctx.engine.dispose()
    pdf = tmp_path / "summary.pdf"
    done = cli("print", "handover", "--pdf", str(pdf))
    assert done.exit_code == 0, done.output
    read = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    assert_lines_clean(read.replace("\f", "\n").splitlines(), "pdf")
    printable = "[/x][/][VIP][HO-06][link=https://example.com]click[/link][b]bold]0;pwned"
    assert squeezed(printable) in squeezed(read)
    assert squeezed("中文客服") in squeezed(read) and "line↵break" in squeezed(read)
