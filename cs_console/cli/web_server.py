"""The console in a browser for the duty manager (``cs-console serve``), on ``textual-serve``.

Every page, static file and websocket lives under a random token made at start; a request
without it, or one whose ``Origin`` is another site, is refused. The page loads nothing from
outside (its font and scripts are served here, and the content security policy forbids the
rest). Each browser gets its own console process, read-only until someone signs in with
their PIN inside the page. Errors go to the fault log, tracebacks without local variables."""

from __future__ import annotations

import hmac
import socket
from pathlib import Path
from typing import Any

import aiohttp_jinja2
import jinja2
import textual_serve
from aiohttp import web
from textual_serve.server import Server

from cs_console import i18n
from cs_console.fault_log import route_logger
from cs_console.i18n import _

PAGE = Path(__file__).parent / "web"
STATIC = Path(textual_serve.__file__).parent / "static"
LOGGERS = ("textual-serve", "aiohttp")


class ConsoleServer(Server):
    def __init__(self, command: str, host: str, port: int, token: str) -> None:
        super().__init__(command, host=host, port=port, title="cs-console",
                         statics_path=STATIC, templates_path=PAGE)  # fmt: skip
        self.token = token

    def initialize_logging(self) -> None:
        for name in LOGGERS:
            route_logger(name)

    async def on_startup(self, app: web.Application) -> None:
        """The URL is printed by ``serve`` once the socket is bound."""

    async def _make_app(self) -> web.Application:
        app = web.Application(middlewares=[self._guard])
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path))
        base = f"/{self.token}"
        app.add_routes(
            [
                web.get(f"{base}/", self.handle_index, name="index"),
                web.get(f"{base}/ws", self.handle_websocket, name="websocket"),
                web.static(f"{base}/static", self.statics_path, name="static"),
            ]
        )
        return app

    @web.middleware
    async def _guard(self, request: web.Request, handler: Any) -> web.StreamResponse:
        """The token first, then the origin: a page of another site may neither open the
        websocket nor read the page; nothing is answered without the token."""
        first = request.path.split("/")[1] if request.path.count("/") > 1 else ""
        if not hmac.compare_digest(first.encode(), self.token.encode()):
            raise web.HTTPForbidden(
                text=_("This address needs the token cs-console serve printed.")
            )
        origin = request.headers.get("Origin")
        websocket = request.headers.get("Upgrade", "").lower() == "websocket"
        if (origin or websocket) and origin != f"http://{request.host}":
            raise web.HTTPForbidden(text=_("Requests from another site are refused."))
        response = await handler(request)
        response.headers.update(_HEADERS)
        return response

    async def handle_index(self, request: web.Request) -> web.Response:
        context = {
            "lang": i18n.language().replace("_", "-"),
            "title": _("cs-console: the floor"),
            "ended": _("The console has ended. Reload the page to open it again."),
            "static_url": f"/{self.token}/static/",
            "websocket_url": f"ws://{request.host}/{self.token}/ws",
            "font_size": _font_size(request.query.get("fontsize", "16")),
        }
        return aiohttp_jinja2.render_template("page.html", request, context)

    def run(self, bound: socket.socket) -> None:
        """Serve on the bound socket until ctrl+c or SIGTERM."""
        self.initialize_logging()
        web.run_app(self._make_app(), sock=bound, print=lambda *args: None,
                    access_log=None)  # fmt: skip


def bind(host: str, port: int) -> socket.socket:
    """The listening socket (port 0: any free one)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    bound = socket.socket(family, socket.SOCK_STREAM)
    bound.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    bound.bind((host, port))
    bound.listen(128)
    return bound


def _font_size(value: str) -> int:
    return int(value) if value.isdigit() and 6 <= int(value) <= 48 else 16


_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
        "connect-src 'self'; img-src 'self' data:; font-src 'self'; frame-ancestors 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
}
