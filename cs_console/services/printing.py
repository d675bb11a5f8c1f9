"""Printing the handover summary: text, a PDF file, or a CUPS queue through ``lp``.
Every print is recorded in the audit log: who, when, which log, which output."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from cs_console.domain.errors import UserError
from cs_console.domain.shifts import ShiftInstance
from cs_console.domain.summary import PAPER_NEWLINE, all_text, plain, render_text
from cs_console.gc_pause import collector_paused
from cs_console.services import audit, files
from cs_console.services.context import Context
from cs_console.services.fonts import cjk_font
from cs_console.services.handover_summary import summary
from cs_console.services.reduced_font import font_for


def summary_text(ctx: Context, inst: ShiftInstance) -> str:
    text = _text(ctx, inst)
    _record(ctx, inst, "text")
    return text


def write_text(ctx: Context, inst: ShiftInstance, path: Path) -> str:
    files.write_text(path, _text(ctx, inst), private=False)  # masked (D-12)
    _record(ctx, inst, f"text file {path}")
    return f"Handover summary of {inst.key} written to {path}."


def write_pdf(ctx: Context, inst: ShiftInstance, path: Path) -> str:
    files.write_bytes(path, _pdf(ctx, inst), private=True)
    _record(ctx, inst, f"pdf file {path}")
    return f"Handover summary of {inst.key} written to {path}."


def send_to_printer(ctx: Context, inst: ShiftInstance, queue: str | None = None) -> str:
    """``lp`` the PDF to ``queue``, the configured default_printer, or CUPS's default."""
    queue = queue or ctx.settings.default_printer
    lp = shutil.which("lp")
    if lp is None:
        raise UserError("Printing needs the CUPS client command lp (package cups-bsd).")
    data = _pdf(ctx, inst)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"handover-{inst.key.replace('/', '-')}.pdf"
        path.write_bytes(data)
        command = [lp, "-t", f"handover {inst.key}", "-o", "media=A4"]
        command += ["-d", queue] if queue else []
        done = subprocess.run([*command, str(path)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        reason = (done.stderr or done.stdout).strip().splitlines()
        raise UserError(f"The printer refused the job: {reason[-1] if reason else 'lp failed'}.")
    found = re.search(r"request id is (\S+)", done.stdout)
    job = found.group(1) if found else "?"
    _record(ctx, inst, f"printer {queue or 'default'} job {job}")
    return f"Handover summary of {inst.key} sent to {queue or 'the default printer'} as {job}."


def _text(ctx: Context, inst: ShiftInstance) -> str:
    with collector_paused():  # a burst of rows and lines
        return render_text(summary(ctx, inst))


def _pdf(ctx: Context, inst: ShiftInstance) -> bytes:
    from cs_console.services.summary_pdf import render_pdf  # fpdf costs 0.3 s: only to print

    with collector_paused():  # the font parse alone makes some 100,000 objects
        paper = plain(summary(ctx, inst), PAPER_NEWLINE)
        font = font_for(cjk_font(ctx.settings.print_font), all_text(paper))
        return render_pdf(paper, font, ctx.now())


def _record(ctx: Context, inst: ShiftInstance, output: str) -> None:
    with ctx.transaction() as session:
        audit.record(session, ctx, "handover.print", inst.key, after={"output": output})
