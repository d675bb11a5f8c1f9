"""``cs-console db upgrade | where | backup FILE | copy --to URL | check``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cs_console.cli.runtime import acting_console, globals_of
from cs_console.i18n import _
from cs_console.services import integrity
from cs_console.services.database import backup as backup_database
from cs_console.services.database import copy_to, describe, schema_state

app = typer.Typer(help=_("The database."), no_args_is_help=True)


@app.command(
    "upgrade", help=_("Bring the schema to the newest version (a SQLite file is backed up first).")
)
def upgrade(ctx: typer.Context) -> None:
    console = acting_console(ctx, create=True)
    current, head = schema_state(console)
    typer.echo(
        _("{where}: schema at {current} (newest {head}).").format(
            where=describe(globals_of(ctx).target()), current=current, head=head
        )
    )


@app.command("where", help=_("Print where the database is (path or URL without password)."))
def where(ctx: typer.Context) -> None:
    typer.echo(describe(globals_of(ctx).target()))


@app.command(
    "backup",
    help=_(
        "Write a consistent copy to FILE (SQLite backup API; pg_dump -Fc for PostgreSQL), 0600; "
        "an existing FILE is replaced only with --force."
    ),
)
def backup(
    ctx: typer.Context,
    file: Path,
    force: Annotated[bool, typer.Option("--force", help=_("Replace an existing FILE."))] = False,
) -> None:
    backup_database(acting_console(ctx), file, force)
    typer.echo(_("Backup written to {file}.").format(file=file))


@app.command(
    "copy",
    help=_(
        "Copy every row into another, empty database (e.g. SQLite to PostgreSQL), counts verified."
    ),
)
def copy(
    ctx: typer.Context,
    to: Annotated[str, typer.Option("--to", help=_("The database URL (or file) to copy into."))],
) -> None:
    counts = copy_to(acting_console(ctx), to)
    typer.echo(
        _(
            "Copied {rows} rows in {tables} tables to {target}; every table's count verified."
        ).format(rows=sum(counts.values()), tables=len(counts), target=describe(to))
    )


@app.command(
    "check", help=_("Integrity check, the audit chain and the handover chain; exit 2 on a problem.")
)
def check(
    ctx: typer.Context,
    expect: Annotated[
        str | None,
        typer.Option(
            "--expect",
            metavar="SEQ:FINGERPRINT",
            help=_(
                "A chain head as a printed summary shows it; fails when the chain does not "
                "reach it."
            ),
        ),
    ] = None,
    rebuild_search: Annotated[
        bool,
        typer.Option("--rebuild-search", help="Make the search index again from its sources."),
    ] = False,
) -> None:
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

        typer.echo(_("search index rebuilt: {count} rows").format(count=rebuild(console)))
    head = integrity.chain_head(console).text()
    typer.echo(
        _("ok: integrity, audit chain and handover chain (chain head {head})").format(head=head)
    )
