"""``cs-console do "COMMAND"``: one command of the console's language, headless (with
``--as``, after the acting person's PIN; without it ``start`` runs it without Typer)."""

from __future__ import annotations

from typing import Annotated

import typer

from cs_console.cli.headless import execute_lines
from cs_console.cli.runtime import globals_of, read_pin
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
        status = execute_lines(console, command)
        if status:
            raise typer.Exit(status)
