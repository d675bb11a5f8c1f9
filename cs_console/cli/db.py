"""``cs-console db upgrade | where | backup FILE | copy --to URL | check``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cs_console.cli.runtime import acting_console, globals_of
from cs_console.services import integrity
from cs_console.services.database import backup as backup_database
from cs_console.services.database import copy_to, describe, schema_state

app = typer.Typer(help="The database.", no_args_is_help=True)


@app.command("upgrade")
def upgrade(ctx: typer.Context) -> None:
    """Bring the schema to the newest version (a SQLite file is backed up first)."""
    console = acting_console(ctx, create=True)
    current, head = schema_state(console)
    typer.echo(f"{describe(globals_of(ctx).target())}: schema at {current} (newest {head}).")


@app.command("where")
def where(ctx: typer.Context) -> None:
    """Print where the database is (path or URL without password)."""
    typer.echo(describe(globals_of(ctx).target()))


@app.command("backup")
def backup(
    ctx: typer.Context,
    file: Path,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing FILE.")] = False,
) -> None:
    """Write a consistent copy to FILE (SQLite backup API; pg_dump -Fc for PostgreSQL), 0600;
    an existing FILE is replaced only with --force."""
    backup_database(acting_console(ctx), file, force)
    typer.echo(f"Backup written to {file}.")


@app.command("copy")
def copy(
    ctx: typer.Context,
    to: Annotated[str, typer.Option("--to", help="The database URL (or file) to copy into.")],
) -> None:
    """Copy every row into another, empty database (e.g. SQLite to PostgreSQL), counts verified."""
    counts = copy_to(acting_console(ctx), to)
    typer.echo(
        f"Copied {sum(counts.values())} rows in {len(counts)} tables to {describe(to)}; "
        "every table's count verified."
    )


@app.command("check")
def check(
    ctx: typer.Context,
    expect: Annotated[
        str | None,
        typer.Option(
            "--expect",
            metavar="SEQ:FINGERPRINT",
            help="A chain head as a printed summary shows it; fails when the chain does not "
            "reach it.",
        ),
    ] = None,
    rebuild_search: Annotated[
        bool,
        typer.Option("--rebuild-search", help="Make the search index again from its sources."),
    ] = False,
) -> None:
    """Integrity check, the audit chain and the handover chain; exit 2 on a problem."""
    damage = integrity.file_damage(globals_of(ctx).target())
    if damage is not None:
        typer.echo(damage, err=True)
        raise typer.Exit(2)
    console = acting_console(ctx)
    problems = integrity.check(console, expect)
    for problem in problems:
        typer.echo(problem, err=True)
    if problems:
        raise typer.Exit(2)
    if rebuild_search:
        from cs_console.services.search import rebuild

        typer.echo(f"search index rebuilt: {rebuild(console)} rows")
    head = integrity.chain_head(console).text()
    typer.echo(f"ok: integrity, audit chain and handover chain (chain head {head})")
