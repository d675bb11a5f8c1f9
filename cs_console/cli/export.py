"""``cs-console export json``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from cs_console.cli.runtime import acting_console
from cs_console.i18n import _
from cs_console.services import files
from cs_console.services.export import export_all


def register(app: typer.Typer) -> None:
    export_app = typer.Typer(help=_("Export the database."), no_args_is_help=True)
    app.add_typer(export_app, name="export")

    @export_app.command(
        "json",
        help=_(
            "Every table as lists of records under one object with schema_version (a file is "
            "written whole or not at all, readable by its owner only)."
        ),
    )
    def export_json(
        ctx: typer.Context,
        out: Annotated[Path | None, typer.Option("--out", help=_("Write to this file."))] = None,
        unmasked: Annotated[
            bool, typer.Option("--unmasked", help=_("Include full customer data (audited)."))
        ] = False,
    ) -> None:
        console = acting_console(ctx)
        if out is None:
            export_all(console, sys.stdout, unmasked=unmasked)
            return
        with files.writing(out, private=True) as target:
            records = export_all(console, target, unmasked=unmasked, destination=str(out))
        typer.echo(_("Exported {records} records to {out}.").format(records=records, out=out))
