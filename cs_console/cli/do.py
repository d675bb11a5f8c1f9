"""``cs-console do "COMMAND"``: one command of the console's language, headless."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from cs_console.cli.runtime import EXIT_REFUSED, globals_of, read_pin
from cs_console.domain.errors import UserError
from cs_console.services.commands import execute
from cs_console.services.staff import authenticate


def register(app: typer.Typer) -> None:
    @app.command("do")
    def do(
        ctx: typer.Context,
        command: Annotated[str, typer.Argument(help='A command such as "status", or - for stdin.')],
    ) -> None:
        """Run one command (or one per line from stdin with -) and exit: 0 done, 2 refused."""
        g = globals_of(ctx)
        console = g.context()
        if g.actor:
            pin = read_pin(f"PIN for {g.actor}")
            authenticate(console, g.actor, pin, record=False)
            console = console.acting_as(g.actor, pin)
        if command != "-":
            typer.echo(execute(console, command))
            return
        refused = 0
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            try:
                typer.echo(execute(console, line))
            except UserError as err:
                refused += 1
                typer.echo(f"line {number}: {err}", err=True)
        if refused:
            raise typer.Exit(EXIT_REFUSED)
