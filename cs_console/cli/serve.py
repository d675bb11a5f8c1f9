"""``cs-console serve``: the console in a browser for the duty manager and the centre director."""

from __future__ import annotations

import os
import secrets
import shlex
import socket
import sys
from typing import Annotated

import typer

from cs_console import i18n
from cs_console.cli.runtime import globals_of
from cs_console.domain.errors import UserError
from cs_console.i18n import _
from cs_console.options import Globals


def register(app: typer.Typer) -> None:
    @app.command(
        "serve", help=_("Serve the console to a browser (read-only until a PIN signs in).")
    )
    def serve(
        ctx: typer.Context,
        host: Annotated[
            str,
            typer.Option("--host", help=_("Address to listen on (only this machine by default).")),
        ] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", help=_("Port (0: any free one)."))] = 8000,
    ) -> None:
        from cs_console.cli.web_server import ConsoleServer, bind

        g = globals_of(ctx)
        g.context().engine.dispose()  # a database that cannot be opened is refused here, once
        try:
            bound = bind(host, port)
        except OSError as err:
            raise UserError(
                _("Cannot listen on {host} port {port}: {reason}.").format(
                    host=host, port=port, reason=err.strerror or err
                )
            ) from None
        token = secrets.token_urlsafe(24)
        os.environ.pop("CS_CONSOLE_PIN", None)  # every browser signs in with its own PIN
        server = ConsoleServer(console_command(g), host, port, token)
        typer.echo(f"http://{_url_host(host)}:{bound.getsockname()[1]}/{token}/")
        typer.echo(_("Serving the console; ctrl+c stops."), err=True)
        sys.stdout.flush()
        server.run(bound)


def console_command(g: Globals) -> str:
    """The command each browser's console runs: the same database, config, clock and
    language, never an ``--as``."""
    words = [sys.executable, "-m", "cs_console", "--db", g.target(), "--lang", i18n.language()]
    if g.config is not None:
        words += ["--config", str(g.config)]
    if g.now is not None:
        words += ["--now", g.now]
    if g.read_only:
        words.append("--read-only")
    if g.plain:
        words.append("--plain")
    return shlex.join(words)


def _url_host(host: str) -> str:
    if host in ("0.0.0.0", "::", ""):
        return socket.gethostname()
    return f"[{host}]" if ":" in host else host
