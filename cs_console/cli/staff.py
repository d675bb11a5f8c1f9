"""``cs-console staff set-pin``."""

from __future__ import annotations

import typer

from cs_console.cli.runtime import globals_of
from cs_console.services import staff as staff_service

app = typer.Typer(help="Staff.", no_args_is_help=True)


@app.command("set-pin")
def set_pin(ctx: typer.Context, staff_no: str) -> None:
    """Ask for a new PIN twice and store its salted scrypt hash."""
    console = globals_of(ctx).context()
    person = staff_service.find(console, staff_no)
    pin = typer.prompt(
        f"New PIN for {person.staff_no} {person.name}", hide_input=True, confirmation_prompt=True
    )
    staff_service.set_pin(console, staff_no, pin)
    typer.echo(f"PIN set for {person.staff_no}.")
