"""``cs-console config show``."""

from __future__ import annotations

import tomli_w
import typer

from cs_console.cli.runtime import globals_of
from cs_console.i18n import _

app = typer.Typer(help=_("Settings."), no_args_is_help=True)


@app.command("show", help=_("Print the effective settings (file over built-in defaults) as TOML."))
def show(ctx: typer.Context) -> None:
    settings = globals_of(ctx).settings
    data = settings.model_dump(mode="json", exclude_none=True)
    data["timezone_resolved"] = str(settings.tz)
    typer.echo(tomli_w.dumps(data).rstrip())
