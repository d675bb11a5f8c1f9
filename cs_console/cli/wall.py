"""``cs-console wall``: the wallboard for a TV — big numbers, read-only, no sign-in."""

from __future__ import annotations

import typer

from cs_console.cli.runtime import globals_of
from cs_console.i18n import _


def register(app: typer.Typer) -> None:
    @app.command("wall", help=_("Big numbers for a TV: read-only, no sign-in."))
    def wall(ctx: typer.Context) -> None:
        """Service level now and for the shift, calls waiting, the longest wait, clocks in
        warning or overrun and the penalty forecast; q quits."""
        from cs_console.ui.wall import WallApp

        WallApp(globals_of(ctx).context()).run()
