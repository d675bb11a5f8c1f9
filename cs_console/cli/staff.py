"""``cs-console staff set-pin``."""

from __future__ import annotations

import typer

from cs_console.cli.runtime import acting_console
from cs_console.i18n import _
from cs_console.services import staff as staff_service

app = typer.Typer(help=_("Staff."), no_args_is_help=True)


@app.command(
    "set-pin",
    help=_(
        "Set a PIN (asked twice; a salted scrypt hash is stored): your own after your current "
        "PIN, anyone's --as a squad leader (a reset); while no squad leader has a PIN, without "
        "either."
    ),
)
def set_pin(ctx: typer.Context, staff_no: str) -> None:
    console = acting_console(ctx)
    person = staff_service.find(console, staff_no)
    current = None
    if staff_service.needs_current_pin(console, staff_no):
        current = typer.prompt(
            _("Current PIN for {staff} {name}").format(staff=person.staff_no, name=person.name),
            hide_input=True,
        )
    pin = typer.prompt(
        _("New PIN for {staff} {name}").format(staff=person.staff_no, name=person.name),
        hide_input=True,
        confirmation_prompt=True,
    )
    staff_service.set_pin(console, staff_no, pin, current)
    typer.echo(_("PIN set for {staff}.").format(staff=person.staff_no))
