"""``cs-console export json``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from cs_console.cli.runtime import acting_console
from cs_console.domain.errors import UserError
from cs_console.services.export import export_all


def register(app: typer.Typer) -> None:
    export_app = typer.Typer(help="Export the database.", no_args_is_help=True)
    app.add_typer(export_app, name="export")

    @export_app.command("json")
    def export_json(
        ctx: typer.Context,
        out: Annotated[Path | None, typer.Option("--out", help="Write to this file.")] = None,
        unmasked: Annotated[
            bool, typer.Option("--unmasked", help="Include full customer data (audited).")
        ] = False,
    ) -> None:
        """Every table as lists of records under one object with schema_version."""
        console = acting_console(ctx)
        data = export_all(console, unmasked=unmasked, destination=str(out) if out else "stdout")
        text = json.dumps(data, ensure_ascii=False, indent=1)
        if out is None:
            typer.echo(text)
            return
        try:
            out.write_text(text + "\n", encoding="utf-8")
        except OSError as err:
            raise UserError(f"Cannot write {out}: {err.strerror}.") from None
        typer.echo(f"Exported {sum(len(v) for v in data['tables'].values())} records to {out}.")
