"""``cs-console audit``: the audit log."""

from __future__ import annotations

from typing import Annotated

import typer

from cs_console.cli.runtime import acting_console
from cs_console.domain.text import one_line
from cs_console.domain.timeparse import parse_instant
from cs_console.i18n import _
from cs_console.services.audit import list_entries


def register(app: typer.Typer) -> None:
    @app.command(
        "audit",
        help=_(
            "List the audit log: when (real time, and the training time of --now), who, action, "
            "target, before → after."
        ),
    )
    def audit(
        ctx: typer.Context,
        since: Annotated[
            str | None, typer.Option("--since", help=_("HH:MM, HH:MM:SS or YYYY-MM-DDTHH:MM."))
        ] = None,
    ) -> None:
        console = acting_console(ctx)
        tz = console.settings.tz
        start = parse_instant(since, console.today(), tz) if since else None
        for line in list_entries(console, start):
            at = line.at.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S")
            if line.training_at is not None:
                at += line.training_at.astimezone(tz).strftime(" (training %Y-%m-%d %H:%M:%S)")
            change = " → ".join(p for p in (line.before, line.after) if p)
            text = f"{at}  {line.actor:<8} {line.action:<22} {line.target}  {change}".rstrip()
            typer.echo(one_line(text))
