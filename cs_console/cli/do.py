"""``cs-console do "COMMAND"``: one command of the console's language, headless (with
``--as``, after the acting person's PIN; without it ``start`` runs it without Typer)."""

from __future__ import annotations

from typing import Annotated

import typer

from cs_console.cli.headless import execute_lines
from cs_console.cli.runtime import acting_console
from cs_console.i18n import _


def register(app: typer.Typer) -> None:
    @app.command(
        "do",
        help=_("Run one command (or one per line from stdin with -) and exit: 0 done, 2 refused."),
    )
    def do(
        ctx: typer.Context,
        command: Annotated[str, typer.Argument(help='A command such as "status", or - for stdin.')],
    ) -> None:
        status = execute_lines(acting_console(ctx), command)
        if status:
            raise typer.Exit(status)
