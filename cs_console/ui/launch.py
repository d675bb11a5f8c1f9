"""Opening the console from the command line."""

from __future__ import annotations

from cs_console.services.context import Context


def run_console(ctx: Context, read_only: bool = False) -> None:
    from cs_console.ui.app import ConsoleApp

    ConsoleApp(ctx, read_only=read_only).run()
