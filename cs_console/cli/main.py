"""The ``cs-console`` command line. Textual is imported only by the commands that open the TUI."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cs_console import __version__
from cs_console.cli import (
    audit_,
    config_,
    db,
    demo,
    do,
    export,
    feed,
    import_,
    print_,
    report,
    serve,
    settle,
    staff,
    wall,
)
from cs_console.cli.runtime import ConsoleGroup
from cs_console.i18n import _
from cs_console.options import Globals

app = typer.Typer(
    cls=ConsoleGroup,
    help=_("The on-duty squad leader's console. Without a command it opens the console."),
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=False,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"cs-console {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def root(
    ctx: typer.Context,
    db_: Annotated[
        str | None,
        typer.Option("--db", envvar="CS_CONSOLE_DB", help=_("SQLite file path or postgresql URL.")),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option("--config", envvar="CS_CONSOLE_CONFIG", help=_("TOML settings file.")),
    ] = None,
    now: Annotated[
        str | None,
        typer.Option("--now", help=_("Start the clock at this local instant (ISO 8601).")),
    ] = None,
    actor: Annotated[
        str | None, typer.Option("--as", help=_("Staff number of the person acting (for do)."))
    ] = None,
    read_only: Annotated[
        bool, typer.Option("--read-only", help=_("Open the console read-only."))
    ] = False,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            envvar="CS_CONSOLE_LANG",
            help=_("Language: en, zh_CN or es (else the locale)."),
        ),
    ] = None,
    plain: Annotated[
        bool,
        typer.Option(
            "--plain", help=_("Draw without box drawing, block bars or colour-only meaning.")
        ),
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help=_("Print the version.")),
    ] = False,
) -> None:
    g = Globals(db=db_, config=config, now=now, actor=actor, read_only=read_only, lang=lang,
                plain=plain)  # fmt: skip
    ctx.obj = g
    ctx.call_on_close(g.close)
    if ctx.invoked_subcommand is None:
        from cs_console.ui.launch import open_console

        raise typer.Exit(open_console(g))


demo.register(app)
do.register(app)
export.register(app)
audit_.register(app)
settle.register(app)
wall.register(app)
serve.register(app)
app.add_typer(db.app, name="db")
app.add_typer(import_.app, name="import")
app.add_typer(staff.app, name="staff")
app.add_typer(config_.app, name="config")
app.add_typer(report.app, name="report")
app.add_typer(print_.app, name="print")
app.add_typer(feed.app, name="feed")


def main() -> None:
    app()
