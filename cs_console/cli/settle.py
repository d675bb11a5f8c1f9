"""``cs-console settle``: what fell due with time, proposed by the system (for cron)."""

from __future__ import annotations

import typer

from cs_console.cli.runtime import globals_of
from cs_console.domain.errors import UserError
from cs_console.i18n import _
from cs_console.services.settlement import settle


def register(app: typer.Typer) -> None:
    @app.command(
        "settle",
        help=_(
            "Propose, as the system, what fell due with time: absenteeism at shift end (D-03, "
            "RC-11, SW-06), away clocks (RC-08, RC-07), overdue clocks (CP-01, CP-02). Safe to "
            "run at any time and from several places at once; needs no --as."
        ),
    )
    def settle_due(ctx: typer.Context) -> None:
        console = globals_of(ctx).context()
        if console.read_only:
            raise UserError(_("Settling writes proposals; it cannot run read-only."))
        lines = settle(console)
        for line in lines:
            typer.echo(line)
        if not lines:
            typer.echo(_("Nothing has fallen due."))
