"""``cs-console import staff|seats|roster FILE.csv``."""

from __future__ import annotations

from pathlib import Path

import typer

from cs_console.cli.runtime import acting_console
from cs_console.i18n import _
from cs_console.services.imports import import_file

app = typer.Typer(
    help=_("Import CSV files (header row, UTF-8); a bad row rejects the whole file."),
    no_args_is_help=True,
)


def _run(ctx: typer.Context, kind: str, path: Path) -> None:
    result = import_file(acting_console(ctx, create=True), kind, path)
    counts = {"path": path, "added": result.inserted, "updated": result.updated, "kind": kind}
    if result.unchanged:
        line = _("{path}: {added} added, {updated} updated, {unchanged} unchanged ({kind}).")
        counts["unchanged"] = result.unchanged
    else:
        line = _("{path}: {added} added, {updated} updated ({kind}).")
    typer.echo(line.format(**counts))


@app.command("staff", help=_("Columns: staff_no,name,role,grade,team."))
def staff(ctx: typer.Context, file: Path) -> None:
    _run(ctx, "staff", file)


@app.command("seats", help=_("Columns: seat,row,col,zone,extension."))
def seats(ctx: typer.Context, file: Path) -> None:
    _run(ctx, "seats", file)


@app.command("roster", help=_("Columns: date,shift,staff_no,seat (seat may be empty)."))
def roster(ctx: typer.Context, file: Path) -> None:
    _run(ctx, "roster", file)


@app.command(
    "tickets",
    help=_(
        "Columns: accepted_at,category,summary,phone,name,agent,state,target[,external_id]; a "
        "ticket already imported (same external_id, else same time, phone and summary) is "
        "updated."
    ),
)
def tickets(ctx: typer.Context, file: Path) -> None:
    _run(ctx, "tickets", file)
