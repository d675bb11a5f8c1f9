"""``cs-console import staff|seats|roster FILE.csv``."""

from __future__ import annotations

from pathlib import Path

import typer

from cs_console.cli.runtime import acting_console
from cs_console.services.imports import import_file

app = typer.Typer(
    help="Import CSV files (header row, UTF-8); a bad row rejects the whole file.",
    no_args_is_help=True,
)


def _run(ctx: typer.Context, kind: str, path: Path) -> None:
    result = import_file(acting_console(ctx, create=True), kind, path)
    same = f", {result.unchanged} unchanged" if result.unchanged else ""
    typer.echo(f"{path}: {result.inserted} added, {result.updated} updated{same} ({kind}).")


@app.command("staff")
def staff(ctx: typer.Context, file: Path) -> None:
    """Columns: staff_no,name,role,grade,team."""
    _run(ctx, "staff", file)


@app.command("seats")
def seats(ctx: typer.Context, file: Path) -> None:
    """Columns: seat,row,col,zone,extension."""
    _run(ctx, "seats", file)


@app.command("roster")
def roster(ctx: typer.Context, file: Path) -> None:
    """Columns: date,shift,staff_no,seat (seat may be empty)."""
    _run(ctx, "roster", file)


@app.command("tickets")
def tickets(ctx: typer.Context, file: Path) -> None:
    """Columns: accepted_at,category,summary,phone,name,agent,state,target[,external_id]; a
    ticket already imported (same external_id, else same time, phone and summary) is updated."""
    _run(ctx, "tickets", file)
