"""Printing the handover summary: text, a PDF file, or a CUPS queue (``printing`` lays it out).
Every print is recorded in the audit log: who, when, which log, which output."""

from __future__ import annotations

from pathlib import Path

from cs_console.domain.shifts import ShiftInstance
from cs_console.domain.summary import render_text
from cs_console.gc_pause import collector_paused
from cs_console.i18n import _
from cs_console.printing.cups import print_pdf
from cs_console.services import audit, files
from cs_console.services.context import Context
from cs_console.services.handover_summary import summary


def summary_text(ctx: Context, inst: ShiftInstance) -> str:
    text = _text(ctx, inst)
    _record(ctx, inst, "text")
    return text


def write_text(ctx: Context, inst: ShiftInstance, path: Path) -> str:
    files.write_text(path, _text(ctx, inst), private=False)  # masked (D-12)
    _record(ctx, inst, f"text file {path}")
    return _("Handover summary of {key} written to {path}.").format(key=inst.key, path=path)


def write_pdf(ctx: Context, inst: ShiftInstance, path: Path) -> str:
    files.write_bytes(path, _pdf(ctx, inst), private=True)
    _record(ctx, inst, f"pdf file {path}")
    return _("Handover summary of {key} written to {path}.").format(key=inst.key, path=path)


def send_to_printer(ctx: Context, inst: ShiftInstance, queue: str | None = None) -> str:
    """``lp`` the PDF to ``queue``, the configured default_printer, or CUPS's default."""
    queue = queue or ctx.settings.default_printer
    name = f"handover-{inst.key.replace('/', '-')}.pdf"
    job = print_pdf(_pdf(ctx, inst), name, f"handover {inst.key}", queue)
    _record(ctx, inst, f"printer {queue or 'default'} job {job}")
    return _("Handover summary of {key} sent to {queue} as {job}.").format(
        key=inst.key, queue=queue or _("the default printer"), job=job
    )


def _text(ctx: Context, inst: ShiftInstance) -> str:
    with collector_paused():  # a burst of rows and lines
        return render_text(summary(ctx, inst))


def _pdf(ctx: Context, inst: ShiftInstance) -> bytes:
    from cs_console.printing.summary_pdf import paper_pdf  # fpdf costs 0.3 s: only to print

    with collector_paused():  # the font parse alone makes some 100,000 objects
        return paper_pdf(summary(ctx, inst), ctx.settings.print_font, ctx.now())


def _record(ctx: Context, inst: ShiftInstance, output: str) -> None:
    with ctx.transaction() as session:
        audit.record(session, ctx, "handover.print", inst.key, after={"output": output})
