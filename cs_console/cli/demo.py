"""``cs-console demo``: a realistic demo centre, then the console on it."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated

import typer

from cs_console.cli.runtime import globals_of
from cs_console.i18n import _
from cs_console.services.database import describe
from cs_console.services.demo import DEMO_PIN, create_demo, has_data
from cs_console.services.places import demo_target


def register(app: typer.Typer) -> None:
    @app.command(
        "demo",
        help=_(
            "Create a demo database (unless one exists at the path) and open the console on it."
        ),
    )
    def demo(
        ctx: typer.Context,
        no_tui: Annotated[
            bool, typer.Option("--no-tui", help=_("Only create the demo database."))
        ] = False,
    ) -> None:
        g = globals_of(ctx)
        console = g.context(demo_target(), create=True).acting_as(
            None
        )  # the console asks who signs in
        where = describe(g.target(demo_target()))
        if has_data(console):
            typer.echo(_("Using the demo database at {where}.").format(where=where), err=True)
        else:
            counts = create_demo(replace(console, read_only=False))  # (made, then only looked at)
            typer.echo(
                _(
                    "Demo database created at {where}: {staff} staff, {roster} roster entries, "
                    "{tickets} tickets. Squad leaders sign in with PIN {pin}."
                ).format(where=where, pin=DEMO_PIN, **counts),
                err=True,
            )
        if not no_tui:
            from cs_console.ui.launch import run_console

            run_console(console, read_only=g.read_only, plain=g.plain)
