"""``cs-console print handover``: the handover summary as text, a PDF file or a print job."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cs_console.cli.runtime import acting_console
from cs_console.domain.errors import UserError
from cs_console.i18n import _
from cs_console.services.handover_print import send_to_printer, summary_text, write_pdf, write_text
from cs_console.services.handover_summary import shift_of

app = typer.Typer(help=_("Print the handover summary (HO-06, RP-02)."), no_args_is_help=True)


@app.command(
    "handover",
    help=_("The handover summary of one shift: text on stdout or in a file, a PDF, or a printer."),
)
def handover(
    ctx: typer.Context,
    shift: Annotated[
        str | None,
        typer.Option(
            "--shift",
            help=_(
                "DATE/CODE, e.g. 2026-11-23/D. Default: the log being handed over "
                "(the previous shift's once signed by the outgoing leader, else the current one)."
            ),
        ),
    ] = None,
    text: Annotated[
        bool, typer.Option("--text", help=_("Text, 80 columns (the default)."))
    ] = False,
    out: Annotated[Path | None, typer.Option("--out", help=_("Write the text to FILE."))] = None,
    pdf: Annotated[Path | None, typer.Option("--pdf", help=_("Write an A4 PDF to FILE."))] = None,
    printer: Annotated[
        str | None,
        typer.Option("--printer", help=_("Print on this CUPS queue ('default': default_printer).")),
    ] = None,
) -> None:
    chosen = [name for name, on in (("--text", text or out), ("--pdf", pdf),
                                    ("--printer", printer)) if on]  # fmt: skip
    if len(chosen) > 1:
        raise UserError(_("Choose one output, not {both}.").format(both=" and ".join(chosen)))
    console = acting_console(ctx)
    inst = shift_of(console, shift)
    if pdf is not None:
        typer.echo(write_pdf(console, inst, pdf))
    elif printer is not None:
        typer.echo(send_to_printer(console, inst, None if printer == "default" else printer))
    elif out is not None:
        typer.echo(write_text(console, inst, out))
    else:
        typer.echo(summary_text(console, inst), nl=False)
