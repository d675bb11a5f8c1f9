"""Opening the console from the command line."""

from __future__ import annotations

import os
import sys
from functools import partial
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cs_console.options import Globals
    from cs_console.services.context import Context


# How long the rest of a key's sequence is waited for once it has begun (Textual's default is
# 100 ms). A lone ESC at the end of what was read is esc at once (ui/driver.py) unless the
# ESCDELAY environment variable (milliseconds) is set: then esc waits that long.
ESCAPE_DELAY_MS = "25"
ESC_WAITS = "ESCDELAY" in os.environ  # the user set it (read before this module sets it)


def _escape_delay() -> None:
    os.environ.setdefault("ESCDELAY", ESCAPE_DELAY_MS)


def open_console(options: Globals) -> int:
    """The console on the options' database. Its first frame is on screen while the database
    layer is imported and the database opened; returns the exit status (2, with one sentence
    on stderr, when the database cannot be opened)."""
    _escape_delay()
    from cs_console.ui.app import ConsoleApp
    from cs_console.ui.opening import glance

    app = ConsoleApp(
        opener=options.context,
        glance=partial(glance, options),
        read_only=options.read_only,
        plain=options.plain,
    )
    try:
        app.run()
    finally:
        options.close()
    if app.boot_failure is not None:
        from cs_console.domain.text import one_line

        print(one_line(app.boot_failure), file=sys.stderr)
    return app.return_code or 0


def run_console(ctx: Context, read_only: bool = False, plain: bool = False) -> None:
    """The console on a context already open (``demo``)."""
    _escape_delay()
    from cs_console.ui.app import ConsoleApp

    ConsoleApp(ctx, read_only=read_only, plain=plain).run()
