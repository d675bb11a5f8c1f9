"""``cs-console staff set-pin``."""

from __future__ import annotations

import typer

from cs_console.cli.runtime import acting_console
from cs_console.services import staff as staff_service

app = typer.Typer(help="Staff.", no_args_is_help=True)


@app.command("set-pin")
def set_pin(ctx: typer.Context, staff_no: str) -> None:
    """Set a PIN (asked twice; a salted scrypt hash is stored): your own after your current PIN,
    anyone's --as a squad leader (a reset); while no squad leader has a PIN, without either."""
    console = acting_console(ctx)
    person = staff_service.find(console, staff_no)
    current = None
    if staff_service.needs_current_pin(console, staff_no):
        current = typer.prompt(f"Current PIN for {person.staff_no} {person.name}", hide_input=True)
    pin = typer.prompt(
        f"New PIN for {person.staff_no} {person.name}", hide_input=True, confirmation_prompt=True
    )
    staff_service.set_pin(console, staff_no, pin, current)
    typer.echo(f"PIN set for {person.staff_no}.")
